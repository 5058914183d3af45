package org.bureaucrathackers.fellowship.testing;

import static org.bureaucrathackers.fellowship.store.schema.Tables.DELIVERY_JOB;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** A look at (and one nudge to) an instance's delivery queue, so tests need not sleep through backoff. */
public final class DeliveryJobs {

    private DeliveryJobs() {
    }

    /** Makes every waiting job due now, as if its backoff had passed. */
    public static int makeDueNow(TestInstance app) {
        return app.database().dsl().update(DELIVERY_JOB)
                .set(DELIVERY_JOB.NEXT_ATTEMPT_AT, OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1))
                .where(DELIVERY_JOB.STATE.eq("pending")).execute();
    }

    /** "state attempts" of each job for an activity whose id starts with {@code activityIdPrefix}. */
    public static List<String> of(TestInstance app, String activityIdPrefix) {
        return app.database().dsl().select(DELIVERY_JOB.STATE, DELIVERY_JOB.ATTEMPTS, DELIVERY_JOB.INBOX_URL)
                .from(DELIVERY_JOB).where(DELIVERY_JOB.ACTIVITY_ID.startsWith(activityIdPrefix))
                .fetch(r -> r.value1() + " " + r.value2() + " " + r.value3());
    }

    /** Jobs of any activity addressed to an inbox under {@code base}. */
    public static int countTo(TestInstance app, String base) {
        return app.database().dsl().fetchCount(DELIVERY_JOB, DELIVERY_JOB.INBOX_URL.startsWith(base));
    }
}
