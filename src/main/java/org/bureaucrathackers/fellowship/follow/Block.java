package org.bureaucrathackers.fellowship.follow;

import java.time.Instant;

/** {@code accountId} blocks {@code targetId}; {@code uri} is the Block activity's id (may be null). */
public record Block(long id, long accountId, long targetId, String uri, Instant createdAt) {
}
