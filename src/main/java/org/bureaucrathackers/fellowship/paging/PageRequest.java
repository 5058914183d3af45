package org.bureaucrathackers.fellowship.paging;

/**
 * One page of a newest-first list, addressed by id cursors as Mastodon does: items strictly older than
 * {@code maxId}; with {@code minId}, the items just newer than it (the page right after, still returned newest
 * first); with {@code sinceId}, the newest items strictly newer than it. {@code maxId} may be combined with
 * either lower bound; no cursor means the newest page.
 */
public record PageRequest(Long maxId, Long minId, Long sinceId, int limit) {

    public static final int MAX_LIMIT = 200;

    public PageRequest {
        if (minId != null && sinceId != null) {
            throw new IllegalArgumentException("a page has either min_id or since_id, not both");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("page size must be 1 to " + MAX_LIMIT);
        }
    }

    public PageRequest(Long maxId, Long minId, int limit) {
        this(maxId, minId, null, limit);
    }

    public static PageRequest newest(int limit) {
        return new PageRequest(null, null, null, limit);
    }

    public static PageRequest olderThan(long maxId, int limit) {
        return new PageRequest(maxId, null, null, limit);
    }

    public static PageRequest newerThan(long minId, int limit) {
        return new PageRequest(null, minId, null, limit);
    }
}
