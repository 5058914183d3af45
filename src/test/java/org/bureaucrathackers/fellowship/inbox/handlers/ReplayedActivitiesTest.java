package org.bureaucrathackers.fellowship.inbox.handlers;

import static org.bureaucrathackers.fellowship.store.schema.Tables.INBOX_JOB;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bureaucrathackers.fellowship.post.NewPost;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.testing.PeerActor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A kill between a handler's commit and its job's completion runs the handler again after the restart. Every
 * activity must then take effect once: no second post, like, boost, follow, mention or notification.
 */
class ReplayedActivitiesTest {

    private static final List<String> TABLES = List.of("status", "status_mention", "favourite", "follow",
            "notification");

    private final HandlerRig rig = new HandlerRig();
    private final PeerActor alice = rig.actor(HandlerRig.SOCIAL, "alice");

    @AfterEach
    void close() {
        rig.close();
    }

    @Test
    void activities_run_again_after_a_crash_take_effect_once() {
        Status post = rig.app.posts().post(rig.bob, new NewPost("Minutes", Status.Visibility.PUBLIC, null, null,
                null));
        ObjectNode announce = alice.activity("Announce", post.uri());
        announce.putArray("to").add("https://www.w3.org/ns/activitystreams#Public");
        List<ObjectNode> activities = List.of(
                alice.activity("Follow", rig.bob.uri()),
                alice.create(alice.note("<p>Hello @bob</p>", rig.bob.uri())),
                alice.activity("Like", post.uri()),
                announce);
        for (ObjectNode activity : activities) {
            rig.deliver(alice, activity);
        }
        rig.runInbox();
        for (ObjectNode activity : activities) {
            assertEquals("done", rig.outcome(activity), activity.toString());
        }
        Map<String, Long> before = counts();

        int replayed = rig.app.database().dsl().update(INBOX_JOB)
                .set(INBOX_JOB.STATE, "pending")
                .setNull(INBOX_JOB.FINISHED_AT)
                .execute();
        assertEquals(activities.size(), replayed);
        rig.runInbox();

        for (ObjectNode activity : activities) {
            assertEquals("done", rig.outcome(activity), activity.toString());
        }
        assertEquals(before, counts());
        assertEquals(1, rig.likes(post));
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, rig.app.database().dsl().fetchCount(org.jooq.impl.DSL.table(table)) + 0L);
        }
        return counts;
    }
}
