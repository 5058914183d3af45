package org.bureaucrathackers.fellowship.mastodon.api.accounts;

import static org.bureaucrathackers.fellowship.mastodon.api.EntityIds.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.mastodon.api.RemoteStatuses;
import org.bureaucrathackers.fellowship.mastodon.api.TestFellow;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.testing.ApiClient;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One account's statuses over real HTTP: visibility for each viewer, the filters, pins and paging. */
class AccountStatusesApiTest {

    private static TestInstance instance;
    private static RemoteStatuses remote;

    @BeforeAll
    static void start() {
        instance = TestInstance.start();
        remote = new RemoteStatuses(instance);
    }

    @AfterAll
    static void stop() {
        instance.close();
    }

    private static TestFellow fellow(String name) {
        return TestFellow.create(instance, name);
    }

    private static JsonNode ok(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return ApiClient.json(response);
    }

    private static String path(TestFellow fellow) {
        return "/api/v1/accounts/" + fellow.id() + "/statuses";
    }

    @Test
    void each_viewer_sees_what_they_may() {
        TestFellow alice = fellow("alice");
        TestFellow follower = fellow("follower");
        TestFellow mentioned = fellow("mentioned");
        TestFellow stranger = fellow("stranger");
        follower.follows(instance, alice);
        String open = alice.postId("Public");
        String unlisted = alice.postId(Map.of("status", "Unlisted", "visibility", "unlisted"));
        String followers = alice.postId(Map.of("status", "Followers", "visibility", "private"));
        String direct = alice.postId(Map.of("status", "@" + mentioned.username() + " hi", "visibility", "direct"));

        assertEquals(List.of(unlisted, open), ids(ok(ApiClient.anonymous(instance).get(path(alice)))));
        assertEquals(List.of(unlisted, open), ids(ok(stranger.api().get(path(alice)))));
        assertEquals(List.of(followers, unlisted, open), ids(ok(follower.api().get(path(alice)))));
        assertEquals(List.of(direct, unlisted, open), ids(ok(mentioned.api().get(path(alice)))));
        assertEquals(List.of(direct, followers, unlisted, open), ids(ok(alice.api().get(path(alice)))));
    }

    @Test
    void a_block_either_way_empties_the_list() {
        TestFellow alice = fellow("alice");
        TestFellow bob = fellow("bob");
        alice.postId("Visible until the block");

        instance.blocks().block(alice.account(), bob.account());

        assertEquals(0, ok(bob.api().get(path(alice))).size());
        assertEquals(1, ok(ApiClient.anonymous(instance).get(path(alice))).size());
    }

    @Test
    void replies_boosts_media_and_hashtags_can_be_filtered() {
        TestFellow alice = fellow("alice");
        TestFellow bob = fellow("bob");
        Account rita = remote.account("rita", "media.example");
        String pictureOfRita = remote.postId(rita, "Chart", Status.Visibility.PUBLIC, true, List.of());
        String bobs = bob.postId("Bob's");
        String own = alice.postId("Own #Permits");
        String selfReply = alice.postId(Map.of("status", "More", "in_reply_to_id", own));
        String reply = alice.postId(Map.of("status", "Answer", "in_reply_to_id", bobs));
        String boost = ok(alice.api().post("/api/v1/statuses/" + bobs + "/reblog")).get("id").asText();
        String mediaBoost = ok(alice.api().post("/api/v1/statuses/" + pictureOfRita + "/reblog")).get("id").asText();

        assertEquals(List.of(mediaBoost, boost, reply, selfReply, own), ids(ok(bob.api().get(path(alice)))));
        assertEquals(List.of(mediaBoost, boost, selfReply, own),
                ids(ok(bob.api().get(path(alice) + "?exclude_replies=true"))));
        assertEquals(List.of(reply, selfReply, own), ids(ok(bob.api().get(path(alice) + "?exclude_reblogs=1"))));
        assertEquals(List.of(mediaBoost), ids(ok(bob.api().get(path(alice) + "?only_media=true"))));
        assertEquals(List.of(own), ids(ok(bob.api().get(path(alice) + "?tagged=permits"))));
        assertEquals(List.of(), ids(ok(bob.api().get(path(alice) + "?tagged=%23%23"))));
        JsonNode wrapper = ok(bob.api().get(path(alice) + "?only_media=true")).get(0);
        assertEquals(pictureOfRita, wrapper.get("reblog").get("id").asText());
    }

    @Test
    void pinned_lists_the_pinned_statuses_most_recently_pinned_first() {
        TestFellow alice = fellow("alice");
        String first = alice.postId("First");
        String second = alice.postId("Second");
        alice.postId("Not pinned");
        ok(alice.api().post("/api/v1/statuses/" + second + "/pin"));
        ok(alice.api().post("/api/v1/statuses/" + first + "/pin"));

        HttpResponse<String> pinned = ApiClient.anonymous(instance).get(path(alice) + "?pinned=true");

        assertEquals(List.of(first, second), ids(ok(pinned)));
        assertTrue(pinned.headers().firstValue("Link").isEmpty());
        assertTrue(ok(alice.api().get(path(alice) + "?pinned=true")).get(0).get("pinned").asBoolean());
    }

    @Test
    void the_list_pages_with_link_headers() {
        TestFellow alice = fellow("alice");
        String oldest = alice.postId("1");
        String middle = alice.postId("2");
        String newest = alice.postId("3");

        HttpResponse<String> first = ApiClient.anonymous(instance).get(path(alice) + "?limit=2&exclude_replies=true");

        assertEquals(List.of(newest, middle), ids(ok(first)));
        String link = first.headers().firstValue("Link").orElseThrow();
        assertTrue(link.contains("exclude_replies=true"), link);
        assertEquals(List.of(oldest), ids(ok(ApiClient.anonymous(instance).get(link.substring(1, link.indexOf('>'))))));
    }

    @Test
    void unknown_and_malformed_accounts_are_404() {
        assertEquals(404, ApiClient.anonymous(instance).get("/api/v1/accounts/123456/statuses").statusCode());
        HttpResponse<String> malformed = ApiClient.anonymous(instance).get("/api/v1/accounts/alice/statuses");
        assertEquals(404, malformed.statusCode());
        assertTrue(ApiClient.json(malformed).get("error").isTextual());
        TestFellow alice = fellow("alice");
        assertEquals(422, alice.api().get(path(alice) + "?pinned=sometimes").statusCode());
    }
}
