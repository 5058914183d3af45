package org.bureaucrathackers.fellowship.inbox;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Deduplication of received activities and the durable queue of their processing. */
public interface InboxStore {

    /** Records the id as seen; false when it had been seen already (the caller acknowledges and drops it). */
    boolean markSeen(String activityId, Instant now);

    void enqueue(InboxJob job, Instant now);

    /**
     * Claims up to {@code limit} due jobs for node {@code owner} for {@code lease}; a crashed node's jobs come back
     * when it starts again ({@link #releaseLeasesOf}) or, on another node, when the lease expires.
     */
    List<InboxJob> claimDue(String owner, Instant now, Duration lease, int limit);

    /** Hands back a claimed job that was not started, as if it had not been claimed. */
    void release(long jobId);

    /** Ends every lease node {@code owner} holds on pending jobs; returns how many. */
    int releaseLeasesOf(String owner);

    void complete(long jobId, Instant now);

    void retryLater(long jobId, Instant nextAttempt, String error);

    void fail(long jobId, String error, Instant now);

    /** Forgets seen ids received before {@code cutoff}; returns how many. */
    int forgetSeenBefore(Instant cutoff);

    /** Finished jobs older than {@code cutoff} are removed; returns how many. */
    int purgeFinishedBefore(Instant cutoff);
}
