package org.bureaucrathackers.fellowship.store;

import static org.bureaucrathackers.fellowship.store.schema.Tables.INBOX_JOB;
import static org.bureaucrathackers.fellowship.store.schema.Tables.INBOX_SEEN;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bureaucrathackers.fellowship.inbox.InboxJob;
import org.bureaucrathackers.fellowship.inbox.InboxStore;
import org.jooq.DSLContext;

public final class JooqInboxStore implements InboxStore {

    private static final String PENDING = "pending";
    private static final String DONE = "done";
    private static final String FAILED = "failed";
    private static final int MAX_ERROR = 1000;

    private final Database db;

    public JooqInboxStore(Database db) {
        this.db = db;
    }

    @Override
    public boolean markSeen(String activityId, Instant now) {
        return db.dsl().insertInto(INBOX_SEEN)
                .set(INBOX_SEEN.ACTIVITY_ID, activityId)
                .set(INBOX_SEEN.RECEIVED_AT, Times.time(now))
                .onConflictDoNothing()
                .execute() == 1;
    }

    @Override
    public void enqueue(InboxJob job, Instant now) {
        db.dsl().insertInto(INBOX_JOB)
                .set(INBOX_JOB.ID, job.id())
                .set(INBOX_JOB.ACTIVITY_ID, job.activityId())
                .set(INBOX_JOB.SIGNER_ACTOR_URI, job.signerActorUri())
                .set(INBOX_JOB.TRUST_EMBEDDED, job.trustEmbeddedObject())
                .set(INBOX_JOB.BODY, job.body())
                .set(INBOX_JOB.STATE, PENDING)
                .set(INBOX_JOB.ATTEMPTS, 0)
                .set(INBOX_JOB.NEXT_ATTEMPT_AT, Times.time(now))
                .set(INBOX_JOB.CREATED_AT, Times.time(now))
                .execute();
    }

    @Override
    public List<InboxJob> claimDue(String owner, Instant now, Duration lease, int limit) {
        DSLContext dsl = db.dsl();
        var due = INBOX_JOB.STATE.eq(PENDING)
                .and(INBOX_JOB.NEXT_ATTEMPT_AT.le(Times.time(now)))
                .and(INBOX_JOB.LEASE_UNTIL.isNull().or(INBOX_JOB.LEASE_UNTIL.lt(Times.time(now))));
        List<Long> candidates = dsl.select(INBOX_JOB.ID).from(INBOX_JOB).where(due)
                .orderBy(INBOX_JOB.NEXT_ATTEMPT_AT.asc(), INBOX_JOB.ID.asc()).limit(limit)
                .fetch(INBOX_JOB.ID);
        List<InboxJob> claimed = new ArrayList<>();
        for (Long id : candidates) {
            // The state and lease test in the same UPDATE makes the claim exclusive between workers and nodes.
            int updated = dsl.update(INBOX_JOB)
                    .set(INBOX_JOB.LEASE_UNTIL, Times.time(now.plus(lease)))
                    .set(INBOX_JOB.LEASE_OWNER, owner)
                    .set(INBOX_JOB.ATTEMPTS, INBOX_JOB.ATTEMPTS.plus(1))
                    .where(INBOX_JOB.ID.eq(id)).and(due)
                    .execute();
            if (updated == 1) {
                dsl.selectFrom(INBOX_JOB).where(INBOX_JOB.ID.eq(id)).fetchOptional()
                        .ifPresent(r -> claimed.add(new InboxJob(r.getId(), r.getActivityId(), r.getSignerActorUri(),
                                r.getTrustEmbedded(), r.getBody(), r.getAttempts(),
                                Times.instant(r.getCreatedAt()))));
            }
        }
        return claimed;
    }

    @Override
    public void release(long jobId) {
        db.dsl().update(INBOX_JOB)
                .set(INBOX_JOB.LEASE_UNTIL, (java.time.OffsetDateTime) null)
                .set(INBOX_JOB.LEASE_OWNER, (String) null)
                .set(INBOX_JOB.ATTEMPTS, INBOX_JOB.ATTEMPTS.minus(1))
                .where(INBOX_JOB.ID.eq(jobId)).and(INBOX_JOB.STATE.eq(PENDING))
                .and(INBOX_JOB.LEASE_UNTIL.isNotNull())
                .execute();
    }

    @Override
    public int releaseLeasesOf(String owner) {
        return db.dsl().update(INBOX_JOB)
                .set(INBOX_JOB.LEASE_UNTIL, (java.time.OffsetDateTime) null)
                .set(INBOX_JOB.LEASE_OWNER, (String) null)
                .where(INBOX_JOB.LEASE_OWNER.eq(owner)).and(INBOX_JOB.STATE.eq(PENDING))
                .and(INBOX_JOB.LEASE_UNTIL.isNotNull())
                .execute();
    }

    @Override
    public void complete(long jobId, Instant now) {
        db.dsl().update(INBOX_JOB)
                .set(INBOX_JOB.STATE, DONE)
                .set(INBOX_JOB.FINISHED_AT, Times.time(now))
                .set(INBOX_JOB.LEASE_UNTIL, (java.time.OffsetDateTime) null)
                .set(INBOX_JOB.LEASE_OWNER, (String) null)
                .where(INBOX_JOB.ID.eq(jobId)).execute();
    }

    @Override
    public void retryLater(long jobId, Instant nextAttempt, String error) {
        db.dsl().update(INBOX_JOB)
                .set(INBOX_JOB.NEXT_ATTEMPT_AT, Times.time(nextAttempt))
                .set(INBOX_JOB.LEASE_UNTIL, (java.time.OffsetDateTime) null)
                .set(INBOX_JOB.LEASE_OWNER, (String) null)
                .set(INBOX_JOB.LAST_ERROR, bounded(error))
                .where(INBOX_JOB.ID.eq(jobId)).execute();
    }

    @Override
    public void fail(long jobId, String error, Instant now) {
        db.dsl().update(INBOX_JOB)
                .set(INBOX_JOB.STATE, FAILED)
                .set(INBOX_JOB.FINISHED_AT, Times.time(now))
                .set(INBOX_JOB.LEASE_UNTIL, (java.time.OffsetDateTime) null)
                .set(INBOX_JOB.LEASE_OWNER, (String) null)
                .set(INBOX_JOB.LAST_ERROR, bounded(error))
                .where(INBOX_JOB.ID.eq(jobId)).execute();
    }

    @Override
    public int forgetSeenBefore(Instant cutoff) {
        return db.dsl().deleteFrom(INBOX_SEEN).where(INBOX_SEEN.RECEIVED_AT.lt(Times.time(cutoff))).execute();
    }

    @Override
    public int purgeFinishedBefore(Instant cutoff) {
        return db.dsl().deleteFrom(INBOX_JOB)
                .where(INBOX_JOB.STATE.in(DONE, FAILED))
                .and(INBOX_JOB.FINISHED_AT.lt(Times.time(cutoff))).execute();
    }

    private static String bounded(String error) {
        if (error == null) {
            return null;
        }
        return error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR);
    }
}
