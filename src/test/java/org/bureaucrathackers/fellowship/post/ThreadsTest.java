package org.bureaucrathackers.fellowship.post;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.paging.PageRequest;
import org.bureaucrathackers.fellowship.testing.SocialFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Threads are bounded in every direction, and the other small services keep their limits. */
class ThreadsTest {

    @TempDir
    Path tempDir;
    SocialFixture world;
    Account alice;
    Threads threads;

    @BeforeEach
    void open() {
        world = new SocialFixture(tempDir);
        alice = world.local("alice");
        threads = new Threads(world.statuses, world.timelines);
    }

    @AfterEach
    void close() {
        world.close();
    }

    private Status reply(Status parent, String text) {
        return world.posts.post(alice, new NewPost(text, null, parent.uri(), null, null));
    }

    private static List<Long> ids(List<Status> statuses) {
        return statuses.stream().map(Status::id).toList();
    }

    @Test
    void ancestors_stop_at_the_forty_nearest_oldest_first() {
        List<Status> chain = new ArrayList<>();
        chain.add(world.posts.post(alice, NewPost.publicText("root")));
        for (int i = 1; i <= 45; i++) {
            chain.add(reply(chain.get(i - 1), "reply " + i));
        }

        Threads.Context context = threads.of(chain.get(45), Optional.empty());

        assertEquals(ids(chain.subList(5, 45)), ids(context.ancestors()));
        assertEquals(Threads.MAX_ANCESTORS, context.ancestors().size());
    }

    @Test
    void descendants_stop_at_the_depth_limit_in_reading_order() {
        Status root = world.posts.post(alice, NewPost.publicText("root"));
        List<Status> chain = new ArrayList<>();
        Status parent = root;
        for (int i = 0; i < 25; i++) {
            parent = reply(parent, "deep " + i);
            chain.add(parent);
        }
        Status sibling = reply(root, "sibling");

        List<Status> descendants = threads.of(root, Optional.of(alice)).descendants();

        List<Long> expected = new ArrayList<>(ids(chain.subList(0, Threads.MAX_DEPTH)));
        expected.add(sibling.id());
        assertEquals(expected, ids(descendants));
    }

    @Test
    void descendants_stop_at_the_count_limit_oldest_first() {
        Status root = world.posts.post(alice, NewPost.publicText("root"));
        List<Status> replies = new ArrayList<>();
        for (int i = 0; i < Threads.MAX_DESCENDANTS + 5; i++) {
            replies.add(reply(root, "reply " + i));
        }

        assertEquals(ids(replies.subList(0, Threads.MAX_DESCENDANTS)),
                ids(threads.of(root, Optional.empty()).descendants()));
    }

    @Test
    void hashtag_lists_refuse_more_than_ten_names_per_kind() {
        Timelines timelines = new Timelines(world.timelines);
        List<String> eleven = Collections.nCopies(Timelines.MAX_TAGS + 1, "tag");

        assertThrows(InvalidPostException.class, () -> timelines.tagged(Optional.empty(), "civic", List.of(), List.of(),
                eleven, PublicTimeline.Origin.ALL, false, PageRequest.newest(20)));
    }
}
