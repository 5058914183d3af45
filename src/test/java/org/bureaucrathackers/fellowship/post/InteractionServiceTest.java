package org.bureaucrathackers.fellowship.post;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.testing.RecordingOutbound.Published;
import org.bureaucrathackers.fellowship.testing.SocialFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** L1–L4 and X18: likes and boosts, their Undos, made here and received. */
class InteractionServiceTest {

    @TempDir
    Path tempDir;
    SocialFixture world;
    Account alice;
    Account bob;
    Status bobsPost;

    @BeforeEach
    void open() {
        world = new SocialFixture(tempDir);
        alice = world.local("alice");
        bob = world.remote("bob", "mastodon.example");
        bobsPost = new Status(world.ids.next(), bob.id(), bob.uri() + "/statuses/1", "https://mastodon.example/@bob/1",
                Status.Visibility.PUBLIC, "<p>hi</p>", null, null, SocialFixture.START);
        world.statuses.insert(bobsPost);
    }

    @AfterEach
    void close() {
        world.close();
    }

    @Test
    void a_like_is_sent_to_the_author_with_the_status_id_as_object() {
        Favourite like = world.interactions.like(alice, bobsPost);
        Published published = world.outbound.only();
        JsonNode activity = published.activity();
        assertEquals("https://www.w3.org/ns/activitystreams", activity.get("@context").asText());
        assertEquals("Like", activity.get("type").asText());
        assertEquals(alice.uri() + "#likes/" + like.id(), activity.get("id").asText());
        assertEquals(alice.uri(), activity.get("actor").asText());
        assertEquals(bobsPost.uri(), activity.get("object").asText());
        assertEquals(List.of(bob.uri()), published.recipients());
        assertFalse(published.toFollowers());
        assertEquals(like, world.interactions.like(alice, bobsPost), "liking twice changes nothing");
        assertEquals(1, world.outbound.all().size());
    }

    @Test
    void undoing_a_like_embeds_the_whole_like() {
        Favourite like = world.interactions.like(alice, bobsPost);
        world.outbound.clear();
        assertTrue(world.interactions.unlike(alice, bobsPost));
        JsonNode undo = world.outbound.only().activity();
        assertEquals("Undo", undo.get("type").asText());
        assertEquals(like.uri() + "/undo", undo.get("id").asText());
        JsonNode embedded = undo.get("object");
        assertTrue(embedded.isObject(), "L2: Mastodon cannot resolve a bare Like id");
        assertEquals(like.uri(), embedded.get("id").asText());
        assertEquals("Like", embedded.get("type").asText());
        assertEquals(alice.uri(), embedded.get("actor").asText());
        assertEquals(bobsPost.uri(), embedded.get("object").asText());
        assertFalse(embedded.has("@context"));
        assertEquals(0, world.favourites.count(bobsPost.id()));
        assertFalse(world.interactions.unlike(alice, bobsPost));
    }

    @Test
    void a_boost_announces_the_original_to_public_cc_followers_and_author() {
        Status boost = world.interactions.boost(alice, bobsPost);
        Published published = world.outbound.only();
        JsonNode announce = published.activity();
        assertEquals("Announce", announce.get("type").asText());
        assertEquals(boost.uri(), announce.get("id").asText());
        assertEquals(world.uris.status("alice", boost.id()) + "/activity", boost.uri());
        assertEquals(bobsPost.uri(), announce.get("object").asText(), "the original by id only");
        assertEquals(List.of(Addressing.PUBLIC), PostServiceTest.strings(announce.get("to")));
        assertEquals(List.of(alice.followersUrl(), bob.uri()), PostServiceTest.strings(announce.get("cc")));
        assertTrue(published.toFollowers());
        assertEquals(List.of(bob.uri()), published.recipients());
        assertEquals(Long.valueOf(bobsPost.id()), boost.reblogOfId());
        assertEquals(boost, world.interactions.boost(alice, bobsPost), "boosting twice changes nothing");
        assertEquals(boost, world.interactions.boost(alice, boost), "boosting a boost boosts its original");
    }

    @Test
    void undoing_a_boost_embeds_the_announce_and_removes_the_boost() {
        Status boost = world.interactions.boost(alice, bobsPost);
        JsonNode announce = world.outbound.only().activity();
        world.outbound.clear();
        assertTrue(world.interactions.unboost(alice, bobsPost));
        JsonNode undo = world.outbound.only().activity();
        assertEquals("Undo", undo.get("type").asText());
        assertEquals(alice.uri() + "#announces/" + boost.id() + "/undo", undo.get("id").asText());
        assertEquals(announce.get("id"), undo.get("object").get("id"));
        assertEquals("Announce", undo.get("object").get("type").asText());
        assertEquals(bobsPost.uri(), undo.get("object").get("object").asText());
        assertEquals(Optional.empty(), world.boosts.findBoost(alice.id(), bobsPost.id()));
        assertFalse(world.interactions.unboost(alice, bobsPost));
    }

    @Test
    void followers_only_and_direct_posts_are_never_boostable() {
        world.acceptedFollow(alice, bob);
        for (Status.Visibility hidden : List.of(Status.Visibility.PRIVATE, Status.Visibility.DIRECT)) {
            Status post = new Status(world.ids.next(), bob.id(), bob.uri() + "/statuses/" + hidden, null, hidden,
                    "<p>x</p>", null, null, SocialFixture.START);
            world.statuses.insert(post);
            world.mentionTags.replaceMentions(post.id(), List.of(alice.id()));
            assertEquals("only public and unlisted posts can be boosted",
                    assertThrows(InvalidPostException.class, () -> world.interactions.boost(alice, post)).getMessage());
            Account carol = world.remote("carol" + hidden.stored(), "gts.example");
            assertThrows(RefusedActivityException.class, () -> world.interactions.receiveAnnounce(carol, post,
                    "https://gts.example/announces/" + hidden, null, Status.Visibility.PUBLIC));
        }
        assertEquals(List.of(), world.outbound.all());
    }

    @Test
    void nobody_likes_a_post_they_cannot_see() {
        Status secret = world.posts.post(alice, new NewPost("followers only", Status.Visibility.PRIVATE, null, null, null));
        Account stranger = world.remote("stranger", "gts.example");
        assertThrows(RefusedActivityException.class,
                () -> world.interactions.receiveLike(stranger, secret, "https://gts.example/likes/1"));
        world.acceptedFollow(stranger, alice);
        assertTrue(world.interactions.receiveLike(stranger, secret, "https://gts.example/likes/1"));
        Account carol = world.local("carol");
        assertThrows(InvalidPostException.class, () -> world.interactions.like(carol, secret));
    }

    @Test
    void a_received_like_of_a_local_post_is_stored_once_and_undone_by_id_or_by_pair() {
        Status mine = world.posts.post(alice, NewPost.publicText("like me"));
        world.outbound.clear();
        assertTrue(world.interactions.receiveLike(bob, mine, "https://mastodon.example/users/bob#likes/7"));
        assertFalse(world.interactions.receiveLike(bob, mine, "https://mastodon.example/users/bob#likes/8"));
        assertEquals(1, world.favourites.count(mine.id()));
        assertFalse(world.interactions.receiveUndoLike(world.remote("eve", "evil.example"),
                "https://mastodon.example/users/bob#likes/7", null), "only the liker can undo");
        assertTrue(world.interactions.receiveUndoLike(bob, "https://mastodon.example/users/bob#likes/7", null));
        assertTrue(world.interactions.receiveLike(bob, mine, "https://mastodon.example/users/bob#likes/9"));
        assertTrue(world.interactions.receiveUndoLike(bob, "https://mastodon.example/users/bob#likes/unknown", mine));
        assertEquals(0, world.favourites.count(mine.id()));
        assertEquals(List.of(), world.outbound.all(), "receiving sends nothing");
    }

    @Test
    void likes_of_other_servers_posts_are_ignored_as_mastodon_does() {
        Account carol = world.remote("carol", "gts.example");
        assertFalse(world.interactions.receiveLike(carol, bobsPost, "https://gts.example/likes/1"));
        assertEquals(0, world.favourites.count(bobsPost.id()));
    }

    @Test
    void a_received_like_claiming_a_local_id_is_refused() {
        Status mine = world.posts.post(alice, NewPost.publicText("like me"));
        assertThrows(RefusedActivityException.class,
                () -> world.interactions.receiveLike(bob, mine, "https://ministry.example/users/alice#likes/1"));
    }

    @Test
    void a_received_announce_is_stored_once_and_undone_only_by_its_actor() {
        Status mine = world.posts.post(alice, NewPost.publicText("boost me"));
        String announceId = "https://mastodon.example/users/bob/statuses/99/activity";
        Instant at = Instant.parse("2026-03-02T10:00:00.123Z");
        Status boost = world.interactions.receiveAnnounce(bob, mine, announceId, at, Status.Visibility.UNLISTED);
        assertEquals(announceId, boost.uri());
        assertEquals(Status.Visibility.UNLISTED, boost.visibility());
        assertEquals(at, boost.createdAt());
        assertEquals(boost, world.interactions.receiveAnnounce(bob, mine, announceId, at, Status.Visibility.PUBLIC));
        assertEquals(List.of(bob.id()), world.boosts.boosterIds(mine.id(), 10));
        Account eve = world.remote("eve", "evil.example");
        assertThrows(RefusedActivityException.class,
                () -> world.interactions.receiveAnnounce(eve, mine, announceId, at, Status.Visibility.PUBLIC),
                "an Announce id already naming bob's boost");
        assertFalse(world.interactions.receiveUndoAnnounce(eve, announceId));
        assertTrue(world.interactions.receiveUndoAnnounce(bob, announceId));
        assertEquals(List.of(), world.boosts.boosterIds(mine.id(), 10));
    }
}
