package org.bureaucrathackers.fellowship.store;

import static org.bureaucrathackers.fellowship.store.Times.instant;
import static org.bureaucrathackers.fellowship.store.Times.time;
import static org.bureaucrathackers.fellowship.store.schema.Tables.DELIVERY_HOST;
import static org.bureaucrathackers.fellowship.store.schema.Tables.DELIVERY_JOB;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bureaucrathackers.fellowship.delivery.DeliveryJob;
import org.bureaucrathackers.fellowship.delivery.DeliveryJobStore;
import org.bureaucrathackers.fellowship.delivery.DeliveryState;
import org.bureaucrathackers.fellowship.delivery.DueJob;
import org.bureaucrathackers.fellowship.delivery.HostBacklog;
import org.bureaucrathackers.fellowship.delivery.QueueCounts;
import org.bureaucrathackers.fellowship.store.schema.tables.records.DeliveryJobRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record4;
import org.jooq.Table;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.jooq.impl.DSL;

public final class JooqDeliveryJobStore implements DeliveryJobStore {

    private static final String PENDING = DeliveryState.PENDING.stored();

    private final Database db;

    public JooqDeliveryJobStore(Database db) {
        this.db = db;
    }

    @Override
    public int insertNew(List<DeliveryJob> jobs) {
        DSLContext dsl = db.dsl();
        int inserted = 0;
        for (DeliveryJob job : jobs) {
            try {
                inserted += dsl.insertInto(DELIVERY_JOB)
                        .set(DELIVERY_JOB.ID, job.id())
                        .set(DELIVERY_JOB.SENDER_ACCOUNT_ID, job.senderAccountId())
                        .set(DELIVERY_JOB.ACTIVITY_ID, job.activityId())
                        .set(DELIVERY_JOB.INBOX_URL, job.inboxUrl())
                        .set(DELIVERY_JOB.INBOX_HOST, job.inboxHost())
                        .set(DELIVERY_JOB.BODY, job.body())
                        .set(DELIVERY_JOB.STATE, job.state().stored())
                        .set(DELIVERY_JOB.ATTEMPTS, job.attempts())
                        .set(DELIVERY_JOB.NEXT_ATTEMPT_AT, time(job.nextAttemptAt()))
                        .set(DELIVERY_JOB.CREATED_AT, time(job.createdAt()))
                        .onConflict(DELIVERY_JOB.ACTIVITY_ID, DELIVERY_JOB.INBOX_URL).doNothing()
                        .execute();
            } catch (IntegrityConstraintViolationException queuedMeanwhile) {
                // H2 emulates the conflict clause with a MERGE that a concurrent insert can pass; same meaning.
            }
        }
        return inserted;
    }

    @Override
    public List<DueJob> findDue(Instant now, Instant probeBefore, Collection<String> busyHosts, int limit) {
        Condition due = DELIVERY_JOB.STATE.eq(PENDING)
                .and(DELIVERY_JOB.NEXT_ATTEMPT_AT.le(time(now)))
                .and(unleased(now))
                .and(DELIVERY_HOST.UNAVAILABLE_SINCE.isNull()
                        .or(DELIVERY_HOST.LAST_PROBE_AT.isNull())
                        .or(DELIVERY_HOST.LAST_PROBE_AT.lt(time(probeBefore))));
        if (!busyHosts.isEmpty()) {
            due = due.and(DELIVERY_JOB.INBOX_HOST.notIn(busyHosts));
        }
        return db.dsl().select(DELIVERY_JOB.asterisk(), DELIVERY_HOST.UNAVAILABLE_SINCE)
                .from(DELIVERY_JOB)
                .leftJoin(DELIVERY_HOST).on(DELIVERY_HOST.HOST.eq(DELIVERY_JOB.INBOX_HOST))
                .where(due)
                .orderBy(DELIVERY_JOB.NEXT_ATTEMPT_AT.asc(), DELIVERY_JOB.ID.asc())
                .limit(limit)
                .fetch(r -> new DueJob(toJob(r.into(DELIVERY_JOB)), r.get(DELIVERY_HOST.UNAVAILABLE_SINCE) != null));
    }

    @Override
    public boolean claim(long id, long leaseToken, String owner, Instant now, Instant leaseUntil) {
        return db.dsl().update(DELIVERY_JOB)
                .set(DELIVERY_JOB.LEASE_UNTIL, time(leaseUntil))
                .set(DELIVERY_JOB.LEASE_TOKEN, leaseToken)
                .set(DELIVERY_JOB.LEASE_OWNER, owner)
                .set(DELIVERY_JOB.ATTEMPTS, DELIVERY_JOB.ATTEMPTS.plus(1))
                .where(DELIVERY_JOB.ID.eq(id))
                .and(DELIVERY_JOB.STATE.eq(PENDING))
                .and(DELIVERY_JOB.NEXT_ATTEMPT_AT.le(time(now)))
                .and(unleased(now))
                .execute() == 1;
    }

    @Override
    public int releaseLeasesOf(String owner) {
        return db.dsl().update(DELIVERY_JOB)
                .set(DELIVERY_JOB.LEASE_UNTIL, (java.time.OffsetDateTime) null)
                .set(DELIVERY_JOB.LEASE_TOKEN, (Long) null)
                .set(DELIVERY_JOB.LEASE_OWNER, (String) null)
                .where(DELIVERY_JOB.LEASE_OWNER.eq(owner))
                .and(DELIVERY_JOB.STATE.eq(PENDING))
                .and(DELIVERY_JOB.LEASE_UNTIL.isNotNull())
                .execute();
    }

    @Override
    public boolean finish(long id, long leaseToken, DeliveryState state, Integer status, String error, Instant now) {
        if (state == DeliveryState.PENDING) {
            throw new IllegalArgumentException("a finished job cannot be pending");
        }
        return db.dsl().update(DELIVERY_JOB)
                .set(DELIVERY_JOB.STATE, state.stored())
                .set(DELIVERY_JOB.FINISHED_AT, time(now))
                .set(DELIVERY_JOB.LEASE_UNTIL, (java.time.OffsetDateTime) null)
                .set(DELIVERY_JOB.LEASE_TOKEN, (Long) null)
                .set(DELIVERY_JOB.LEASE_OWNER, (String) null)
                .set(DELIVERY_JOB.LAST_STATUS, status)
                .set(DELIVERY_JOB.LAST_ERROR, error)
                .where(heldBy(id, leaseToken))
                .execute() == 1;
    }

    @Override
    public boolean reschedule(long id, long leaseToken, Instant nextAttemptAt, Integer status, String error) {
        return db.dsl().update(DELIVERY_JOB)
                .set(DELIVERY_JOB.NEXT_ATTEMPT_AT, time(nextAttemptAt))
                .set(DELIVERY_JOB.LEASE_UNTIL, (java.time.OffsetDateTime) null)
                .set(DELIVERY_JOB.LEASE_TOKEN, (Long) null)
                .set(DELIVERY_JOB.LEASE_OWNER, (String) null)
                .set(DELIVERY_JOB.LAST_STATUS, status)
                .set(DELIVERY_JOB.LAST_ERROR, error)
                .where(heldBy(id, leaseToken))
                .execute() == 1;
    }

    @Override
    public Optional<DeliveryJob> find(long id) {
        return db.dsl().selectFrom(DELIVERY_JOB).where(DELIVERY_JOB.ID.eq(id)).fetchOptional()
                .map(JooqDeliveryJobStore::toJob);
    }

    @Override
    public List<DeliveryJob> findByActivity(String activityId) {
        return db.dsl().selectFrom(DELIVERY_JOB).where(DELIVERY_JOB.ACTIVITY_ID.eq(activityId))
                .orderBy(DELIVERY_JOB.INBOX_URL.asc())
                .fetch(JooqDeliveryJobStore::toJob);
    }

    @Override
    public int expirePendingCreatedBefore(Instant cutoff, String reason, Instant now) {
        return db.dsl().update(DELIVERY_JOB)
                .set(DELIVERY_JOB.STATE, DeliveryState.FAILED.stored())
                .set(DELIVERY_JOB.FINISHED_AT, time(now))
                .set(DELIVERY_JOB.LAST_ERROR, reason)
                .where(DELIVERY_JOB.STATE.eq(PENDING))
                .and(DELIVERY_JOB.CREATED_AT.lt(time(cutoff)))
                .and(unleased(now))
                .execute();
    }

    @Override
    public int deleteFinishedBefore(Instant cutoff, int limit) {
        DSLContext dsl = db.dsl();
        List<Long> ids = dsl.select(DELIVERY_JOB.ID).from(DELIVERY_JOB)
                .where(DELIVERY_JOB.STATE.ne(PENDING))
                .and(DELIVERY_JOB.FINISHED_AT.lt(time(cutoff)))
                .orderBy(DELIVERY_JOB.FINISHED_AT.asc())
                .limit(limit)
                .fetch(DELIVERY_JOB.ID);
        return ids.isEmpty() ? 0 : dsl.deleteFrom(DELIVERY_JOB).where(DELIVERY_JOB.ID.in(ids)).execute();
    }

    @Override
    public QueueCounts countQueue(Instant now, Instant finishedSince) {
        DSLContext dsl = db.dsl();
        Condition unleased = unleased(now);
        Condition due = DELIVERY_JOB.NEXT_ATTEMPT_AT.le(time(now));
        // "Leased" is the negation of unleased(), so the three pending counts add up to all pending jobs.
        Record4<Integer, Integer, Integer, OffsetDateTime> pending = dsl.select(
                        DSL.count().filterWhere(unleased.and(due)),
                        DSL.count().filterWhere(unleased.and(due.not())),
                        DSL.count().filterWhere(unleased.not()),
                        DSL.min(DELIVERY_JOB.CREATED_AT))
                .from(DELIVERY_JOB)
                .where(DELIVERY_JOB.STATE.eq(PENDING))
                .fetchOne();
        Map<String, Integer> finished = dsl.select(DELIVERY_JOB.STATE, DSL.count())
                .from(DELIVERY_JOB)
                .where(DELIVERY_JOB.FINISHED_AT.ge(time(finishedSince)))
                .and(DELIVERY_JOB.STATE.ne(PENDING))
                .groupBy(DELIVERY_JOB.STATE)
                .fetchMap(DELIVERY_JOB.STATE, DSL.count());
        return new QueueCounts(pending.value1(), pending.value2(), pending.value3(), instant(pending.value4()),
                finished.getOrDefault(DeliveryState.DONE.stored(), 0),
                finished.getOrDefault(DeliveryState.FAILED.stored(), 0),
                finished.getOrDefault(DeliveryState.GONE.stored(), 0));
    }

    @Override
    public Map<String, HostBacklog> backlogOf(Collection<String> hosts) {
        if (hosts.isEmpty()) {
            return Map.of();
        }
        DSLContext dsl = db.dsl();
        Map<String, Integer> pending = dsl.select(DELIVERY_JOB.INBOX_HOST, DSL.count())
                .from(DELIVERY_JOB)
                .where(DELIVERY_JOB.INBOX_HOST.in(hosts))
                .and(DELIVERY_JOB.STATE.eq(PENDING))
                .groupBy(DELIVERY_JOB.INBOX_HOST)
                .fetchMap(DELIVERY_JOB.INBOX_HOST, DSL.count());
        // Jobs keep no time of their last attempt: the finish, or else the next attempt, stands in for it.
        Field<Integer> recency = DSL.rowNumber().over(DSL.partitionBy(DELIVERY_JOB.INBOX_HOST)
                        .orderBy(DSL.coalesce(DELIVERY_JOB.FINISHED_AT, DELIVERY_JOB.NEXT_ATTEMPT_AT).desc(),
                                DELIVERY_JOB.ID.desc()))
                .as("recency");
        Table<?> errors = dsl.select(DELIVERY_JOB.INBOX_HOST, DELIVERY_JOB.LAST_ERROR, recency)
                .from(DELIVERY_JOB)
                .where(DELIVERY_JOB.INBOX_HOST.in(hosts))
                .and(DELIVERY_JOB.LAST_ERROR.isNotNull())
                .asTable("errors");
        Field<String> errorHost = errors.field(DELIVERY_JOB.INBOX_HOST);
        Field<String> error = errors.field(DELIVERY_JOB.LAST_ERROR);
        Map<String, String> lastErrors = dsl.select(errorHost, error)
                .from(errors)
                .where(errors.field(recency).eq(1))
                .fetchMap(errorHost, error);
        Map<String, HostBacklog> backlogs = new HashMap<>();
        for (String host : hosts) {
            int count = pending.getOrDefault(host, 0);
            String lastError = lastErrors.get(host);
            if (count > 0 || lastError != null) {
                backlogs.put(host, new HostBacklog(count, lastError));
            }
        }
        return backlogs;
    }

    private static Condition unleased(Instant now) {
        return DELIVERY_JOB.LEASE_UNTIL.isNull().or(DELIVERY_JOB.LEASE_UNTIL.lt(time(now)));
    }

    private static Condition heldBy(long id, long leaseToken) {
        return DELIVERY_JOB.ID.eq(id).and(DELIVERY_JOB.LEASE_TOKEN.eq(leaseToken))
                .and(DELIVERY_JOB.STATE.eq(PENDING));
    }

    private static DeliveryJob toJob(DeliveryJobRecord r) {
        return new DeliveryJob(r.getId(), r.getSenderAccountId(), r.getActivityId(), r.getInboxUrl(),
                r.getInboxHost(), r.getBody(), DeliveryState.fromStored(r.getState()), r.getAttempts(),
                instant(r.getNextAttemptAt()), instant(r.getLeaseUntil()), r.getLastStatus(), r.getLastError(),
                instant(r.getCreatedAt()), instant(r.getFinishedAt()));
    }
}
