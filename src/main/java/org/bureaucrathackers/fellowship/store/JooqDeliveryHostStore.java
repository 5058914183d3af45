package org.bureaucrathackers.fellowship.store;

import static org.bureaucrathackers.fellowship.store.Times.instant;
import static org.bureaucrathackers.fellowship.store.Times.time;
import static org.bureaucrathackers.fellowship.store.schema.Tables.DELIVERY_HOST;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.bureaucrathackers.fellowship.delivery.DeliveryHostStore;
import org.bureaucrathackers.fellowship.delivery.HostStatus;
import org.bureaucrathackers.fellowship.store.schema.tables.records.DeliveryHostRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.UpdateSetFirstStep;
import org.jooq.UpdateSetMoreStep;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.jooq.impl.DSL;

/** Each method is a few single-row statements whose conditions make them safe to run on several nodes at once. */
public final class JooqDeliveryHostStore implements DeliveryHostStore {

    private final Database db;

    public JooqDeliveryHostStore(Database db) {
        this.db = db;
    }

    @Override
    public boolean recordFailure(String host, LocalDate day, Instant now, int unavailableAfterDays) {
        DSLContext dsl = db.dsl();
        ensureRow(dsl, host);
        // A failure on a day already counted (or, with skewed clocks, an earlier one) adds no failure day.
        Condition dayCounted = DELIVERY_HOST.LAST_FAILURE_DAY.isNotNull().and(DELIVERY_HOST.LAST_FAILURE_DAY.ge(day));
        dsl.update(DELIVERY_HOST)
                .set(DELIVERY_HOST.CONSECUTIVE_FAILURES, DELIVERY_HOST.CONSECUTIVE_FAILURES.plus(1))
                .set(DELIVERY_HOST.FAILURE_DAYS,
                        DSL.when(dayCounted, DELIVERY_HOST.FAILURE_DAYS).otherwise(DELIVERY_HOST.FAILURE_DAYS.plus(1)))
                .set(DELIVERY_HOST.LAST_FAILURE_DAY,
                        DSL.when(dayCounted, DELIVERY_HOST.LAST_FAILURE_DAY).otherwise(DSL.val(day)))
                .where(DELIVERY_HOST.HOST.eq(host))
                .execute();
        // The first probe comes a probe interval after the host went unavailable. Only the update that finds the
        // host still available changes it, so its row count says whether this call made the host unavailable.
        return dsl.update(DELIVERY_HOST)
                .set(DELIVERY_HOST.UNAVAILABLE_SINCE, time(now))
                .set(DELIVERY_HOST.LAST_PROBE_AT, time(now))
                .where(DELIVERY_HOST.HOST.eq(host))
                .and(DELIVERY_HOST.FAILURE_DAYS.ge(unavailableAfterDays))
                .and(DELIVERY_HOST.UNAVAILABLE_SINCE.isNull())
                .execute() == 1;
    }

    @Override
    public boolean recordDelivered(String host, Instant now) {
        DSLContext dsl = db.dsl();
        // The usual case, an available host, is one statement; an unavailable one is left to clearUnavailable.
        int updated = clearFailures(dsl.update(DELIVERY_HOST))
                .set(DELIVERY_HOST.LAST_SUCCESS_AT, time(now))
                .where(DELIVERY_HOST.HOST.eq(host))
                .and(DELIVERY_HOST.UNAVAILABLE_SINCE.isNull())
                .execute();
        if (updated == 1) {
            return false;
        }
        if (clearUnavailable(dsl, host, now)) {
            return true;
        }
        insertIfAbsent(dsl, host, time(now));
        return false;
    }

    @Override
    public boolean markAlive(String host) {
        DSLContext dsl = db.dsl();
        if (clearUnavailable(dsl, host, null)) {
            return true;
        }
        // Called for every signed POST we receive, so it writes only when there is something to clear. A host
        // that went unavailable since the statement above stays so until its next sign of life: never cleared
        // without being reported.
        clearFailures(dsl.update(DELIVERY_HOST))
                .where(DELIVERY_HOST.HOST.eq(host))
                .and(DELIVERY_HOST.UNAVAILABLE_SINCE.isNull())
                .and(DELIVERY_HOST.CONSECUTIVE_FAILURES.gt(0).or(DELIVERY_HOST.FAILURE_DAYS.gt(0)))
                .execute();
        return false;
    }

    /**
     * Clears an unavailable host's failures (and records a success at {@code successAt}, if given). The update
     * that finds the host unavailable is the only one that changes it, so only one caller learns it came back.
     */
    private static boolean clearUnavailable(DSLContext dsl, String host, Instant successAt) {
        UpdateSetMoreStep<DeliveryHostRecord> update = clearFailures(dsl.update(DELIVERY_HOST));
        if (successAt != null) {
            update = update.set(DELIVERY_HOST.LAST_SUCCESS_AT, time(successAt));
        }
        return update.where(DELIVERY_HOST.HOST.eq(host))
                .and(DELIVERY_HOST.UNAVAILABLE_SINCE.isNotNull())
                .execute() == 1;
    }

    private static UpdateSetMoreStep<DeliveryHostRecord> clearFailures(UpdateSetFirstStep<DeliveryHostRecord> update) {
        return update.set(DELIVERY_HOST.CONSECUTIVE_FAILURES, 0)
                .set(DELIVERY_HOST.FAILURE_DAYS, 0)
                .set(DELIVERY_HOST.LAST_FAILURE_DAY, (LocalDate) null)
                .set(DELIVERY_HOST.UNAVAILABLE_SINCE, (OffsetDateTime) null)
                .set(DELIVERY_HOST.LAST_PROBE_AT, (OffsetDateTime) null);
    }

    @Override
    public boolean claimProbe(String host, Instant now, Instant probeBefore) {
        return db.dsl().update(DELIVERY_HOST)
                .set(DELIVERY_HOST.LAST_PROBE_AT, time(now))
                .where(DELIVERY_HOST.HOST.eq(host))
                .and(DELIVERY_HOST.UNAVAILABLE_SINCE.isNotNull())
                .and(DELIVERY_HOST.LAST_PROBE_AT.isNull().or(DELIVERY_HOST.LAST_PROBE_AT.lt(time(probeBefore))))
                .execute() == 1;
    }

    @Override
    public Optional<HostStatus> find(String host) {
        return db.dsl().selectFrom(DELIVERY_HOST).where(DELIVERY_HOST.HOST.eq(host)).fetchOptional()
                .map(JooqDeliveryHostStore::toStatus);
    }

    @Override
    public List<HostStatus> findFailing(int limit) {
        return db.dsl().selectFrom(DELIVERY_HOST)
                .where(failing())
                .orderBy(DELIVERY_HOST.UNAVAILABLE_SINCE.asc().nullsLast(), DELIVERY_HOST.FAILURE_DAYS.desc(),
                        DELIVERY_HOST.CONSECUTIVE_FAILURES.desc(), DELIVERY_HOST.HOST.asc())
                .limit(limit)
                .fetch(JooqDeliveryHostStore::toStatus);
    }

    @Override
    public int countFailing() {
        return db.dsl().fetchCount(DELIVERY_HOST, failing());
    }

    private static Condition failing() {
        return DELIVERY_HOST.CONSECUTIVE_FAILURES.gt(0)
                .or(DELIVERY_HOST.FAILURE_DAYS.gt(0))
                .or(DELIVERY_HOST.UNAVAILABLE_SINCE.isNotNull());
    }

    private static HostStatus toStatus(DeliveryHostRecord r) {
        return new HostStatus(r.getHost(), r.getConsecutiveFailures(), r.getFailureDays(), r.getLastFailureDay(),
                instant(r.getUnavailableSince()), instant(r.getLastProbeAt()), instant(r.getLastSuccessAt()));
    }

    private static void ensureRow(DSLContext dsl, String host) {
        insertIfAbsent(dsl, host, null);
    }

    /**
     * PostgreSQL skips the conflicting row; H2 emulates that with a MERGE that two concurrent transactions can both
     * pass, so its duplicate-key error (which rolls back only this statement) means the same: the row exists.
     */
    private static void insertIfAbsent(DSLContext dsl, String host, OffsetDateTime lastSuccessAt) {
        try {
            dsl.insertInto(DELIVERY_HOST)
                    .set(DELIVERY_HOST.HOST, host)
                    .set(DELIVERY_HOST.CONSECUTIVE_FAILURES, 0)
                    .set(DELIVERY_HOST.FAILURE_DAYS, 0)
                    .set(DELIVERY_HOST.LAST_SUCCESS_AT, lastSuccessAt)
                    .onConflict(DELIVERY_HOST.HOST).doNothing()
                    .execute();
        } catch (IntegrityConstraintViolationException alreadyThere) {
            // Inserted meanwhile by another delivery to the same host.
        }
    }
}
