package org.bureaucrathackers.fellowship.mastodon.api.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.mastodon.entities.AccountEntities;
import org.bureaucrathackers.fellowship.post.NewPost;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.testing.ApiClient;
import org.bureaucrathackers.fellowship.testing.PeerActor;
import org.bureaucrathackers.fellowship.testing.SignedInbox;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.bureaucrathackers.fellowship.testing.TestPeer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code /api/v1/notifications} over real HTTP: entities, filters, paging, dismissal, scopes, bad input. */
class NotificationsApiTest {

    private static final Pattern NEXT = Pattern.compile("^<([^>]+)>; rel=\"next\"");
    private static TestPeer peer;
    private static TestInstance instance;
    private static TestInstance app;

    @BeforeAll
    static void start() {
        peer = TestPeer.start();
        instance = TestInstance.start(peer.resolverOrSystem());
        app = instance;
    }

    @AfterAll
    static void stop() {
        instance.close();
        peer.close();
    }

    private record Fellow(Account account, ApiClient api) {
    }

    private static Fellow fellow(String username, String scopes) {
        Account account = instance.createFellow(username);
        return new Fellow(account, new ApiClient(instance, app.tokens().issue(account, scopes).secret()));
    }

    private static ApiClient token(Fellow fellow, String scopes) {
        return new ApiClient(instance, app.tokens().issue(fellow.account(), scopes).secret());
    }

    private static JsonNode ok(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        return ApiClient.json(response);
    }

    private static void error(int status, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(ApiClient.json(response).path("error").isTextual(), response.body());
    }

    private static List<String> types(JsonNode list) {
        List<String> result = new ArrayList<>();
        list.forEach(n -> result.add(n.get("type").asText() + " " + n.get("account").get("acct").asText()));
        return result;
    }

    @Test
    void a_favourite_is_a_notification_entity_with_every_key_and_the_status() {
        Fellow bob = fellow("bob1", "read write follow");
        Fellow alice = fellow("alice1", "read write");
        Status post = app.posts().post(bob.account(), NewPost.publicText("Minutes of the meeting"));
        app.interactions().like(alice.account(), post);

        JsonNode list = ok(bob.api().get("/api/v1/notifications"));
        assertEquals(1, list.size());
        JsonNode notification = list.get(0);
        assertTrue(notification.get("id").isTextual());
        assertEquals("favourite", notification.get("type").asText());
        assertTrue(notification.get("created_at").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"));
        assertEquals("ungrouped-" + notification.get("id").asText(), notification.get("group_key").asText());
        assertEquals("alice1", notification.get("account").get("acct").asText());
        assertEquals(Long.toString(post.id()), notification.get("status").get("id").asText());
        assertEquals(true, notification.get("status").get("favourited").isBoolean());

        JsonNode one = ok(bob.api().get("/api/v1/notifications/" + notification.get("id").asText()));
        assertEquals(notification, one);
        error(404, alice.api().get("/api/v1/notifications/" + notification.get("id").asText()));
    }

    @Test
    void a_follow_notification_has_a_null_status_and_trailing_slashes_work() {
        Fellow bob = fellow("bob2", "read");
        Fellow alice = fellow("alice2", "read");
        app.follows().follow(alice.account(), bob.account());

        JsonNode list = ok(bob.api().get("/api/v1/notifications/"));
        assertEquals(List.of("follow alice2"), types(list));
        assertTrue(list.get(0).has("status"));
        assertTrue(list.get(0).get("status").isNull());
    }

    @Test
    void a_signed_like_from_another_server_notifies_the_author_and_its_undo_takes_it_back() {
        Fellow bob = fellow("bob3", "read");
        Status post = app.posts().post(bob.account(), NewPost.publicText("Open data, open doors"));
        PeerActor zed = PeerActor.serve(peer, "social.example", "zed");
        ObjectNode like = zed.activity("Like", post.uri());

        assertEquals(202, SignedInbox.deliver(instance, zed, like).statusCode());
        String acct = app.remoteActors().cached(zed.uri()).map(AccountEntities::acct).orElseThrow();
        assertEquals(List.of("favourite " + acct), types(ok(bob.api().get("/api/v1/notifications"))));

        ObjectNode embedded = like.deepCopy();
        embedded.remove("@context");
        assertEquals(202, SignedInbox.deliver(instance, zed, zed.activity("Undo", embedded)).statusCode());
        assertEquals(List.of(), types(ok(bob.api().get("/api/v1/notifications"))));
    }

    @Test
    void types_exclude_types_and_account_id_filter_the_list_as_toot_and_mastodon_py_send_them() {
        Fellow bob = fellow("bob4", "read");
        Fellow alice = fellow("alice4", "read");
        Fellow carol = fellow("carol4", "read");
        Status post = app.posts().post(bob.account(), NewPost.publicText("Minutes"));
        app.follows().follow(alice.account(), bob.account());
        app.interactions().like(alice.account(), post);
        app.interactions().boost(carol.account(), post);
        app.posts().post(carol.account(), NewPost.publicText("@bob4 have a look"));

        assertEquals(List.of("mention carol4", "reblog carol4", "favourite alice4", "follow alice4"),
                types(ok(bob.api().get("/api/v1/notifications"))));
        assertEquals(List.of("mention carol4"), types(ok(bob.api().get("/api/v1/notifications?exclude_types[]=follow"
                + "&exclude_types[]=favourite&exclude_types[]=reblog&exclude_types[]=poll&limit=20"))));
        assertEquals(List.of("reblog carol4", "favourite alice4"),
                types(ok(bob.api().get("/api/v1/notifications?types[]=favourite&types[]=reblog"))));
        assertEquals(List.of(), types(ok(bob.api().get("/api/v1/notifications?types[]=admin.sign_up"))));
        assertEquals(List.of("favourite alice4", "follow alice4"),
                types(ok(bob.api().get("/api/v1/notifications?account_id=" + alice.account().id()))));
        assertEquals(List.of(), types(ok(bob.api().get("/api/v1/notifications?account_id=12345"))));
        error(422, bob.api().get("/api/v1/notifications?account_id=alice"));
        error(422, bob.api().get("/api/v1/notifications?limit=lots"));
        error(422, bob.api().get("/api/v1/notifications?max_id=-3"));
    }

    @Test
    void pages_follow_the_link_header_and_the_last_page_has_no_next() {
        Fellow bob = fellow("bob5", "read");
        for (int i = 0; i < 5; i++) {
            Fellow follower = fellow("follower5x" + i, "read");
            app.follows().follow(follower.account(), bob.account());
        }
        HttpResponse<String> first = bob.api().get("/api/v1/notifications?limit=2&types[]=follow");
        assertEquals(List.of("follow follower5x4", "follow follower5x3"), types(ok(first)));
        String link = first.headers().firstValue("Link").orElseThrow();
        Matcher next = NEXT.matcher(link);
        assertTrue(next.find(), link);
        assertTrue(next.group(1).contains("types%5B%5D=follow") || next.group(1).contains("types[]=follow"), link);
        assertTrue(link.contains("rel=\"prev\""), link);

        HttpResponse<String> second = bob.api().get(next.group(1));
        assertEquals(List.of("follow follower5x2", "follow follower5x1"), types(ok(second)));
        Matcher third = NEXT.matcher(second.headers().firstValue("Link").orElseThrow());
        assertTrue(third.find());
        HttpResponse<String> last = bob.api().get(third.group(1));
        assertEquals(List.of("follow follower5x0"), types(ok(last)));
        assertFalse(last.headers().firstValue("Link").orElse("").contains("rel=\"next\""));

        String newest = ok(first).get(0).get("id").asText();
        HttpResponse<String> empty = bob.api().get("/api/v1/notifications?min_id=" + newest);
        assertEquals(0, ok(empty).size());
        assertTrue(empty.headers().firstValue("Link").isEmpty(), "no Link header on an empty page");
        String oldest = ok(last).get(0).get("id").asText();
        assertEquals(List.of("follow follower5x2", "follow follower5x1"),
                types(ok(bob.api().get("/api/v1/notifications?min_id=" + oldest + "&limit=2"))));
        assertEquals(List.of("follow follower5x4", "follow follower5x3"),
                types(ok(bob.api().get("/api/v1/notifications?since_id=" + oldest + "&limit=2"))));
    }

    @Test
    void dismissing_and_clearing_answer_empty_objects_and_unknown_ids_are_404() {
        Fellow bob = fellow("bob6", "read write");
        app.follows().follow(fellow("alice6", "read").account(), bob.account());
        app.follows().follow(fellow("carol6", "read").account(), bob.account());
        app.follows().follow(fellow("dave6", "read").account(), bob.account());
        JsonNode list = ok(bob.api().get("/api/v1/notifications"));
        String first = list.get(0).get("id").asText();
        String second = list.get(1).get("id").asText();

        assertEquals("{}", bob.api().post("/api/v1/notifications/" + first + "/dismiss").body());
        error(404, bob.api().post("/api/v1/notifications/" + first + "/dismiss"));
        assertEquals("{}", bob.api().postForm("/api/v1/notifications/dismiss", "id", second).body());
        error(404, bob.api().get("/api/v1/notifications/" + first));
        error(404, bob.api().get("/api/v1/notifications/not-an-id"));
        error(404, bob.api().post("/api/v1/notifications/99999999999999999999/dismiss"));
        error(400, bob.api().post("/api/v1/notifications/dismiss"));
        assertEquals(1, ok(bob.api().get("/api/v1/notifications")).size());

        HttpResponse<String> cleared = bob.api().post("/api/v1/notifications/clear");
        assertEquals(200, cleared.statusCode());
        assertEquals("{}", cleared.body());
        assertEquals(0, ok(bob.api().get("/api/v1/notifications")).size());
    }

    @Test
    void muting_an_account_with_its_notifications_silences_it_and_a_plain_mute_does_not() {
        Fellow bob = fellow("bob8", "read write follow");
        Fellow alice = fellow("alice8", "read");
        Fellow carol = fellow("carol8", "read");
        Status post = app.posts().post(bob.account(), NewPost.publicText("Minutes"));
        assertEquals(200, bob.api().postForm("/api/v1/accounts/" + alice.account().id() + "/mute",
                "notifications", "true").statusCode());
        assertEquals(200, bob.api().postForm("/api/v1/accounts/" + carol.account().id() + "/mute",
                "notifications", "false").statusCode());

        app.interactions().like(alice.account(), post);
        app.interactions().like(carol.account(), post);
        assertEquals(List.of("favourite carol8"), types(ok(bob.api().get("/api/v1/notifications"))));
    }

    @Test
    void the_unread_count_is_what_came_after_the_notifications_marker() {
        Fellow bob = fellow("bob9", "read write");
        for (String name : List.of("alice9", "carol9", "dave9")) {
            app.follows().follow(fellow(name, "read").account(), bob.account());
        }
        assertEquals(3, ok(bob.api().get("/api/v1/notifications/unread_count")).get("count").asInt(),
                "with no marker everything is unread");
        JsonNode list = ok(bob.api().get("/api/v1/notifications"));
        String secondNewest = list.get(1).get("id").asText();
        assertEquals(200, bob.api().postForm("/api/v1/markers", "notifications[last_read_id]", secondNewest)
                .statusCode());

        assertEquals(1, ok(bob.api().get("/api/v1/notifications/unread_count")).get("count").asInt());
        assertEquals(0, ok(bob.api().get("/api/v1/notifications/unread_count?types[]=mention")).get("count").asInt());
        bob.api().postForm("/api/v1/markers", "notifications[last_read_id]", "0");
        assertEquals(2, ok(bob.api().get("/api/v1/notifications/unread_count?limit=2")).get("count").asInt());
        error(422, bob.api().get("/api/v1/notifications/unread_count?limit=5000"));
        error(403, new ApiClient(instance, app.tokens().issue(bob.account(), "read:statuses").secret())
                .get("/api/v1/notifications/unread_count"));
    }

    @Test
    void scopes_are_enforced_on_every_notification_endpoint() {
        Fellow bob = fellow("bob7", "read");
        app.follows().follow(fellow("alice7", "read").account(), bob.account());
        String id = ok(bob.api().get("/api/v1/notifications")).get(0).get("id").asText();
        ApiClient readOnly = token(bob, "read:notifications");
        ApiClient writeOnly = token(bob, "write:notifications");
        ApiClient statusesOnly = token(bob, "read:statuses");
        ApiClient nobody = ApiClient.anonymous(instance);

        assertEquals(200, readOnly.get("/api/v1/notifications").statusCode());
        error(403, statusesOnly.get("/api/v1/notifications"));
        error(403, writeOnly.get("/api/v1/notifications/" + id));
        error(403, readOnly.post("/api/v1/notifications/clear"));
        error(403, readOnly.post("/api/v1/notifications/" + id + "/dismiss"));
        error(401, nobody.get("/api/v1/notifications"));
        error(401, new ApiClient(instance, "not-a-token").post("/api/v1/notifications/clear"));
        assertEquals(1, ok(readOnly.get("/api/v1/notifications")).size(), "nothing was cleared");
        assertEquals(200, writeOnly.post("/api/v1/notifications/" + id + "/dismiss").statusCode());
    }
}
