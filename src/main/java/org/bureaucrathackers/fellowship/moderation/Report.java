package org.bureaucrathackers.fellowship.moderation;

import java.time.Instant;
import java.util.List;

/**
 * A report about {@code targetAccountId}, from a local fellow or received as a Flag (P5). {@code uri} is the
 * Flag's id when it came from another server.
 */
public record Report(long id, long reporterAccountId, long targetAccountId, List<String> statusUris, String comment,
                     String uri, Instant createdAt) {

    public static final int MAX_COMMENT = 5_000;
    public static final int MAX_STATUSES = 20;
    public static final int MAX_URI = 2_048;

    /** Cuts the comment at {@link #MAX_COMMENT} characters and keeps at most {@link #MAX_STATUSES} status URIs. */
    public Report {
        comment = comment == null ? "" : comment.length() <= MAX_COMMENT ? comment : comment.substring(0, MAX_COMMENT);
        statusUris = statusUris.stream()
                .filter(u -> u != null && !u.isBlank() && u.length() <= MAX_URI && u.indexOf('\n') < 0)
                .distinct()
                .limit(MAX_STATUSES)
                .toList();
    }
}
