package org.bureaucrathackers.fellowship.testing;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.delivery.DeliveryJob;
import org.bureaucrathackers.fellowship.delivery.DeliveryState;
import org.bureaucrathackers.fellowship.ids.Ids;
import org.bureaucrathackers.fellowship.store.Database;
import org.bureaucrathackers.fellowship.store.JooqAccountStore;
import org.bureaucrathackers.fellowship.store.JooqDeliveryHostStore;
import org.bureaucrathackers.fellowship.store.JooqDeliveryJobStore;

/**
 * A delivery queue with jobs in every state, as of {@code now}: two due, two scheduled later (after errors), one
 * leased, one each done, failed and gone in the last day and one done before that; down.example is unavailable,
 * flaky.example has failures on two days and fine.example none.
 */
public final class QueueScene {

    public static final String DOWN = "down.example";
    public static final String FLAKY = "flaky.example";
    public static final String FINE = "fine.example";
    /** The oldest pending job was queued this long before {@code now}. */
    public static final Duration OLDEST_PENDING_AGE = Duration.ofHours(3);

    private final JooqDeliveryJobStore jobs;
    private final Ids ids = new Ids(Clock.systemUTC());
    private final Instant now;
    private final long sender;
    private long token;

    private QueueScene(Database db, Instant now) {
        this.jobs = new JooqDeliveryJobStore(db);
        this.now = now;
        Account account = Accounts.remote(ids.next(), "sender", "m.example");
        new JooqAccountStore(db).insertRemote(account);
        this.sender = account.id();
    }

    public static void fill(Database db, Instant now) {
        QueueScene scene = new QueueScene(db, now);
        scene.jobs();
        scene.hosts(new JooqDeliveryHostStore(db));
    }

    private void jobs() {
        Instant aMinuteAgo = now.minusSeconds(60);
        queue(FINE, "due-1", now.minus(OLDEST_PENDING_AGE), aMinuteAgo);
        queue(DOWN, "due-2", now.minus(Duration.ofHours(1)), aMinuteAgo);

        long later = claimed(DOWN, "later-1", aMinuteAgo);
        jobs.reschedule(later, token, now.plus(Duration.ofHours(1)), 503, "HTTP 503");
        long laterToo = claimed(FLAKY, "later-2", aMinuteAgo);
        jobs.reschedule(laterToo, token, now.plus(Duration.ofMinutes(10)), null, "IOException: connection reset");

        claimed(FINE, "leased", aMinuteAgo);

        jobs.finish(claimed(FINE, "done", aMinuteAgo), token, DeliveryState.DONE, 202, null, now.minusSeconds(30));
        jobs.finish(claimed(FLAKY, "failed", aMinuteAgo), token, DeliveryState.FAILED, 500,
                "gave up after 10 attempts: HTTP 500", now.minus(Duration.ofHours(2)));
        jobs.finish(claimed(FINE, "gone", aMinuteAgo), token, DeliveryState.GONE, 410, "HTTP 410",
                now.minus(Duration.ofMinutes(30)));
        Instant twoDaysAgo = now.minus(Duration.ofDays(2));
        jobs.finish(claimed(FINE, "done-long-ago", twoDaysAgo), token, DeliveryState.DONE, 202, null,
                now.minus(Duration.ofHours(25)));
    }

    private void hosts(JooqDeliveryHostStore hosts) {
        for (int day = 7; day >= 1; day--) {
            Instant failedAt = now.minus(Duration.ofDays(day));
            hosts.recordFailure(DOWN, failedAt.atZone(ZoneOffset.UTC).toLocalDate(), failedAt, 7);
        }
        for (int day = 2; day >= 1; day--) {
            Instant failedAt = now.minus(Duration.ofDays(day));
            hosts.recordFailure(FLAKY, failedAt.atZone(ZoneOffset.UTC).toLocalDate(), failedAt, 7);
        }
        hosts.recordDelivered(FINE, now.minusSeconds(30));
    }

    /** The day {@link #DOWN} became unavailable on: its seventh failure day. */
    public static Instant downSince(Instant now) {
        return now.minus(Duration.ofDays(1));
    }

    private long queue(String host, String name, Instant createdAt, Instant dueAt) {
        String inbox = "https://" + host + "/inbox";
        DeliveryJob job = new DeliveryJob(ids.next(), sender, "https://m.example/activities/" + name,
                inbox, URI.create(inbox).getHost(), "{}", DeliveryState.PENDING, 0, dueAt, null, null, null,
                createdAt, null);
        jobs.insertNew(List.of(job));
        return job.id();
    }

    /** A job queued and claimed at {@code at}, under a lease lasting ten minutes past {@code now}. */
    private long claimed(String host, String name, Instant at) {
        long id = queue(host, name, at, at);
        token++;
        if (!jobs.claim(id, token, "node-a", at, now.plus(Duration.ofMinutes(10)))) {
            throw new IllegalStateException("could not claim " + name);
        }
        return id;
    }
}
