package org.bureaucrathackers.fellowship.post;

import java.time.Instant;

/** {@code accountId} keeps {@code statusId} to read later; nobody else sees it. */
public record Bookmark(long id, long accountId, long statusId, Instant createdAt) {
}
