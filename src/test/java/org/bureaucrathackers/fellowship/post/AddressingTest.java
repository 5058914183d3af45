package org.bureaucrathackers.fellowship.post;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** V1–V3: the to/cc table Mastodon emits, and how remote addressing is read back. */
class AddressingTest {

    static final String PUBLIC = "https://www.w3.org/ns/activitystreams#Public";
    static final String FOLLOWERS = "https://ministry.example/users/alice/followers";
    static final List<String> MENTIONED = List.of("https://mastodon.example/users/bob",
            "https://ministry.example/users/carol");

    @Test
    void public_posts_go_to_public_and_cc_followers_and_mentions() {
        Addressing.Audience audience = Addressing.of(Status.Visibility.PUBLIC, FOLLOWERS, MENTIONED);
        assertEquals(List.of(PUBLIC), audience.to());
        assertEquals(List.of(FOLLOWERS, MENTIONED.get(0), MENTIONED.get(1)), audience.cc());
    }

    @Test
    void unlisted_posts_go_to_followers_and_cc_public_and_mentions() {
        Addressing.Audience audience = Addressing.of(Status.Visibility.UNLISTED, FOLLOWERS, MENTIONED);
        assertEquals(List.of(FOLLOWERS), audience.to());
        assertEquals(List.of(PUBLIC, MENTIONED.get(0), MENTIONED.get(1)), audience.cc());
    }

    @Test
    void followers_only_posts_put_followers_in_to_and_never_public() {
        Addressing.Audience audience = Addressing.of(Status.Visibility.PRIVATE, FOLLOWERS, MENTIONED);
        assertEquals(List.of(FOLLOWERS), audience.to());
        assertEquals(MENTIONED, audience.cc());
    }

    @Test
    void direct_posts_go_to_the_mentioned_actors_only() {
        Addressing.Audience audience = Addressing.of(Status.Visibility.DIRECT, FOLLOWERS, MENTIONED);
        assertEquals(MENTIONED, audience.to());
        assertEquals(List.of(), audience.cc());
    }

    @Test
    void remote_addressing_reads_as_mastodon_reads_it() {
        String bobFollowers = "https://mastodon.example/users/bob/followers";
        assertEquals(Status.Visibility.PUBLIC, Addressing.visibilityOf(List.of(PUBLIC), List.of(bobFollowers), bobFollowers));
        assertEquals(Status.Visibility.UNLISTED, Addressing.visibilityOf(List.of(bobFollowers), List.of(PUBLIC), bobFollowers));
        assertEquals(Status.Visibility.PRIVATE, Addressing.visibilityOf(List.of(bobFollowers), List.of(), bobFollowers));
        // Followers only in cc is not followers-only for Mastodon: only the addressed actors see it.
        assertEquals(Status.Visibility.DIRECT, Addressing.visibilityOf(List.of(MENTIONED.get(1)), List.of(bobFollowers),
                bobFollowers));
        assertEquals(Status.Visibility.DIRECT, Addressing.visibilityOf(List.of(MENTIONED.get(1)), List.of(), bobFollowers));
    }

    @Test
    void the_public_collection_is_recognised_in_its_compacted_forms() {
        assertTrue(Addressing.isPublic(PUBLIC));
        assertTrue(Addressing.isPublic("as:Public"));
        assertTrue(Addressing.isPublic("Public"));
        assertFalse(Addressing.isPublic("https://www.w3.org/ns/activitystreams#public"));
        assertEquals(Status.Visibility.PUBLIC, Addressing.visibilityOf(List.of("as:Public"), List.of(), FOLLOWERS));
        assertEquals(Status.Visibility.UNLISTED, Addressing.visibilityOf(List.of(), List.of("Public"), FOLLOWERS));
    }
}
