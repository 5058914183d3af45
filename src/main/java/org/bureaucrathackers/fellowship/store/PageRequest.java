package org.bureaucrathackers.fellowship.store;

/**
 * One page of a newest-first list, addressed by id cursors: items older than {@code maxId}, or the items
 * just newer than {@code minId}; neither means the newest page. At most one cursor is set.
 */
public record PageRequest(Long maxId, Long minId, int limit) {

    public static final int MAX_LIMIT = 200;

    public PageRequest {
        if (maxId != null && minId != null) {
            throw new IllegalArgumentException("a page has either max_id or min_id, not both");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("page size must be 1 to " + MAX_LIMIT);
        }
    }

    public static PageRequest newest(int limit) {
        return new PageRequest(null, null, limit);
    }

    public static PageRequest olderThan(long maxId, int limit) {
        return new PageRequest(maxId, null, limit);
    }

    public static PageRequest newerThan(long minId, int limit) {
        return new PageRequest(null, minId, limit);
    }
}
