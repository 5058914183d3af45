package org.bureaucrathackers.fellowship.post;

import java.time.Instant;

/** {@code accountId} likes {@code statusId}; {@code uri} is the Like activity's id. */
public record Favourite(long id, long accountId, long statusId, String uri, Instant createdAt) {
}
