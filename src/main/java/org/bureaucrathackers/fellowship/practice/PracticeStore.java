package org.bureaucrathackers.fellowship.practice;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.bureaucrathackers.fellowship.paging.PageRequest;
import org.bureaucrathackers.fellowship.paging.Slice;

/**
 * Where practices are kept, one per status. Deleting the status deletes its practice, versions and lineage with
 * it. Lists hold practices on public or unlisted statuses only, newest first, paged by status id.
 */
public interface PracticeStore {

    /** Stores the practice of {@code row.statusId()}, replacing one stored before. */
    void save(PracticeRow row, PracticeIndex index);

    Optional<PracticeRow> find(long statusId);

    void remove(long statusId);

    Slice<PracticeRow> list(PracticeFilter filter, PageRequest page);

    /** Practices that name any of {@code originalUris} as what they were adapted from. */
    Slice<PracticeRow> adaptationsOf(Collection<String> originalUris, PageRequest page);

    void addVersion(long id, long statusId, Instant createdAt, String document);

    /** Earlier versions, newest first, at most {@code limit}. */
    List<PracticeVersion> versions(long statusId, int limit);
}
