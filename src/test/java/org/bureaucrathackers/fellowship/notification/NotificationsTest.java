package org.bureaucrathackers.fellowship.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.follow.FollowOptions;
import org.bureaucrathackers.fellowship.json.Json;
import org.bureaucrathackers.fellowship.paging.PageRequest;
import org.bureaucrathackers.fellowship.post.Addressing;
import org.bureaucrathackers.fellowship.post.NewPost;
import org.bureaucrathackers.fellowship.post.PostEdit;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.testing.SocialFixture;
import org.bureaucrathackers.fellowship.testing.TestDatabases;
import org.bureaucrathackers.fellowship.vocab.NoteReader;
import org.bureaucrathackers.fellowship.vocab.RefusedDocumentException;
import org.bureaucrathackers.fellowship.vocab.RemoteNote;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each cause notifies the local fellow it concerns, once, in its own transaction; undoing the cause takes the
 * notification back; nobody hears of their own actions or of accounts they block.
 */
class NotificationsTest {

    @TempDir
    Path tempDir;

    static Stream<TestDatabases.Kind> databases() {
        return TestDatabases.available().stream();
    }

    /** What {@code fellow} sees, newest first, as "type from-username [status id]". */
    private static List<String> seen(SocialFixture world, Account fellow) {
        return world.notifications.list(fellow, NotificationFilter.ALL, PageRequest.newest(40)).items().stream()
                .map(n -> n.type().wire() + " " + world.accounts.findById(n.fromAccountId()).orElseThrow().username()
                        + (n.statusId() == null ? "" : " " + n.statusId()))
                .toList();
    }

    private static void withWorld(TestDatabases.Kind kind, Path tempDir, Consumer<SocialFixture> test) {
        try (SocialFixture world = new SocialFixture(kind, tempDir)) {
            test.accept(world);
        } finally {
            kind.cleanUp();
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("databases")
    void following_an_unlocked_fellow_notifies_them_and_unfollowing_takes_it_back(TestDatabases.Kind kind) {
        withWorld(kind, tempDir, world -> {
            Account alice = world.local("alice");
            Account bob = world.local("bob");

            world.followService.follow(alice, bob);
            world.followService.follow(alice, bob);
            assertEquals(List.of("follow alice"), seen(world, bob));
            assertEquals(List.of(), seen(world, alice), "the follower is told nothing");

            world.followService.unfollow(alice, bob);
            assertEquals(List.of(), seen(world, bob));
        });
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("databases")
    void a_request_to_a_locked_fellow_becomes_a_follow_notification_when_approved(TestDatabases.Kind kind) {
        withWorld(kind, tempDir, world -> {
            Account alice = world.local("alice");
            Account carol = world.local("carol");
            Account locked = world.local("bob", true);

            world.followService.follow(alice, locked);
            world.followService.follow(carol, locked);
            assertEquals(List.of("follow_request carol", "follow_request alice"), seen(world, locked));

            world.followService.approve(locked, alice);
            world.followService.reject(locked, carol);
            assertEquals(List.of("follow alice"), seen(world, locked));
        });
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("databases")
    void a_remote_follower_notifies_once_and_its_undo_takes_it_back(TestDatabases.Kind kind) {
        withWorld(kind, tempDir, world -> {
            Account bob = world.local("bob");
            Account zed = world.remote("zed", "social.example");

            world.receivedFollows.receiveFollow(zed, bob, zed.uri() + "#follows/1");
            world.notifications.clear(bob);
            world.receivedFollows.receiveFollow(zed, bob, zed.uri() + "#follows/2");
            assertEquals(List.of(), seen(world, bob), "a repeated Follow is not news, even after a clear");

            world.receivedFollows.receiveUndoFollow(zed, bob);
            world.receivedFollows.receiveFollow(zed, bob, zed.uri() + "#follows/3");
            assertEquals(List.of("follow zed"), seen(world, bob));
            world.receivedFollows.receiveUndoFollow(zed, zed.uri() + "#follows/3");
            assertEquals(List.of(), seen(world, bob));
        });
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("databases")
    void likes_from_here_and_from_elsewhere_notify_the_author_until_undone_but_self_likes_do_not(
            TestDatabases.Kind kind) {
        withWorld(kind, tempDir, world -> {
            Account bob = world.local("bob");
            Account alice = world.local("alice");
            Account zed = world.remote("zed", "social.example");
            Status post = world.posts.post(bob, NewPost.publicText("Minutes"));

            world.interactions.like(bob, post);
            world.interactions.like(alice, post);
            world.interactions.receiveLike(zed, post, zed.uri() + "#likes/1");
            world.interactions.receiveLike(zed, post, zed.uri() + "#likes/1");
            assertEquals(List.of("favourite zed " + post.id(), "favourite alice " + post.id()), seen(world, bob));

            world.interactions.unlike(alice, post);
            world.interactions.receiveUndoLike(zed, zed.uri() + "#likes/1", null);
            assertEquals(List.of(), seen(world, bob));
        });
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("databases")
    void boosts_notify_with_the_original_status_until_undone(TestDatabases.Kind kind) {
        withWorld(kind, tempDir, world -> {
            Account bob = world.local("bob");
            Account alice = world.local("alice");
            Account zed = world.remote("zed", "social.example");
            Status post = world.posts.post(bob, NewPost.publicText("Minutes"));

            Status boost = world.interactions.boost(alice, post);
            world.interactions.boost(bob, post);
            String announce = zed.uri() + "/statuses/9/activity";
            world.interactions.receiveAnnounce(zed, post, announce, null, Status.Visibility.PUBLIC);
            assertEquals(List.of("reblog zed " + post.id(), "reblog alice " + post.id()), seen(world, bob));

            world.interactions.boost(alice, boost);
            assertEquals(2, seen(world, bob).size(), "boosting the boost is boosting the post again: nothing new");

            world.interactions.unboost(alice, post);
            world.interactions.receiveUndoAnnounce(zed, announce);
            assertEquals(List.of(), seen(world, bob));
        });
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("databases")
    void mentions_in_local_posts_notify_the_mentioned_fellows_but_not_the_author(TestDatabases.Kind kind) {
        withWorld(kind, tempDir, world -> {
            Account alice = world.local("alice");
            Account bob = world.local("bob");
            world.remote("zed", "social.example");

            Status post = world.posts.post(alice, NewPost.publicText("Thanks @bob and @alice and @zed@social.example"));
            assertEquals(List.of("mention alice " + post.id()), seen(world, bob));
            assertEquals(List.of(), seen(world, alice));

            Status reply = world.posts.post(bob, new NewPost("Agreed", Status.Visibility.PUBLIC, post.uri(), null,
                    null));
            assertEquals(List.of("mention bob " + reply.id()), seen(world, alice), "a reply reaches the author");

            world.posts.delete(alice, post.id());
            assertEquals(List.of(), seen(world, bob), "a deleted post takes its notifications with it");
        });
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("databases")
    void a_remote_post_mentioning_a_fellow_notifies_them_once(TestDatabases.Kind kind) {
        withWorld(kind, tempDir, world -> {
            Account bob = world.local("bob");
            Account zed = world.remote("zed", "social.example");
            ObjectNode note = note(zed, zed.uri() + "/statuses/1", "<p>Hello @bob</p>", bob);

            Status status = world.remoteNotes.create(zed, read(note));
            world.remoteNotes.create(zed, read(note));
            assertEquals(List.of("mention zed " + status.id()), seen(world, bob));

            world.remoteNotes.delete(zed, status.uri());
            assertEquals(List.of(), seen(world, bob));
        });
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("databases")
    void edits_notify_those_who_boosted_or_liked_once_per_status_with_the_latest_edit_on_top(TestDatabases.Kind kind) {
        withWorld(kind, tempDir, world -> {
            Account bob = world.local("bob");
            Account alice = world.local("alice");
            Account carol = world.local("carol");
            Account zed = world.remote("zed", "social.example");
            Status post = world.posts.post(bob, NewPost.publicText("Draft"));
            world.interactions.like(alice, post);
            world.interactions.boost(carol, post);
            world.interactions.like(bob, post);

            world.posts.edit(bob, post.id(), new PostEdit("Final", null, null));
            long first = world.notifications.list(alice, NotificationFilter.ALL, PageRequest.newest(1)).items().get(0)
                    .id();
            world.clock.advance(Duration.ofSeconds(2));
            world.posts.edit(bob, post.id(), new PostEdit("Final, really", null, null));
            assertEquals(List.of("update bob " + post.id()), seen(world, alice));
            assertEquals(List.of("update bob " + post.id()), seen(world, carol));
            assertNotEquals(first, world.notifications.list(alice, NotificationFilter.ALL, PageRequest.newest(1))
                    .items().get(0).id(), "the newer edit is a fresh notification");
            assertTrue(seen(world, bob).stream().noneMatch(s -> s.startsWith("update")), "the author is not told");

            Status remotePost = world.remoteNotes.create(zed, read(note(zed, zed.uri() + "/statuses/2", "<p>v1</p>")));
            world.interactions.like(alice, remotePost);
            ObjectNode edited = note(zed, zed.uri() + "/statuses/2", "<p>v2</p>");
            edited.put("updated", "2026-03-01T10:00:00Z");
            world.remoteNotes.update(zed, read(edited));
            assertEquals("update zed " + remotePost.id(), seen(world, alice).get(0));
        });
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("databases")
    void nothing_comes_from_a_blocked_account_and_blocking_clears_what_came_before(TestDatabases.Kind kind) {
        withWorld(kind, tempDir, world -> {
            Account bob = world.local("bob");
            Account alice = world.local("alice");
            Account zed = world.remote("zed", "social.example");
            Status post = world.posts.post(bob, NewPost.publicText("Minutes"));
            world.interactions.like(alice, post);
            world.interactions.receiveLike(zed, post, zed.uri() + "#likes/1");

            world.blockService.block(bob, alice);
            assertEquals(List.of("favourite zed " + post.id()), seen(world, bob));

            world.blockService.receiveBlock(zed, bob, zed.uri() + "#blocks/1");
            world.remoteNotes.create(zed, read(note(zed, zed.uri() + "/statuses/3", "<p>@bob</p>", bob)));
            world.receivedFollows.receiveFollow(zed, bob, zed.uri() + "#follows/1");
            assertEquals(List.of("favourite zed " + post.id()), seen(world, bob),
                    "a block either way silences the account");
        });
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("databases")
    void fellows_who_asked_to_hear_of_each_post_are_told_of_posts_but_not_of_replies_to_others_or_direct_ones(
            TestDatabases.Kind kind) {
        withWorld(kind, tempDir, world -> {
            Account alice = world.local("alice");
            Account bob = world.local("bob");
            Account carol = world.local("carol");
            Account zed = world.remote("zed", "social.example");
            world.followService.follow(bob, alice, new FollowOptions(true, true, List.of()));
            world.followService.follow(carol, alice);
            world.followService.follow(bob, zed, new FollowOptions(true, true, List.of()));
            world.receivedFollows.receiveAccept(zed, null, bob);

            Status post = world.posts.post(alice, NewPost.publicText("New guidance is out"));
            Status followersOnly = world.posts.post(alice, new NewPost("Draft for followers",
                    Status.Visibility.PRIVATE, null, null, null));
            Status thread = world.posts.post(alice, new NewPost("More", Status.Visibility.PUBLIC, post.uri(), null,
                    null));
            world.posts.post(alice, new NewPost("Aside", Status.Visibility.DIRECT, null, null, null));
            Status otherPost = world.posts.post(carol, NewPost.publicText("Mine"));
            world.posts.post(alice, new NewPost("Replying", Status.Visibility.PUBLIC, otherPost.uri(), null, null));
            Status remote = world.remoteNotes.create(zed, read(note(zed, zed.uri() + "/statuses/5", "<p>Hi</p>")));

            assertEquals(List.of("status zed " + remote.id(), "status alice " + thread.id(),
                    "status alice " + followersOnly.id(), "status alice " + post.id()), seen(world, bob));
            assertEquals(List.of("follow bob", "follow carol").stream().sorted().toList(),
                    seen(world, alice).stream().sorted().toList());
            assertTrue(seen(world, carol).stream().noneMatch(s -> s.startsWith("status")), "carol did not ask");
        });
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("databases")
    void the_list_filters_by_type_and_account_and_pages_newest_first(TestDatabases.Kind kind) {
        withWorld(kind, tempDir, world -> {
            Account bob = world.local("bob");
            Account alice = world.local("alice");
            Account carol = world.local("carol");
            Status post = world.posts.post(bob, NewPost.publicText("Minutes"));
            world.followService.follow(alice, bob);
            world.interactions.like(alice, post);
            world.interactions.like(carol, post);
            world.posts.post(carol, NewPost.publicText("@bob look"));

            var types = new NotificationFilter(true, Set.of(NotificationType.FAVOURITE), Set.of(),
                    null);
            assertEquals(2, world.notifications.list(bob, types, PageRequest.newest(40)).items().size());
            var noFavourites = new NotificationFilter(false, Set.of(),
                    Set.of(NotificationType.FAVOURITE), null);
            assertEquals(List.of(NotificationType.MENTION, NotificationType.FOLLOW),
                    world.notifications.list(bob, noFavourites, PageRequest.newest(40)).items().stream()
                            .map(Notification::type).toList());
            var fromAlice = new NotificationFilter(false, Set.of(), Set.of(), alice.id());
            assertEquals(2, world.notifications.list(bob, fromAlice, PageRequest.newest(40)).items().size());
            var unknownOnly = new NotificationFilter(true, Set.of(), Set.of(), null);
            assertEquals(0, world.notifications.list(bob, unknownOnly, PageRequest.newest(40)).items().size());

            var first = world.notifications.list(bob, NotificationFilter.ALL, PageRequest.newest(3));
            assertEquals(3, first.items().size());
            assertTrue(first.hasOlder());
            var rest = world.notifications.list(bob, NotificationFilter.ALL,
                    PageRequest.olderThan(first.items().get(2).id(), 3));
            assertEquals(1, rest.items().size());
            assertEquals(NotificationType.FOLLOW, rest.items().get(0).type());

            long id = rest.items().get(0).id();
            assertTrue(world.notifications.find(alice, id).isEmpty(), "one fellow cannot read another's");
            assertEquals(false, world.notifications.dismiss(alice, id));
            assertEquals(true, world.notifications.dismiss(bob, id));
            world.notifications.clear(bob);
            assertEquals(List.of(), seen(world, bob));
        });
    }

    private static ObjectNode note(Account author, String id, String html, Account... mentioned) {
        ObjectNode note = Json.object();
        note.put("id", id);
        note.put("type", "Note");
        note.put("attributedTo", author.uri());
        note.put("content", html);
        note.putArray("to").add(Addressing.PUBLIC);
        note.put("published", "2026-03-01T08:00:00Z");
        for (Account account : mentioned) {
            ObjectNode tag = note.withArray("tag").addObject();
            tag.put("type", "Mention");
            tag.put("href", account.uri());
            note.withArray("cc").add(account.uri());
        }
        return note;
    }

    private static RemoteNote read(ObjectNode note) {
        try {
            return new NoteReader().read(note);
        } catch (RefusedDocumentException e) {
            throw new AssertionError(e.reason());
        }
    }
}
