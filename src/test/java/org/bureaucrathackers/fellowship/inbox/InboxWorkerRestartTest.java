package org.bureaucrathackers.fellowship.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bureaucrathackers.fellowship.store.JooqInboxStore;
import org.bureaucrathackers.fellowship.testing.Await;
import org.bureaucrathackers.fellowship.testing.InboxJobs;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.junit.jupiter.api.Test;

/** Activities accepted before a crash or a stop are processed after the restart, without waiting out a lease. */
class InboxWorkerRestartTest {

    private static final Duration LEASE = Duration.ofMinutes(5);

    @Test
    void a_node_that_restarts_after_a_crash_takes_back_the_activities_it_had_claimed() {
        TestInstance first = TestInstance.start();
        TestInstance second = null;
        try {
            String node = first.settings().nodeName();
            JooqInboxStore store = new JooqInboxStore(first.database());
            first.inboxWorker().pausePolling();
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                String id = "https://peer.test/activities/crashed-" + i;
                ids.add(id);
                store.enqueue(job(900 + i, id), Instant.now());
            }
            // The node claimed them for five minutes and was killed before running any.
            assertEquals(3, store.claimDue(node, Instant.now(), LEASE, 10).size());

            second = first.startAgain();
            TestInstance restarted = second;
            for (String id : ids) {
                Await.until("the restarted node runs " + id, () -> !InboxJobs.outcome(restarted, id)
                        .startsWith("pending"));
            }
        } finally {
            first.close();
            if (second != null) {
                second.close();
            }
        }
    }

    @Test
    void a_stopping_worker_hands_back_the_activities_it_had_claimed_but_not_started() {
        try (TestInstance instance = TestInstance.start()) {
            InboxWorker worker = instance.inboxWorker();
            JooqInboxStore store = new JooqInboxStore(instance.database());
            worker.pausePolling();
            for (int i = 0; i < 30; i++) {
                store.enqueue(job(700 + i, "https://peer.test/activities/batch-" + i), Instant.now());
            }
            Thread draining = new Thread(worker::drain);
            draining.start();
            worker.close();
            Await.until("the drain pass ends", () -> !draining.isAlive());

            int unfinished = 0;
            for (int i = 0; i < 30; i++) {
                String outcome = InboxJobs.outcome(instance, "https://peer.test/activities/batch-" + i);
                assertNotNull(outcome);
                if (outcome.startsWith("pending")) {
                    unfinished++;
                }
            }
            assertTrue(unfinished > 0, "the stop came before the batch was done");
            String node = instance.settings().nodeName();
            assertEquals(unfinished, store.claimDue(node + "-other", Instant.now(), LEASE, 50).size(),
                    "every unfinished activity is back in the queue, claimable at once by any node");
        }
    }

    private static InboxJob job(long id, String activityId) {
        String body = "{\"@context\":\"https://www.w3.org/ns/activitystreams\",\"id\":\"" + activityId
                + "\",\"type\":\"Like\",\"actor\":\"https://peer.test/users/ann\","
                + "\"object\":\"https://peer.test/notes/unknown\"}";
        return new InboxJob(id, activityId, "https://peer.test/users/ann", false, body, 0, Instant.now());
    }
}
