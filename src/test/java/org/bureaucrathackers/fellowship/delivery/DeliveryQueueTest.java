package org.bureaucrathackers.fellowship.delivery;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.ids.Ids;
import org.bureaucrathackers.fellowship.store.Database;
import org.bureaucrathackers.fellowship.store.JooqAccountStore;
import org.bureaucrathackers.fellowship.store.JooqDeliveryJobStore;
import org.bureaucrathackers.fellowship.testing.Accounts;
import org.bureaucrathackers.fellowship.testing.TestDatabases;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DeliveryQueueTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final String ACTIVITY = "https://ministry.example/users/alice/statuses/1/activity";

    @TempDir
    Path tempDir;

    static Stream<TestDatabases.Kind> databases() {
        return TestDatabases.available().stream();
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("databases")
    void each_distinct_inbox_gets_one_job_with_the_body_intact(TestDatabases.Kind kind) {
        try (Database db = kind.open(tempDir)) {
            JooqDeliveryJobStore jobs = new JooqDeliveryJobStore(db);
            DeliveryQueue queue = queue(db, jobs);
            long sender = sender(db);
            byte[] body = "{\"type\":\"Create\",\"content\":\"Fünf Tage, 五日\"}".getBytes(StandardCharsets.UTF_8);

            int queued = queue.enqueue(sender, ACTIVITY, body, List.of("https://a.example/inbox",
                    "https://b.example:8443/users/bo/inbox", "https://a.example/inbox", "not a url",
                    "ftp://c.example/inbox"));

            assertEquals(2, queued);
            List<DeliveryJob> stored = jobs.findByActivity(ACTIVITY);
            assertEquals(List.of("a.example", "b.example:8443"), stored.stream().map(DeliveryJob::inboxHost).toList());
            for (DeliveryJob job : stored) {
                assertArrayEquals(body, job.body().getBytes(StandardCharsets.UTF_8));
                assertEquals(sender, job.senderAccountId());
                assertEquals(DeliveryState.PENDING, job.state());
                assertEquals(NOW, job.nextAttemptAt(), "due at once");
            }
            assertEquals(0, queue.enqueue(sender, ACTIVITY, body, List.of("https://a.example/inbox")),
                    "an activity already queued for an inbox is not queued again");
            assertEquals(1, queue.enqueue(sender, ACTIVITY, body, List.of("https://d.example/inbox")));
        } finally {
            kind.cleanUp();
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("databases")
    void jobs_are_written_in_the_callers_transaction(TestDatabases.Kind kind) {
        try (Database db = kind.open(tempDir)) {
            JooqDeliveryJobStore jobs = new JooqDeliveryJobStore(db);
            DeliveryQueue queue = queue(db, jobs);
            long sender = sender(db);
            assertThrows(IllegalStateException.class, () -> db.run(() -> {
                queue.enqueue(sender, ACTIVITY, "{}".getBytes(StandardCharsets.UTF_8),
                        List.of("https://a.example/inbox"));
                throw new IllegalStateException("the action that caused the delivery failed");
            }));
            assertTrue(jobs.findByActivity(ACTIVITY).isEmpty(), "rolled back with the caller");
        } finally {
            kind.cleanUp();
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("databases")
    void bodies_over_64_kib_are_refused(TestDatabases.Kind kind) {
        try (Database db = kind.open(tempDir)) {
            JooqDeliveryJobStore jobs = new JooqDeliveryJobStore(db);
            DeliveryQueue queue = queue(db, jobs);
            long sender = sender(db);
            byte[] tooBig = json(DeliveryQueue.MAX_BODY_BYTES + 1);
            ActivityTooLargeException refused = assertThrows(ActivityTooLargeException.class,
                    () -> queue.enqueue(sender, ACTIVITY, tooBig, List.of("https://a.example/inbox")));
            assertTrue(refused.getMessage().contains("65537 bytes") && refused.getMessage().contains("65536"),
                    refused.getMessage());
            assertTrue(jobs.findByActivity(ACTIVITY).isEmpty());

            assertEquals(1, queue.enqueue(sender, ACTIVITY, json(DeliveryQueue.MAX_BODY_BYTES),
                    List.of("https://a.example/inbox")), "exactly 64 KiB is allowed");
        } finally {
            kind.cleanUp();
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("databases")
    void bodies_that_are_not_utf8_or_activities_without_an_id_are_refused(TestDatabases.Kind kind) {
        try (Database db = kind.open(tempDir)) {
            JooqDeliveryJobStore jobs = new JooqDeliveryJobStore(db);
            DeliveryQueue queue = queue(db, jobs);
            long sender = sender(db);
            byte[] latin1 = "{\"name\":\"Grüße\"}".getBytes(StandardCharsets.ISO_8859_1);
            assertThrows(IllegalArgumentException.class,
                    () -> queue.enqueue(sender, ACTIVITY, latin1, List.of("https://a.example/inbox")));
            assertThrows(IllegalArgumentException.class,
                    () -> queue.enqueue(sender, " ", "{}".getBytes(StandardCharsets.UTF_8),
                            List.of("https://a.example/inbox")));
            assertTrue(jobs.findByActivity(ACTIVITY).isEmpty());
        } finally {
            kind.cleanUp();
        }
    }

    private static DeliveryQueue queue(Database db, JooqDeliveryJobStore jobs) {
        return new DeliveryQueue(db, jobs, new Ids(Clock.systemUTC()), Clock.fixed(NOW, java.time.ZoneOffset.UTC));
    }

    private static long sender(Database db) {
        Account account = Accounts.remote(new Ids(Clock.systemUTC()).next(), "alice", "ministry.example");
        new JooqAccountStore(db).insertRemote(account);
        return account.id();
    }

    /** A JSON document of exactly {@code size} bytes. */
    private static byte[] json(int size) {
        byte[] body = new byte[size];
        Arrays.fill(body, (byte) 'x');
        byte[] open = "{\"content\":\"".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(open, 0, body, 0, open.length);
        body[size - 2] = '"';
        body[size - 1] = '}';
        return body;
    }
}
