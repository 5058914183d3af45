package org.bureaucrathackers.fellowship.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.bureaucrathackers.fellowship.json.Json;
import org.bureaucrathackers.fellowship.vocab.ActivityReader;
import org.bureaucrathackers.fellowship.vocab.IncomingActivity;
import org.junit.jupiter.api.Test;

/** Each origin rule of the federation checklist, as its own case. */
class OriginChecksTest {

    private static final String ALICE = "https://remote.example/users/alice";
    private final OriginChecks checks = new OriginChecks("https://ministry.example");

    private static IncomingActivity activity(String json) throws Exception {
        JsonNode node = Json.MAPPER.readTree(json.replace('\'', '"'));
        return new ActivityReader().read(node);
    }

    private static String create(String actor, String objectId, String attributedTo) {
        return "{'id':'" + actor + "/statuses/1/activity','type':'Create','actor':'" + actor + "',"
                + "'object':{'id':'" + objectId + "','type':'Note','attributedTo':'" + attributedTo + "','content':'hi'}}";
    }

    @Test
    void create_by_its_author_on_its_host_is_accepted_with_its_embedded_object() throws Exception {
        OriginDecision decision = checks.check(activity(create(ALICE, "https://remote.example/notes/1", ALICE)), ALICE);
        assertTrue(decision.accepted());
        assertTrue(decision.trustEmbeddedObject());
    }

    @Test
    void x2_signer_who_is_not_the_actor_cannot_follow_in_their_name() throws Exception {
        String follow = "{'id':'https://remote.example/f/1','type':'Follow','actor':'" + ALICE
                + "','object':'https://ministry.example/users/bob'}";
        OriginDecision decision = checks.check(activity(follow), "https://other.example/users/mallory");
        assertFalse(decision.accepted());
        assertEquals(401, decision.status());
    }

    @Test
    void fw2_a_forwarded_create_is_accepted_only_for_refetching_its_object() throws Exception {
        OriginDecision decision = checks.check(activity(create(ALICE, "https://remote.example/notes/1", ALICE)),
                "https://forwarder.example/users/carol");
        assertTrue(decision.accepted());
        assertFalse(decision.trustEmbeddedObject());
    }

    @Test
    void x4_activity_id_on_another_host_than_the_actor_is_refused() throws Exception {
        String like = "{'id':'https://evil.example/likes/1','type':'Like','actor':'" + ALICE
                + "','object':'https://ministry.example/users/bob/statuses/1'}";
        OriginDecision decision = checks.check(activity(like), ALICE);
        assertFalse(decision.accepted());
        assertEquals(403, decision.status());
    }

    @Test
    void x5_created_object_on_another_host_is_refused() throws Exception {
        OriginDecision decision = checks.check(activity(create(ALICE, "https://elsewhere.example/notes/1", ALICE)), ALICE);
        assertFalse(decision.accepted());
    }

    @Test
    void x5_created_object_attributed_to_someone_else_is_refused() throws Exception {
        OriginDecision decision = checks.check(activity(create(ALICE, "https://remote.example/notes/1",
                "https://remote.example/users/dave")), ALICE);
        assertFalse(decision.accepted());
        assertTrue(decision.reason().contains("attributed"));
    }

    @Test
    void x6_delete_of_an_object_on_another_host_is_refused() throws Exception {
        String delete = "{'id':'https://remote.example/d/1','type':'Delete','actor':'" + ALICE
                + "','object':'https://elsewhere.example/notes/1'}";
        assertFalse(checks.check(activity(delete), ALICE).accepted());
    }

    @Test
    void x7_update_of_another_actor_is_refused() throws Exception {
        String update = "{'id':'https://remote.example/u/1','type':'Update','actor':'" + ALICE
                + "','object':{'id':'https://remote.example/users/dave','type':'Person','inbox':'https://remote.example/i'}}";
        OriginDecision decision = checks.check(activity(update), ALICE);
        assertFalse(decision.accepted());
        assertTrue(decision.reason().contains("itself"));
    }

    @Test
    void x7_update_of_the_actor_itself_is_accepted() throws Exception {
        String update = "{'id':'https://remote.example/u/1','type':'Update','actor':'" + ALICE
                + "','object':{'id':'" + ALICE + "','type':'Person','inbox':'https://remote.example/i'}}";
        assertTrue(checks.check(activity(update), ALICE).accepted());
    }

    @Test
    void x8_embedded_object_from_another_origin_is_not_trusted() throws Exception {
        String announce = "{'id':'https://remote.example/a/1','type':'Announce','actor':'" + ALICE
                + "','object':{'id':'https://third.example/notes/9','type':'Note','content':'forged'}}";
        OriginDecision decision = checks.check(activity(announce), ALICE);
        assertTrue(decision.accepted());
        assertFalse(decision.trustEmbeddedObject());
    }

    @Test
    void x11_remote_request_claiming_a_local_actor_is_refused() throws Exception {
        String local = "https://ministry.example/users/bob";
        String follow = "{'id':'https://ministry.example/f/1','type':'Follow','actor':'" + local
                + "','object':'https://remote.example/users/alice'}";
        OriginDecision decision = checks.check(activity(follow), local);
        assertFalse(decision.accepted());
        assertTrue(decision.reason().contains("local"));
    }

    @Test
    void x11_remote_create_of_a_local_object_id_is_refused() throws Exception {
        String evil = "https://ministry.example";
        OriginDecision decision = checks.check(activity(create(ALICE, evil + "/users/bob/statuses/1", ALICE)), ALICE);
        assertFalse(decision.accepted());
    }

    @Test
    void x16_hosts_compare_case_insensitively_and_without_default_ports() throws Exception {
        String follow = "{'id':'https://REMOTE.example:443/f/1','type':'Follow','actor':'" + ALICE
                + "','object':'https://ministry.example/users/bob'}";
        assertTrue(checks.check(activity(follow), ALICE).accepted());
    }

    @Test
    void undo_of_another_actors_activity_is_refused() throws Exception {
        String undo = "{'id':'https://remote.example/undo/1','type':'Undo','actor':'" + ALICE
                + "','object':{'id':'https://remote.example/likes/1','type':'Like','actor':'https://remote.example/users/dave',"
                + "'object':'https://ministry.example/users/bob/statuses/1'}}";
        assertFalse(checks.check(activity(undo), ALICE).accepted());
    }

    @Test
    void move_of_someone_else_is_refused() throws Exception {
        String move = "{'id':'https://remote.example/m/1','type':'Move','actor':'" + ALICE
                + "','object':'https://remote.example/users/dave','target':'https://new.example/users/alice'}";
        assertFalse(checks.check(activity(move), ALICE).accepted());
    }
}
