package org.bureaucrathackers.fellowship.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.FellowService;
import org.bureaucrathackers.fellowship.paging.PageRequest;
import org.bureaucrathackers.fellowship.testing.Browser;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Following across two real instances through the web pages only: alice on {@code a} types bob's handle on
 * {@code b} into /follow, confirms on /authorize_interaction, and {@code b} lists her among bob's followers. Her
 * instance then shows bob's profile at /@bob@domain with Unfollow, and bob's profile edit on /settings/profile
 * reaches it as an Update.
 */
class WebFollowFederationTest {

    private static final String PASSWORD = "correct horse battery";

    private final Network network = new Network();
    private final TestInstance a = network.start();
    private final TestInstance b = network.start();
    private final Account alice = a.fellows().create(new FellowService.NewFellow("alice", "Alice", PASSWORD, null,
            false));
    private final Account bob = b.fellows().create(new FellowService.NewFellow("bob", "Bob", PASSWORD, null,
            false));

    @AfterEach
    void close() {
        network.close();
    }

    @Test
    void a_fellow_follows_a_fellow_of_another_instance_by_handle_through_the_pages() {
        Browser onA = signedIn(a, alice);
        String handle = "bob@" + b.domain();

        HttpResponse<String> handed = onA.get("/follow?acct=" + URLEncoder.encode(handle, StandardCharsets.UTF_8));
        assertEquals(303, handed.statusCode(), handed.body());
        HttpResponse<String> confirm = onA.follow(handed);
        assertEquals(200, confirm.statusCode(), confirm.body());
        assertTrue(confirm.body().contains("@" + handle), confirm.body());
        HttpResponse<String> done = onA.submit(confirm);
        assertEquals(200, done.statusCode(), done.body());

        network.until("b lists alice among bob's followers", () -> b.follows()
                .followers(bob, PageRequest.newest(10)).items().stream()
                .anyMatch(f -> f.actorUri().equals(alice.uri())));
        Account bobOnA = Network.remote(a, b, "bob");
        network.until("a hears that b accepted", () -> a.follows().isFollowing(alice, bobOnA));

        HttpResponse<String> remote = onA.get("/@" + handle);
        assertEquals(200, remote.statusCode(), remote.body());
        Document page = Jsoup.parse(remote.body());
        assertEquals("Bob", page.selectFirst("h1").text());
        assertTrue(page.select("[role=status]").text().contains("You follow @" + handle), remote.body());
        assertNotNull(page.selectFirst("form[action='/@" + handle + "/unfollow']"), remote.body());

        Browser onB = signedIn(b, bob);
        HttpResponse<String> form = onB.get("/settings/profile");
        String token = Jsoup.parse(form.body()).selectFirst("form[action=/settings/profile] input[name=csrf_token]")
                .attr("value");
        HttpResponse<String> saved = onB.post("/settings/profile", List.of("csrf_token", token,
                "display_name", "Bob <Renamed>", "fields_attributes[0][name]", "Desk <b>1</b>",
                "fields_attributes[0][value]", "Room 101", "country", "PL"));
        assertEquals(303, saved.statusCode(), saved.body());
        network.until("the Update reaches a", () -> "Bob <Renamed>".equals(
                Network.remote(a, b, "bob").displayName()));

        Document renamed = Jsoup.parse(onA.get("/@" + handle).body());
        assertEquals("Bob <Renamed>", renamed.selectFirst("h1").text());
        assertEquals("Desk <b>1</b>", renamed.selectFirst("section[aria-labelledby=fields-heading] dt").text(), "field names are text");
        assertTrue(renamed.select("section[aria-labelledby=work-heading]").text().contains("Poland"),
                renamed.body().html());

        HttpResponse<String> unfollowed = onA.submit(onA.get("/@" + handle));
        assertEquals(303, unfollowed.statusCode(), unfollowed.body());
        network.until("b no longer lists alice", () -> b.follows().followers(bob, PageRequest.newest(10)).items()
                .isEmpty());
    }

    private static Browser signedIn(TestInstance instance, Account fellow) {
        Browser browser = new Browser(instance);
        HttpResponse<String> signedIn = browser.submit(browser.get("/auth/sign_in"), "username", fellow.username(),
                "password", PASSWORD);
        assertEquals(303, signedIn.statusCode(), signedIn.body());
        return browser;
    }
}
