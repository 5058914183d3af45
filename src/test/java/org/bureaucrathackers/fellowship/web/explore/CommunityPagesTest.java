package org.bureaucrathackers.fellowship.web.explore;

import static org.bureaucrathackers.fellowship.web.explore.ExploreFixtures.csrf;
import static org.bureaucrathackers.fellowship.web.explore.ExploreFixtures.fellow;
import static org.bureaucrathackers.fellowship.web.explore.ExploreFixtures.page;
import static org.bureaucrathackers.fellowship.web.explore.ExploreFixtures.signedIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.community.Community;
import org.bureaucrathackers.fellowship.community.NewCommunity;
import org.bureaucrathackers.fellowship.follow.Follow;
import org.bureaucrathackers.fellowship.store.JooqFollowStore;
import org.bureaucrathackers.fellowship.testing.ApiClient;
import org.bureaucrathackers.fellowship.testing.Await;
import org.bureaucrathackers.fellowship.testing.Browser;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.jooq.impl.DSL;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The community pages over HTTP: the list, a community's page for browsers and its actor for servers at the same
 * address, joining (a request where members are approved), leaving, posting to it (announced by the community),
 * and forms without their token or from strangers refused with nothing changed.
 */
class CommunityPagesTest {

    private static final AtomicInteger NEXT = new AtomicInteger();

    static TestInstance instance;
    static Community permits;
    static Community standards;

    @BeforeAll
    static void start() {
        instance = TestInstance.start();
        Account chief = fellow(instance, "cp_chief", "The Chief", true);
        permits = instance.communities().create(new NewCommunity("permits", "Permits & licences",
                "Faster permits.\n<script>alert(1)</script>", false), chief);
        standards = instance.communities().create(new NewCommunity("standards", "Standards", "Shared standards.",
                true), chief);
    }

    @AfterAll
    static void stop() {
        instance.close();
    }

    private static Account newFellow() {
        return fellow(instance, "cp_fellow" + NEXT.incrementAndGet(), null, false);
    }

    private static Follow.State membership(Account fellow, Community community) {
        return new JooqFollowStore(instance.database()).find(fellow.id(), community.account().id())
                .map(Follow::state).orElse(null);
    }

    private static int postsBy(Account fellow) {
        return instance.database().dsl().fetchCount(DSL.table("status"), DSL.field("account_id").eq(fellow.id()));
    }

    @Test
    void the_list_shows_every_community_with_its_members() {
        Document list = page(new Browser(instance).get("/communities"), 200);
        assertEquals("/communities/permits", list.selectFirst("ul.communities a:containsOwn(Permits & licences)")
                .attr("href"));
        assertNotNull(list.selectFirst("ul.communities a[href=/communities/standards]"));
        assertTrue(list.select("ul.communities li").last().text().contains("moderators approve new members"));
    }

    @Test
    void browsers_get_the_page_and_servers_the_group_at_the_same_address() {
        Document html = page(new Browser(instance).get("/communities/permits"), 200);
        assertEquals("Permits & licences", html.selectFirst("h1").text());
        assertTrue(html.select("script").isEmpty() && html.selectFirst(".description").text().contains("Faster permits."));
        assertEquals("The Chief", html.selectFirst("#moderators-heading ~ ul a").text());
        assertTrue(html.select("form[action$=/join]").isEmpty(), "no button for a visitor who is not signed in");
        assertNotNull(html.selectFirst("a[href=/auth/sign_in?return_to=/communities/permits]"));

        HttpResponse<String> actor = instance.get("/communities/permits", "Accept", "application/activity+json");
        assertEquals(200, actor.statusCode());
        assertEquals("Group", ApiClient.json(actor).get("type").asText());
        assertEquals(404, new Browser(instance).get("/communities/nobody").statusCode());
    }

    @Test
    void a_fellow_joins_posts_to_the_community_which_announces_it_and_leaves() {
        Account fellow = newFellow();
        Browser browser = signedIn(instance, fellow);
        Document page = page(browser.get("/communities/permits"), 200);
        HttpResponse<String> joined = browser.post(page.selectFirst("form[action$=/join]").attr("action"),
                List.of("csrf_token", csrf(page)));
        assertEquals(303, joined.statusCode());
        assertEquals("/communities/permits", joined.headers().firstValue("Location").orElseThrow());
        assertEquals(Follow.State.ACCEPTED, membership(fellow, permits));

        Document member = page(browser.follow(joined), 200);
        assertEquals("You are a member of this community.", member.selectFirst("[role=status]").text());
        long members = new JooqFollowStore(instance.database()).countFollowers(permits.account().id());
        assertEquals(members == 1 ? "1 member" : members + " members",
                member.selectFirst("h1 ~ p:containsOwn(member)").text());
        assertNotNull(member.selectFirst("form[action$=/posts] textarea#text"));

        String text = "Our permit desk now answers in a day " + NEXT.get();
        HttpResponse<String> posted = browser.post("/communities/permits/posts",
                List.of("csrf_token", csrf(member), "text", text));
        assertEquals(303, posted.statusCode(), posted.body());
        String location = posted.headers().firstValue("Location").orElseThrow();
        assertTrue(location.startsWith(instance.base() + "/@" + fellow.username() + "/"), location);
        Await.until("the community announces the post", () -> {
            JsonNode outbox = ApiClient.json(instance.get("/communities/permits/outbox?page=true", "Accept",
                    "application/activity+json"));
            return outbox.get("orderedItems").toString().contains(fellow.username());
        });
        assertTrue(page(browser.get("/communities/permits"), 200).select("#posts-heading ~ .post").text()
                .contains(text));

        Document again = page(browser.get("/communities/permits"), 200);
        HttpResponse<String> left = browser.post("/communities/permits/leave", List.of("csrf_token", csrf(again)));
        assertEquals(303, left.statusCode());
        assertEquals(null, membership(fellow, permits));
        assertNotNull(page(browser.follow(left), 200).selectFirst("form[action$=/join]"));
    }

    @Test
    void joining_a_community_that_approves_its_members_sends_a_request() {
        Account fellow = newFellow();
        Browser browser = signedIn(instance, fellow);
        Document page = page(browser.get("/communities/standards"), 200);
        Document requested = page(browser.follow(browser.post("/communities/standards/join",
                List.of("csrf_token", csrf(page)))), 200);
        assertEquals(Follow.State.PENDING, membership(fellow, standards));
        assertEquals("Request sent: a moderator will look at it.", requested.selectFirst("[role=status]").text());
        assertTrue(requested.select("form[action$=/posts]").isEmpty(), "no posting before being accepted");
        HttpResponse<String> early = browser.post("/communities/standards/posts",
                List.of("csrf_token", csrf(requested), "text", "Too early"));
        assertEquals(403, early.statusCode());
        assertEquals(0, postsBy(fellow));
    }

    @Test
    void forms_without_their_token_are_refused_and_change_nothing() {
        Account fellow = newFellow();
        Browser browser = signedIn(instance, fellow);
        assertEquals(403, browser.post("/communities/permits/join", List.of()).statusCode());
        assertEquals(403, browser.post("/communities/permits/join", List.of("csrf_token", "1999999999.forged"))
                .statusCode());
        assertEquals(null, membership(fellow, permits));

        instance.follows().follow(fellow, permits.account());
        assertEquals(403, browser.post("/communities/permits/posts", List.of("text", "No token")).statusCode());
        assertEquals(403, browser.post("/communities/permits/leave", List.of()).statusCode());
        assertEquals(Follow.State.ACCEPTED, membership(fellow, permits));
        assertEquals(0, postsBy(fellow));
    }

    @Test
    void an_empty_or_oversized_post_is_a_422_form_with_the_message_next_to_the_field_and_nothing_posted() {
        Account fellow = newFellow();
        instance.follows().follow(fellow, permits.account());
        Browser browser = signedIn(instance, fellow);
        String token = csrf(page(browser.get("/communities/permits"), 200));
        Document empty = page(browser.post("/communities/permits/posts", List.of("csrf_token", token, "text", "  ")),
                422);
        assertEquals("true", empty.getElementById("text").attr("aria-invalid"));
        assertTrue(empty.getElementById("text").attr("aria-describedby").startsWith("text-error"));
        assertEquals("Write something to post.", empty.getElementById("text-error").text());
        assertEquals("#text", empty.selectFirst("[role=alert] a").attr("href"));

        String oversized = "x".repeat(5_000);
        Document tooLong = page(browser.post("/communities/permits/posts",
                List.of("csrf_token", token, "text", oversized)), 422);
        assertEquals(oversized, tooLong.getElementById("text").text(), "the form keeps what was typed");
        assertEquals(0, postsBy(fellow));
        assertEquals(404, browser.post("/communities/nobody/join", List.of("csrf_token", token)).statusCode());
    }

    @Test
    void a_visitor_who_is_not_signed_in_is_sent_to_sign_in() {
        Browser browser = new Browser(instance);
        Document page = page(browser.get("/communities/permits"), 200);
        HttpResponse<String> join = browser.post("/communities/permits/join", List.of("csrf_token", csrf(page)));
        assertEquals(303, join.statusCode());
        assertTrue(join.headers().firstValue("Location").orElseThrow().startsWith("/auth/sign_in?return_to="));
    }
}
