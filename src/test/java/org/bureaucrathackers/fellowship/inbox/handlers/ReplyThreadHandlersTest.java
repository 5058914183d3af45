package org.bureaucrathackers.fellowship.inbox.handlers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.bureaucrathackers.fellowship.inbox.DiscoveryBudget;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.testing.PeerActor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A reply whose parent is not here brings its ancestors, within what one activity may discover (X19): how far up
 * the thread, how many posts fetched, how many new actors.
 */
class ReplyThreadHandlersTest {

    private HandlerRig rig;

    @AfterEach
    void close() {
        rig.close();
    }

    /** Serves a thread of {@code length} posts, each by the next author in turn, each replying to the one before. */
    private static List<ObjectNode> thread(int length, PeerActor... authors) {
        List<ObjectNode> posts = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            PeerActor author = authors[i % authors.length];
            ObjectNode post = author.note("<p>Post " + (i + 1) + "</p>");
            if (i > 0) {
                post.put("inReplyTo", posts.get(i - 1).get("id").asText());
            }
            author.serveObject(post);
            posts.add(post);
        }
        return posts;
    }

    /** A reply to the last post of the thread by {@code author}, mentioning bob so it concerns this instance. */
    private ObjectNode replyTo(List<ObjectNode> thread, PeerActor author) {
        ObjectNode reply = author.note("<p>Reply</p>", rig.bob.uri());
        reply.put("inReplyTo", thread.get(thread.size() - 1).get("id").asText());
        return reply;
    }

    private Status stored(ObjectNode post) {
        return rig.status(post.get("id").asText()).orElseThrow(() -> new AssertionError(post.get("id") + " not stored"));
    }

    private boolean isStored(ObjectNode post) {
        return rig.status(post.get("id").asText()).isPresent();
    }

    private boolean wasRequested(String url) {
        String path = url.substring(url.indexOf('/', "http://".length()));
        return !rig.peer.requestsTo(path).isEmpty();
    }

    @Test
    void a_reply_brings_its_missing_ancestors_and_the_thread_links_up() {
        rig = new HandlerRig();
        PeerActor alice = rig.actor(HandlerRig.SOCIAL, "alice");
        PeerActor carol = rig.actor(HandlerRig.OTHER, "carol");
        List<ObjectNode> thread = thread(3, carol, alice);
        ObjectNode reply = replyTo(thread, alice);

        rig.deliver(alice, alice.create(reply));

        assertEquals("done", rig.outcome(alice.create(reply)));
        assertNull(stored(thread.get(0)).inReplyToId());
        assertEquals(stored(thread.get(0)).id(), stored(thread.get(1)).inReplyToId());
        assertEquals(stored(thread.get(1)).id(), stored(thread.get(2)).inReplyToId());
        assertEquals(stored(thread.get(2)).id(), stored(reply).inReplyToId());
        assertEquals(rig.account(carol).id(), stored(thread.get(0)).accountId());
    }

    @Test
    void the_climb_stops_after_five_ancestors() {
        rig = new HandlerRig();
        PeerActor alice = rig.actor(HandlerRig.SOCIAL, "alice");
        List<ObjectNode> thread = thread(7, alice);
        ObjectNode reply = replyTo(thread, alice);

        rig.deliver(alice, alice.create(reply));

        for (int i = 2; i < 7; i++) {
            assertTrue(isStored(thread.get(i)), "ancestor " + (i + 1));
        }
        assertTrue(!isStored(thread.get(0)) && !isStored(thread.get(1)));
        assertTrue(!wasRequested(thread.get(1).get("id").asText()), "the sixth ancestor was never fetched");
        assertEquals(stored(thread.get(6)).id(), stored(reply).inReplyToId());
    }

    @Test
    void one_activity_fetches_no_more_posts_than_its_limit() {
        rig = new HandlerRig(new DiscoveryBudget.Limits(400, 2, 5));
        PeerActor alice = rig.actor(HandlerRig.SOCIAL, "alice");
        List<ObjectNode> thread = thread(3, alice);
        ObjectNode reply = replyTo(thread, alice);

        rig.deliver(alice, alice.create(reply));

        assertTrue(isStored(thread.get(1)) && isStored(thread.get(2)));
        assertTrue(!isStored(thread.get(0)));
        assertTrue(!wasRequested(thread.get(0).get("id").asText()), "the third post was never fetched");
        assertTrue(isStored(reply), "the reply itself is kept");
    }

    @Test
    void one_activity_brings_no_more_new_actors_than_its_limit() {
        rig = new HandlerRig(new DiscoveryBudget.Limits(2, 1000, 5));
        PeerActor alice = rig.actor(HandlerRig.SOCIAL, "alice");
        PeerActor carol = rig.actor(HandlerRig.OTHER, "carol");
        PeerActor dave = rig.actor("third.example", "dave");
        PeerActor erin = rig.actor("fourth.example", "erin");
        List<ObjectNode> thread = thread(3, carol, dave, erin);
        ObjectNode reply = replyTo(thread, alice);

        rig.deliver(alice, alice.create(reply));

        assertTrue(isStored(thread.get(0)) && isStored(thread.get(1)), "the first two new authors were taken");
        assertTrue(!isStored(thread.get(2)), "the third new author was one too many");
        assertTrue(rig.stored(erin).isEmpty());
        assertTrue(!wasRequested(erin.uri()), "erin was never fetched");
        assertTrue(isStored(reply));
    }

    @Test
    void a_reply_whose_parent_cannot_be_fetched_is_stored_anyway() {
        rig = new HandlerRig();
        PeerActor alice = rig.actor(HandlerRig.SOCIAL, "alice");
        ObjectNode reply = alice.note("<p>Reply to a lost post</p>", rig.bob.uri());
        reply.put("inReplyTo", alice.newId("statuses"));

        rig.deliver(alice, alice.create(reply));

        assertEquals("done", rig.outcome(alice.create(reply)));
        assertNull(stored(reply).inReplyToId());
        assertEquals(reply.get("inReplyTo").asText(), stored(reply).inReplyToUri());
    }
}
