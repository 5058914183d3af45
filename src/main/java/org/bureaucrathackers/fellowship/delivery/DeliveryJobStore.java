package org.bureaucrathackers.fellowship.delivery;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Persistence of delivery jobs. Every call joins the thread's current transaction. A job is claimed by
 * setting its lease and a token in one conditional UPDATE; only the holder of the token may then record the
 * outcome, so a job is attempted by one worker at a time and a lost lease cannot overwrite a newer claim.
 */
public interface DeliveryJobStore {

    /**
     * Inserts pending jobs, skipping any whose (activity id, inbox url) is already queued.
     *
     * @return how many were inserted
     */
    int insertNew(List<DeliveryJob> jobs);

    /**
     * Pending jobs due at {@code now} and not under a live lease, oldest due first, leaving out jobs for
     * {@code busyHosts} and for hosts that are unavailable and were probed at or after {@code probeBefore}.
     */
    List<DueJob> findDue(Instant now, Instant probeBefore, Collection<String> busyHosts, int limit);

    /**
     * Leases a due, unleased pending job to {@code leaseToken} held by node {@code owner} and counts the attempt;
     * false if another has it.
     */
    boolean claim(long id, long leaseToken, String owner, Instant now, Instant leaseUntil);

    /**
     * Ends every lease node {@code owner} holds on pending jobs, live or not, so they are due again at once: the
     * node starts after a crash, or hands back what it could not finish before stopping.
     *
     * @return how many jobs were handed back
     */
    int releaseLeasesOf(String owner);

    /** Finishes a job held under {@code leaseToken}; false if the lease was lost. */
    boolean finish(long id, long leaseToken, DeliveryState state, Integer status, String error, Instant now);

    /** Releases a job held under {@code leaseToken} for another attempt at {@code nextAttemptAt}. */
    boolean reschedule(long id, long leaseToken, Instant nextAttemptAt, Integer status, String error);

    Optional<DeliveryJob> find(long id);

    /** The jobs of one activity, by inbox url. */
    List<DeliveryJob> findByActivity(String activityId);

    /** Fails unleased pending jobs created before {@code cutoff} (stuck behind an unavailable host). */
    int expirePendingCreatedBefore(Instant cutoff, String reason, Instant now);

    /** Deletes at most {@code limit} finished jobs that finished before {@code cutoff}. */
    int deleteFinishedBefore(Instant cutoff, int limit);

    /** Counts pending jobs as of {@code now} and the jobs that finished at or after {@code finishedSince}. */
    QueueCounts countQueue(Instant now, Instant finishedSince);

    /** For each of {@code hosts} that has jobs: its pending jobs and the last error recorded on its jobs. */
    Map<String, HostBacklog> backlogOf(Collection<String> hosts);
}
