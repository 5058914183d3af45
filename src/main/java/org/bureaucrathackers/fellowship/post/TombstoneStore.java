package org.bureaucrathackers.fellowship.post;

import java.time.Instant;
import java.util.Optional;

/** Remembers deleted objects, so their ids answer 410 and a late or replayed Create cannot revive them. */
public interface TombstoneStore {

    /** Remembers that {@code actorUri} deleted {@code uri}; remembering it again changes nothing. */
    void remember(String uri, String actorUri, Instant deletedAt);

    /** When {@code uri} was deleted, if it was. */
    Optional<Instant> deletedAt(String uri);
}
