package org.bureaucrathackers.fellowship.mastodon.oauth;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ScopesTest {

    @Test
    void a_top_level_scope_covers_its_granular_scopes() {
        assertTrue(Scopes.covers(Set.of("read"), "read:statuses"));
        assertTrue(Scopes.covers(Set.of("write"), "write:favourites"));
        assertFalse(Scopes.covers(Set.of("read"), "write:statuses"));
        assertFalse(Scopes.covers(Set.of("read:accounts"), "read:statuses"));
        assertFalse(Scopes.covers(Set.of("read:statuses"), "read"));
    }

    @Test
    void follow_stands_for_the_block_follow_and_mute_scopes() {
        assertTrue(Scopes.covers(Set.of("follow"), "write:follows"));
        assertTrue(Scopes.covers(Set.of("follow"), "read:mutes"));
        assertFalse(Scopes.covers(Set.of("follow"), "write:statuses"));
    }

    @Test
    void admin_scopes_nest_three_deep() {
        assertTrue(Scopes.covers(Set.of("admin:read"), "admin:read:accounts"));
        assertFalse(Scopes.covers(Set.of("read"), "admin:read:accounts"));
    }

    @Test
    void scope_lists_accept_spaces_and_pluses_and_refuse_unknown_scopes() {
        assertTrue(Scopes.parse("read+write follow").containsAll(Set.of("read", "write", "follow")));
        assertThrows(IllegalArgumentException.class, () -> Scopes.parse("read everything"));
    }
}
