package org.bureaucrathackers.fellowship.testing;

import static org.bureaucrathackers.fellowship.store.schema.Tables.INBOX_JOB;

/** What became of received activities: the state and error the inbox worker left on their jobs. */
public final class InboxJobs {

    private InboxJobs() {
    }

    /** "state: last error" of the job for {@code activityId}, or null when there is none. */
    public static String outcome(TestInstance app, String activityId) {
        return app.database().dsl().select(INBOX_JOB.STATE, INBOX_JOB.LAST_ERROR).from(INBOX_JOB)
                .where(INBOX_JOB.ACTIVITY_ID.eq(activityId))
                .fetchOptional(r -> r.value1() + (r.value2() == null ? "" : ": " + r.value2()))
                .orElse(null);
    }
}
