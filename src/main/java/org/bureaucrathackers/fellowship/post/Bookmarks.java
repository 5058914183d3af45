package org.bureaucrathackers.fellowship.post;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.ids.Ids;
import org.bureaucrathackers.fellowship.paging.PageRequest;
import org.bureaucrathackers.fellowship.paging.Slice;

/**
 * A fellow's private reading list. Only statuses the fellow can see are bookmarked (a boost stands for
 * its original); doing it twice changes nothing. Bookmarks never federate.
 */
public final class Bookmarks {

    private final BookmarkStore store;
    private final StatusStore statuses;
    private final StatusAccess access;
    private final Ids ids;
    private final Clock clock;

    public Bookmarks(BookmarkStore store, StatusStore statuses, StatusAccess access, Ids ids, Clock clock) {
        this.store = store;
        this.statuses = statuses;
        this.access = access;
        this.ids = ids;
        this.clock = clock;
    }

    /** Bookmarks {@code status} (or the original it boosts) and returns what was bookmarked. */
    public Status bookmark(Account fellow, Status status) {
        Status target = original(status);
        if (!access.canSee(fellow, target)) {
            throw new InvalidPostException("there is no post " + target.id() + " to bookmark");
        }
        store.insert(new Bookmark(ids.next(), fellow.id(), target.id(),
                clock.instant().truncatedTo(ChronoUnit.MILLIS)));
        return target;
    }

    /** Removes the bookmark if there is one and returns the status it was about. */
    public Status unbookmark(Account fellow, Status status) {
        Status target = original(status);
        store.find(fellow.id(), target.id()).ifPresent(b -> store.delete(b.id()));
        return target;
    }

    /** The fellow's bookmarks, newest bookmark first. */
    public Slice<Bookmark> of(Account fellow, PageRequest page) {
        return store.byAccount(fellow.id(), page);
    }

    private Status original(Status status) {
        if (!status.isBoost()) {
            return status;
        }
        return statuses.findById(status.reblogOfId())
                .orElseThrow(() -> new InvalidPostException("the boosted post is gone"));
    }
}
