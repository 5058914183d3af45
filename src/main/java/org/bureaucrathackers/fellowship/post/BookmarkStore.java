package org.bureaucrathackers.fellowship.post;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import org.bureaucrathackers.fellowship.paging.PageRequest;
import org.bureaucrathackers.fellowship.paging.Slice;

/** Bookmarks of local fellows. */
public interface BookmarkStore {

    /** Inserts the bookmark unless the pair already exists; returns whether a row was added. */
    boolean insert(Bookmark bookmark);

    Optional<Bookmark> find(long accountId, long statusId);

    void delete(long bookmarkId);

    /** Of {@code statusIds}, those {@code accountId} bookmarked. */
    Set<Long> bookmarkedAmong(long accountId, Collection<Long> statusIds);

    /** The bookmarks of {@code accountId}, newest bookmark first. */
    Slice<Bookmark> byAccount(long accountId, PageRequest page);
}
