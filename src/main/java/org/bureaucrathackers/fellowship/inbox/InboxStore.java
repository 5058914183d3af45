package org.bureaucrathackers.fellowship.inbox;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Deduplication of received activities and the durable queue of their processing. */
public interface InboxStore {

    /** Records the id as seen; false when it had been seen already (the caller acknowledges and drops it). */
    boolean markSeen(String activityId, Instant now);

    void enqueue(InboxJob job, Instant now);

    /** Claims up to {@code limit} due jobs for {@code lease}; a crashed worker's jobs come back after it. */
    List<InboxJob> claimDue(Instant now, Duration lease, int limit);

    void complete(long jobId, Instant now);

    void retryLater(long jobId, Instant nextAttempt, String error);

    void fail(long jobId, String error, Instant now);

    /** Forgets seen ids received before {@code cutoff}; returns how many. */
    int forgetSeenBefore(Instant cutoff);

    /** Finished jobs older than {@code cutoff} are removed; returns how many. */
    int purgeFinishedBefore(Instant cutoff);
}
