package org.bureaucrathackers.fellowship.mastodon.api.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.ProfileChanges;
import org.bureaucrathackers.fellowship.testing.ApiClient;
import org.bureaucrathackers.fellowship.testing.RawHttp;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Following, follow requests, blocking and muting between fellows of one instance, each answered with the
 * Relationship as it stands; the blocks and mutes lists.
 */
class RelationshipsApiTest {

    private static final Pattern NEXT = Pattern.compile("^<([^>]+)>; rel=\"next\"");
    private static TestInstance instance;

    @BeforeAll
    static void start() {
        instance = TestInstance.start();
    }

    @AfterAll
    static void stop() {
        instance.close();
    }

    /** A fellow and a client acting for them with {@code read write follow}. */
    private record Fellow(Account account, ApiClient client) {
        String id() {
            return Long.toString(account.id());
        }
    }

    private static Fellow fellow(String name) {
        Account account = instance.createFellow(name);
        return new Fellow(account, new ApiClient(instance,
                instance.tokens().issue(account, "read write follow").secret()));
    }

    @Test
    void following_an_open_account_is_accepted_at_once_and_both_sides_see_it() {
        Fellow ann = fellow("rel_ann");
        Fellow ben = fellow("rel_ben");

        HttpResponse<String> response = ann.client().postForm("/api/v1/accounts/" + ben.id() + "/follow",
                "reblogs", "0", "notify", "1", "languages[]", "en", "languages[]", "fr");

        assertEquals(200, response.statusCode(), response.body());
        JsonNode relationship = ApiClient.json(response);
        assertEquals(ben.id(), relationship.get("id").asText());
        assertTrue(relationship.get("following").asBoolean());
        assertFalse(relationship.get("requested").asBoolean());
        assertFalse(relationship.get("showing_reblogs").asBoolean());
        assertTrue(relationship.get("notifying").asBoolean());
        assertEquals("[\"en\",\"fr\"]", relationship.get("languages").toString());
        for (String key : List.of("followed_by", "blocking", "blocked_by", "muting", "muting_notifications",
                "requested_by", "domain_blocking", "endorsed", "note")) {
            assertTrue(relationship.has(key), key);
        }
        JsonNode back = ApiClient.json(ben.client().get("/api/v1/accounts/relationships?id[]=" + ann.id())).get(0);
        assertTrue(back.get("followed_by").asBoolean());
        assertFalse(back.get("following").asBoolean());
        assertTrue(back.get("languages").isNull());

        JsonNode again = ApiClient.json(ann.client().post("/api/v1/accounts/" + ben.id() + "/follow"));
        assertFalse(again.get("showing_reblogs").asBoolean(), "options not sent again are kept");
        JsonNode unfollowed = ApiClient.json(ann.client().post("/api/v1/accounts/" + ben.id() + "/unfollow"));
        assertFalse(unfollowed.get("following").asBoolean());
        assertEquals(0, ApiClient.json(ApiClient.anonymous(instance)
                .get("/api/v1/accounts/" + ben.id())).get("followers_count").asInt());
    }

    @Test
    void a_locked_account_gets_a_request_it_can_authorize_or_reject() {
        Fellow cat = fellow("rel_cat");
        Fellow dot = fellow("rel_dot");
        Fellow eve = fellow("rel_eve");
        instance.profiles().update(dot.account(), new ProfileChanges(null, null, null, true));

        JsonNode requested = ApiClient.json(cat.client().post("/api/v1/accounts/" + dot.id() + "/follow"));
        assertTrue(requested.get("requested").asBoolean());
        assertFalse(requested.get("following").asBoolean());
        eve.client().post("/api/v1/accounts/" + dot.id() + "/follow");

        JsonNode requests = ApiClient.json(dot.client().get("/api/v1/follow_requests"));
        assertEquals(List.of(eve.id(), cat.id()), ids(requests));
        assertEquals(2, ApiClient.json(dot.client().get("/api/v1/accounts/verify_credentials"))
                .at("/source/follow_requests_count").asInt());
        JsonNode seenByDot = ApiClient.json(dot.client().get("/api/v1/accounts/relationships?id[]=" + cat.id()));
        assertTrue(seenByDot.get(0).get("requested_by").asBoolean());

        JsonNode authorized = ApiClient.json(dot.client().post("/api/v1/follow_requests/" + cat.id() + "/authorize"));
        assertTrue(authorized.get("followed_by").asBoolean());
        assertFalse(authorized.get("requested_by").asBoolean());
        JsonNode rejected = ApiClient.json(dot.client().post("/api/v1/follow_requests/" + eve.id() + "/reject"));
        assertFalse(rejected.get("followed_by").asBoolean());
        assertFalse(rejected.get("requested_by").asBoolean());

        assertEquals("[]", dot.client().get("/api/v1/follow_requests").body());
        assertEquals(404, dot.client().post("/api/v1/follow_requests/" + eve.id() + "/authorize").statusCode());
        assertEquals(404, dot.client().post("/api/v1/follow_requests/12345/reject").statusCode());
        JsonNode catNow = ApiClient.json(cat.client().get("/api/v1/accounts/relationships?id=" + dot.id())).get(0);
        assertTrue(catNow.get("following").asBoolean());
        assertFalse(catNow.get("requested").asBoolean());
    }

    @Test
    void blocking_ends_follows_both_ways_and_is_seen_from_both_sides() {
        Fellow fay = fellow("rel_fay");
        Fellow gil = fellow("rel_gil");
        fay.client().post("/api/v1/accounts/" + gil.id() + "/follow");
        gil.client().post("/api/v1/accounts/" + fay.id() + "/follow");

        JsonNode blocked = ApiClient.json(fay.client().post("/api/v1/accounts/" + gil.id() + "/block"));

        assertTrue(blocked.get("blocking").asBoolean());
        assertFalse(blocked.get("following").asBoolean());
        assertFalse(blocked.get("followed_by").asBoolean());
        JsonNode gilSide = ApiClient.json(gil.client().get("/api/v1/accounts/relationships?id[]=" + fay.id())).get(0);
        assertTrue(gilSide.get("blocked_by").asBoolean());
        HttpResponse<String> refused = gil.client().post("/api/v1/accounts/" + fay.id() + "/follow");
        assertEquals(403, refused.statusCode());
        assertTrue(ApiClient.json(refused).get("error").asText().contains("block"));

        JsonNode blocks = ApiClient.json(fay.client().get("/api/v1/blocks"));
        assertEquals(List.of(gil.id()), ids(blocks));
        JsonNode unblocked = ApiClient.json(fay.client().post("/api/v1/accounts/" + gil.id() + "/unblock"));
        assertFalse(unblocked.get("blocking").asBoolean());
        assertEquals("[]", fay.client().get("/api/v1/blocks").body());
    }

    @Test
    void muting_is_private_and_can_spare_notifications() {
        Fellow hal = fellow("rel_hal");
        Fellow ida = fellow("rel_ida");
        Fellow jo = fellow("rel_jo");

        JsonNode muted = ApiClient.json(hal.client().postForm("/api/v1/accounts/" + ida.id() + "/mute",
                "notifications", "false"));
        assertTrue(muted.get("muting").asBoolean());
        assertFalse(muted.get("muting_notifications").asBoolean());
        JsonNode both = ApiClient.json(hal.client().postJson("/api/v1/accounts/" + jo.id() + "/mute",
                "{\"duration\": 3600}"));
        assertTrue(both.get("muting_notifications").asBoolean());
        assertTrue(instance.mutes().mutes(hal.account().id(), jo.account().id()));

        JsonNode idaSide = ApiClient.json(ida.client().get("/api/v1/accounts/relationships?id[]=" + hal.id())).get(0);
        assertFalse(idaSide.get("muting").asBoolean());
        assertEquals(List.of(jo.id(), ida.id()), ids(ApiClient.json(hal.client().get("/api/v1/mutes"))));

        JsonNode unmuted = ApiClient.json(hal.client().post("/api/v1/accounts/" + ida.id() + "/unmute"));
        assertFalse(unmuted.get("muting").asBoolean());
        assertEquals(List.of(jo.id()), ids(ApiClient.json(hal.client().get("/api/v1/mutes"))));
        assertEquals(422, hal.client().postForm("/api/v1/accounts/" + ida.id() + "/mute", "duration", "-1")
                .statusCode());
        assertEquals(422, hal.client().postForm("/api/v1/accounts/" + ida.id() + "/mute", "notifications", "perhaps")
                .statusCode());
        assertEquals(422, hal.client().post("/api/v1/accounts/" + hal.id() + "/mute").statusCode());
    }

    @Test
    void blocks_and_mutes_page_with_link_headers() {
        Fellow kim = fellow("rel_kim");
        List<String> blocked = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Fellow other = fellow("rel_blocked" + i);
            kim.client().post("/api/v1/accounts/" + other.id() + "/block");
            kim.client().post("/api/v1/accounts/" + other.id() + "/mute");
            blocked.add(0, other.id());
        }
        for (String list : List.of("/api/v1/blocks", "/api/v1/mutes")) {
            HttpResponse<String> first = kim.client().get(list + "?limit=2");
            assertEquals(blocked.subList(0, 2), ids(ApiClient.json(first)));
            Matcher next = NEXT.matcher(first.headers().firstValue("Link").orElse(""));
            assertTrue(next.find(), list);
            HttpResponse<String> second = kim.client().get(next.group(1));
            assertEquals(blocked.subList(2, 3), ids(ApiClient.json(second)));
            assertFalse(second.headers().firstValue("Link").orElse("").contains("rel=\"next\""));
            assertTrue(second.headers().firstValue("Link").orElse("").contains("rel=\"prev\""));
        }
    }

    @Test
    void relationships_skip_unknown_ids_and_refuse_malformed_or_too_many() {
        Fellow lea = fellow("rel_lea");
        Fellow max = fellow("rel_max");
        JsonNode list = ApiClient.json(lea.client().get("/api/v1/accounts/relationships?id[]=" + max.id()
                + "&id[]=4242&id[]=" + lea.id()));
        assertEquals(List.of(max.id(), lea.id()), ids(list));
        assertEquals("[]", lea.client().get("/api/v1/accounts/relationships").body());
        assertEquals(422, lea.client().get("/api/v1/accounts/relationships?id[]=abc").statusCode());
        StringBuilder many = new StringBuilder("/api/v1/accounts/relationships?");
        for (int i = 0; i <= RelationshipsApi.MAX_IDS; i++) {
            many.append("id[]=").append(i + 1).append('&');
        }
        assertEquals(422, lea.client().get(many.toString()).statusCode());
    }

    @Test
    void every_action_needs_a_fellow_token_with_its_scope() {
        Fellow ned = fellow("rel_ned");
        ApiClient reader = ApiClient.fellow(instance, "rel_reader", "read");
        for (String action : List.of("follow", "unfollow", "block", "unblock", "mute", "unmute")) {
            HttpResponse<String> refused = reader.post("/api/v1/accounts/" + ned.id() + "/" + action);
            assertEquals(403, refused.statusCode(), action);
            assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
            assertEquals(401, ApiClient.anonymous(instance).post("/api/v1/accounts/" + ned.id() + "/" + action)
                    .statusCode(), action);
        }
        ApiClient follower = ApiClient.fellow(instance, "rel_granular", "write:follows");
        assertEquals(200, follower.post("/api/v1/accounts/" + ned.id() + "/follow").statusCode());
        assertEquals(403, follower.post("/api/v1/accounts/" + ned.id() + "/block").statusCode());
        assertEquals(403, follower.get("/api/v1/accounts/relationships?id[]=" + ned.id()).statusCode());
        ApiClient writer = ApiClient.fellow(instance, "rel_writer", "write");
        for (String list : List.of("/api/v1/blocks", "/api/v1/mutes", "/api/v1/follow_requests")) {
            assertEquals(403, writer.get(list).statusCode(), list);
            assertEquals(401, ApiClient.anonymous(instance).get(list).statusCode(), list);
        }
    }

    @Test
    void bad_targets_and_bad_options_get_clear_errors() {
        Fellow oli = fellow("rel_oli");
        Fellow pam = fellow("rel_pam");
        assertEquals(404, oli.client().post("/api/v1/accounts/777/follow").statusCode());
        assertEquals(404, oli.client().post("/api/v1/accounts/not-an-id/block").statusCode());
        HttpResponse<String> self = oli.client().post("/api/v1/accounts/" + oli.id() + "/follow");
        assertEquals(403, self.statusCode());
        assertTrue(ApiClient.json(self).get("error").asText().contains("itself"));
        assertEquals(422, oli.client().postForm("/api/v1/accounts/" + pam.id() + "/follow", "reblogs", "sometimes")
                .statusCode());
        HttpResponse<String> language = oli.client().postForm("/api/v1/accounts/" + pam.id() + "/follow",
                "languages[]", "klingon-ish");
        assertEquals(422, language.statusCode());
        assertTrue(ApiClient.json(language).get("error").asText().contains("language"));
        assertEquals(400, oli.client().postJson("/api/v1/accounts/" + pam.id() + "/follow", "{not json").statusCode());
        String huge = RawHttp.postDeclaringLength(instance.port(), "/api/v1/accounts/" + pam.id() + "/follow",
                "application/json", 5L * 1024 * 1024);
        assertEquals(413, RawHttp.status(huge), huge);
        assertTrue(huge.contains("\"error\""), huge);
    }

    private static List<String> ids(JsonNode array) {
        List<String> ids = new ArrayList<>();
        array.forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }
}
