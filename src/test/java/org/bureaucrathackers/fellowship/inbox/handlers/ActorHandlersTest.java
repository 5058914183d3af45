package org.bureaucrathackers.fellowship.inbox.handlers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.moderation.Report;
import org.bureaucrathackers.fellowship.post.NewPost;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.store.JooqAccountStore;
import org.bureaucrathackers.fellowship.store.JooqReportStore;
import org.bureaucrathackers.fellowship.testing.PeerActor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Update and Delete of actors, Block, Flag and Move received over signed HTTP (P1–P5, X7). */
class ActorHandlersTest {

    private final HandlerRig rig = new HandlerRig();
    private final PeerActor alice = rig.actor(HandlerRig.SOCIAL, "alice");

    @AfterEach
    void close() {
        rig.close();
    }

    @Test
    void an_update_of_an_actor_by_itself_refreshes_the_stored_profile() {
        rig.account(alice);
        alice.document().put("name", "Alice of the Ministry");
        alice.publish();

        rig.deliver(alice, alice.activity("Update", alice.document().deepCopy()));

        assertEquals("Alice of the Ministry", rig.stored(alice).orElseThrow().displayName());
    }

    @Test
    void an_update_of_another_actor_is_refused_and_changes_nothing() {
        PeerActor mallory = rig.actor(HandlerRig.SOCIAL, "mallory");
        rig.account(alice);
        ObjectNode forged = alice.document().deepCopy().put("name", "Hacked");

        var response = rig.post(mallory, mallory.activity("Update", forged));

        assertEquals(403, response.statusCode());
        assertEquals("alice", rig.stored(alice).orElseThrow().displayName());
    }

    @Test
    void a_delete_of_an_actor_by_itself_removes_it_with_its_posts_and_follows() {
        rig.bobFollows(alice);
        rig.deliver(alice, alice.activity("Follow", rig.bob.uri()));
        ObjectNode note = alice.note("<p>Goodbye</p>");
        rig.deliver(alice, alice.create(note));
        assertTrue(rig.status(note.get("id").asText()).isPresent());

        rig.deliver(alice, alice.activity("Delete", alice.uri()));

        assertTrue(rig.stored(alice).isEmpty());
        assertTrue(rig.status(note.get("id").asText()).isEmpty());
        Account bob = rig.app.fellows().findLocal("bob").orElseThrow();
        assertEquals(0, rig.app.follows().pendingRequests(bob).size());
    }

    @Test
    void a_block_ends_follows_both_ways_and_its_undo_lifts_it() {
        rig.bobFollows(alice);
        rig.deliver(alice, alice.activity("Follow", rig.bob.uri()));
        Account aliceAccount = rig.account(alice);
        ObjectNode block = alice.activity("Block", rig.bob.uri());

        rig.deliver(alice, block);

        assertFalse(rig.app.follows().isFollowing(rig.bob, aliceAccount));
        assertFalse(rig.app.follows().isFollowing(aliceAccount, rig.bob));
        Status post = rig.app.posts().post(rig.bob, NewPost.publicText("Can alice see this?"));
        assertFalse(rig.app.statusAccess().canSee(aliceAccount, post));

        rig.deliver(alice, alice.activity("Undo", HandlerRig.embedded(block)));
        assertTrue(rig.app.statusAccess().canSee(aliceAccount, post));
    }

    @Test
    void a_flag_from_an_instance_actor_is_stored_as_a_report_with_its_comment_cut() {
        PeerActor moderators = rig.actor(HandlerRig.SOCIAL, "moderators");
        moderators.document().put("type", "Application");
        moderators.publish();
        Status post = rig.app.posts().post(rig.bob, NewPost.publicText("Something reportable"));
        ObjectNode flag = moderators.activity("Flag", "unused");
        flag.putArray("object").add(rig.bob.uri()).add(post.uri()).add("https://elsewhere.example/notes/1");
        flag.put("content", "x".repeat(6000));

        rig.deliver(moderators, flag);

        List<Report> reports = new JooqReportStore(rig.app.database()).about(rig.bob.id(), 10);
        assertEquals(1, reports.size());
        assertEquals(List.of(post.uri()), reports.get(0).statusUris());
        assertEquals(Report.MAX_COMMENT, reports.get(0).comment().length());
        assertEquals(flag.get("id").asText(), reports.get(0).uri());
    }

    @Test
    void a_flag_of_a_local_post_alone_reports_its_author() {
        Status post = rig.app.posts().post(rig.bob, NewPost.publicText("Reported"));

        rig.deliver(alice, alice.activity("Flag", post.uri()));

        assertEquals(1, new JooqReportStore(rig.app.database()).about(rig.bob.id(), 10).size());
    }

    @Test
    void a_move_is_recorded_when_the_new_actor_lists_the_old_one_as_an_alias() {
        PeerActor newAlice = rig.actor(HandlerRig.OTHER, "alice");
        newAlice.document().putArray("alsoKnownAs").add(alice.uri());
        newAlice.publish();
        ObjectNode move = alice.activity("Move", alice.uri()).put("target", newAlice.uri());

        rig.deliver(alice, move);

        assertEquals(newAlice.uri(), movedTo(alice));
    }

    @Test
    void a_move_to_an_actor_that_does_not_list_the_old_one_is_refused() {
        PeerActor stranger = rig.actor(HandlerRig.OTHER, "stranger");
        ObjectNode move = alice.activity("Move", alice.uri()).put("target", stranger.uri());

        rig.deliver(alice, move);

        assertNull(movedTo(alice));
        assertTrue(rig.outcome(move).contains("alsoKnownAs"), rig.outcome(move));
    }

    private String movedTo(PeerActor actor) {
        return new JooqAccountStore(rig.app.database()).findRemote(actor.uri()).orElseThrow().movedToUri();
    }
}
