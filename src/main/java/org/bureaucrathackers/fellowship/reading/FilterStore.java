package org.bureaucrathackers.fellowship.reading;

import java.util.List;
import java.util.Optional;

/** Keyword filters with their keywords. */
public interface FilterStore {

    /** Stores a new filter and its keywords. */
    void insert(ContentFilter filter);

    /** Replaces a filter's title, contexts, action and expiry, and its keywords with those given (ids kept). */
    void replace(ContentFilter filter);

    /** Removes a filter and its keywords. */
    void delete(long filterId);

    Optional<ContentFilter> find(long filterId);

    /** The owner's filters, oldest first, at most {@code limit}. */
    List<ContentFilter> ofOwner(long ownerId, int limit);

    long countOfOwner(long ownerId);
}
