package org.bureaucrathackers.fellowship.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.FellowService;
import org.bureaucrathackers.fellowship.assembly.Assembly;
import org.bureaucrathackers.fellowship.config.Settings;
import org.bureaucrathackers.fellowship.config.SettingsLoader;
import org.bureaucrathackers.fellowship.delivery.DeliveryJob;
import org.bureaucrathackers.fellowship.delivery.DeliveryState;
import org.bureaucrathackers.fellowship.store.Database;
import org.bureaucrathackers.fellowship.store.JooqDeliveryJobStore;
import org.bureaucrathackers.fellowship.testing.Await;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM to a real server process: deliveries in flight finish and are recorded (a POST's own timeout is within
 * the grace), anything left is handed back to the queue; the process exits in bounded time and says which.
 */
class GracefulStopTest {

    /**
     * Only a process that hangs takes this long to exit: well over the shutdown grace, and well under the two
     * minutes the unanswering inbox waits, so an exit within it shows the stop did not wait for that answer.
     */
    private static final Duration EXIT_BOUND = Duration.ofSeconds(60);
    /** A JVM start on a busy shared machine plus the worker's first claim: generous, it only bounds a hang. */
    private static final Duration STARTUP_AND_FIRST_ATTEMPT = Duration.ofSeconds(180);

    @TempDir
    Path data;

    private Process server;
    private HttpServer inbox;
    private ExecutorService inboxThreads;

    @AfterEach
    void tearDown() throws InterruptedException {
        if (server != null && server.isAlive()) {
            server.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        if (inbox != null) {
            inbox.stop(0);
            inboxThreads.shutdownNow();
        }
    }

    @Test
    void a_delivery_in_flight_at_sigterm_finishes_and_is_recorded_as_done() throws Exception {
        AtomicInteger received = slowInbox(Duration.ofSeconds(2));
        Settings settings = settings();
        long job = queueDelivery(settings);

        Path log = serve(settings);
        Await.until("the delivery reaches the inbox", () -> received.get() == 1, STARTUP_AND_FIRST_ATTEMPT);
        terminate();

        assertEquals(0, server.exitValue(), Files.readString(log));
        assertEquals(DeliveryState.DONE, stored(settings, job).state(), Files.readString(log));
        assertFalse(Files.readString(log).contains("handed"), "nothing was handed back: " + Files.readString(log));
        assertEquals(1, received.get(), "sent once");
    }

    @Test
    void a_delivery_left_unanswered_at_sigterm_ends_within_the_grace_and_stays_queued() throws Exception {
        AtomicInteger received = slowInbox(Duration.ofSeconds(120));
        Settings settings = settings();
        long job = queueDelivery(settings);

        Path log = serve(settings);
        Await.until("the delivery reaches the inbox", () -> received.get() == 1, STARTUP_AND_FIRST_ATTEMPT);
        terminate();

        assertEquals(0, server.exitValue(), Files.readString(log));
        DeliveryJob after = stored(settings, job);
        assertEquals(DeliveryState.PENDING, after.state(), "not lost, not counted as delivered");
        assertNull(after.leaseUntil(), "no lease waits to run out: the POST timed out within the grace "
                + "and the retry was recorded, or the job was handed back");
        assertTrue(after.lastError() != null || Files.readString(log).contains("handed them back to the queue"),
                Files.readString(log));
    }

    /** An inbox that answers 202 after {@code pause}; counts what it receives. */
    private AtomicInteger slowInbox(Duration pause) throws IOException {
        AtomicInteger received = new AtomicInteger();
        inbox = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        inboxThreads = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "slow-inbox");
            thread.setDaemon(true);
            return thread;
        });
        inbox.setExecutor(inboxThreads);
        inbox.createContext("/inbox", exchange -> {
            try (exchange) {
                exchange.getRequestBody().readAllBytes();
                received.incrementAndGet();
                Await.pause(pause);
                exchange.sendResponseHeaders(202, -1);
            }
        });
        inbox.start();
        return received;
    }

    /**
     * The test never calls the server: its public URL names no port (as behind a proxy), and it listens on a port
     * the system chooses.
     */
    private Settings settings() {
        return new Settings(URI.create("http://127.0.0.1"), "127.0.0.1", 0, data,
                SettingsLoader.defaultDbUrl(data), true, "Stopping Ministry", "An instance stopped in a test.");
    }

    /** A fellow and one delivery to the slow inbox, written before the server starts. */
    private long queueDelivery(Settings settings) {
        try (Assembly app = Assembly.open(settings)) {
            Account alice = app.foundation.fellows.create(new FellowService.NewFellow("alice", null, null, null, false));
            String inboxUrl = "http://127.0.0.1:" + inbox.getAddress().getPort() + "/inbox";
            String activityId = settings.baseUrl() + "/users/alice/activities/stop-test";
            String body = "{\"@context\":\"https://www.w3.org/ns/activitystreams\",\"id\":\"" + activityId
                    + "\",\"type\":\"Create\",\"actor\":\"" + alice.uri() + "\"}";
            Instant now = Instant.now();
            DeliveryJob job = new DeliveryJob(System.nanoTime(), alice.id(), activityId, inboxUrl,
                    "127.0.0.1:" + inbox.getAddress().getPort(), body, DeliveryState.PENDING, 0, now, null, null,
                    null, now, null);
            new JooqDeliveryJobStore(app.foundation.database).insertNew(List.of(job));
            return job.id();
        }
    }

    private Path serve(Settings settings) throws IOException {
        Path log = data.resolve("server.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        server = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "org.bureaucrathackers.fellowship.Main", "serve",
                "--public-url", settings.baseUrl(), "--bind", "127.0.0.1:" + settings.bindPort(),
                "--data", data.toString(), "--allow-private-network", "true")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return log;
    }

    /** SIGTERM, then waits for the process to exit. */
    private void terminate() throws InterruptedException {
        server.destroy();
        assertTrue(server.waitFor(EXIT_BOUND.toSeconds(), TimeUnit.SECONDS), "still running " + EXIT_BOUND
                + " after SIGTERM");
    }

    private static DeliveryJob stored(Settings settings, long id) {
        try (Database database = Database.open(settings.dbUrl(), null, 2)) {
            return new JooqDeliveryJobStore(database).find(id).orElseThrow();
        }
    }
}
