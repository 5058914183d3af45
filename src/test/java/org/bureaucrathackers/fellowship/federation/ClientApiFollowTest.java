package org.bureaucrathackers.fellowship.federation;

import static org.bureaucrathackers.fellowship.federation.Network.local;
import static org.bureaucrathackers.fellowship.federation.Network.remote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.post.NewPost;
import org.bureaucrathackers.fellowship.testing.ApiClient;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two instances driven through the client API as a Mastodon app would: alice on {@code a} finds bob on
 * {@code b} by his handle (WebFinger), follows him (a Follow that b accepts), unfollows, and asks a fellow who
 * approves by hand, who approves through the API too.
 */
class ClientApiFollowTest {

    private final Network network = new Network();
    private final TestInstance a = network.start();
    private final TestInstance b = network.start();
    private final ApiClient alice = ApiClient.fellow(a, "alice", "read write follow");
    private final ApiClient bob = ApiClient.fellow(b, "bob", "read write follow");

    @AfterEach
    void close() {
        network.close();
    }

    /** What toot does before following: search with resolve, then pick the account whose acct matches. */
    private JsonNode find(String handle) {
        HttpResponse<String> response = alice.get("/api/v2/search?q="
                + URLEncoder.encode(handle, StandardCharsets.UTF_8) + "&resolve=True&type=accounts");
        assertEquals(200, response.statusCode(), response.body());
        JsonNode accounts = ApiClient.json(response).get("accounts");
        assertEquals(1, accounts.size(), accounts.toString());
        assertEquals(handle.startsWith("@") ? handle.substring(1) : handle, accounts.get(0).get("acct").asText());
        return accounts.get(0);
    }

    private JsonNode relationship(String accountId) {
        return ApiClient.json(alice.get("/api/v1/accounts/relationships?id[]=" + accountId)).get(0);
    }

    @Test
    void a_remote_fellow_found_by_handle_is_followed_and_unfollowed() {
        JsonNode found = find("bob@" + b.domain());
        String bobId = found.get("id").asText();
        assertEquals(b.base() + "/@bob", found.get("url").asText());

        JsonNode followed = ApiClient.json(alice.post("/api/v1/accounts/" + bobId + "/follow"));
        assertTrue(followed.get("requested").asBoolean() || followed.get("following").asBoolean());
        Account aliceOnB = remote(b, a, "alice");
        network.until("b accepts the follow", () -> relationship(bobId).get("following").asBoolean());
        assertFalse(relationship(bobId).get("requested").asBoolean());
        assertTrue(b.follows().isFollowing(aliceOnB, local(b, "bob")));
        JsonNode bobsFollowers = ApiClient.json(bob.get("/api/v1/accounts/" + local(b, "bob").id() + "/followers"));
        assertEquals("alice@" + a.domain(), bobsFollowers.get(0).get("acct").asText());

        JsonNode unfollowed = ApiClient.json(alice.post("/api/v1/accounts/" + bobId + "/unfollow"));
        assertFalse(unfollowed.get("following").asBoolean());
        network.until("b forgets the follower", () -> !b.follows().isFollowing(aliceOnB, local(b, "bob")));
    }

    @Test
    void a_remote_fellow_who_approves_by_hand_shows_requested_until_approving_through_the_api() {
        ApiClient carol = ApiClient.fellow(b, "carol", "read write follow");
        assertEquals(200, carol.patchForm("/api/v1/accounts/update_credentials", "locked", "true").statusCode());
        JsonNode found = find("@carol@" + b.domain());
        assertTrue(found.get("locked").asBoolean());
        String carolId = found.get("id").asText();

        JsonNode followed = ApiClient.json(alice.post("/api/v1/accounts/" + carolId + "/follow"));

        assertTrue(followed.get("requested").asBoolean());
        assertFalse(followed.get("following").asBoolean());
        network.until("b holds the request", () -> ApiClient.json(carol.get("/api/v1/follow_requests")).size() == 1);
        network.pump();
        assertTrue(relationship(carolId).get("requested").asBoolean());

        JsonNode request = ApiClient.json(carol.get("/api/v1/follow_requests")).get(0);
        assertEquals("alice@" + a.domain(), request.get("acct").asText());
        JsonNode approved = ApiClient.json(carol.post("/api/v1/follow_requests/" + request.get("id").asText()
                + "/authorize"));
        assertTrue(approved.get("followed_by").asBoolean());

        network.until("a hears of the approval", () -> relationship(carolId).get("following").asBoolean());
        assertFalse(relationship(carolId).get("requested").asBoolean());
    }

    @Test
    void a_block_through_the_api_reaches_the_blocked_server() {
        String bobId = find("bob@" + b.domain()).get("id").asText();
        JsonNode blocked = ApiClient.json(alice.post("/api/v1/accounts/" + bobId + "/block"));
        assertTrue(blocked.get("blocking").asBoolean());

        Account aliceOnB = remote(b, a, "alice");
        network.until("b records the block", () -> ApiClient.json(bob.get("/api/v1/accounts/relationships?id[]="
                + aliceOnB.id())).get(0).get("blocked_by").asBoolean());
    }

    @Test
    void a_remote_account_is_looked_up_and_a_remote_post_found_by_its_url() {
        HttpResponse<String> unknown = ApiClient.anonymous(a).get("/api/v1/accounts/lookup?acct=bob@" + b.domain());
        assertEquals(404, unknown.statusCode(), "anonymous lookups never reach other servers");
        HttpResponse<String> looked = alice.get("/api/v1/accounts/lookup?acct=bob@" + b.domain());
        assertEquals(200, looked.statusCode(), looked.body());
        assertEquals("bob@" + b.domain(), ApiClient.json(looked).get("acct").asText());

        String url = b.posts().post(local(b, "bob"), NewPost.publicText("Open data on #permits")).url();
        JsonNode found = ApiClient.json(alice.get("/api/v2/search?type=statuses&resolve=true&q="
                + URLEncoder.encode(url, StandardCharsets.UTF_8))).get("statuses");
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).get("content").asText().contains("Open data"));
        assertEquals("bob@" + b.domain(), found.get(0).at("/account/acct").asText());
    }
}
