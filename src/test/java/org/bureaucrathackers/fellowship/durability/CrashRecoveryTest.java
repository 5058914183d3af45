package org.bureaucrathackers.fellowship.durability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.bureaucrathackers.fellowship.delivery.DeliveryLimits;
import org.bureaucrathackers.fellowship.json.Json;
import org.bureaucrathackers.fellowship.testing.ApiClient;
import org.bureaucrathackers.fellowship.testing.Await;
import org.bureaucrathackers.fellowship.testing.PeerActor;
import org.bureaucrathackers.fellowship.testing.ServerDatabase;
import org.bureaucrathackers.fellowship.testing.ServerProcess;
import org.bureaucrathackers.fellowship.testing.SignedInbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Nothing acknowledged is ever lost: the real server, as its own process, is killed with SIGKILL again and
 * again while a fellow posts to followers on other instances and those instances send it posts. Whatever it
 * acknowledged before a kill must survive, reach every follower's server, and (for what it received) be
 * processed exactly once, once it runs again.
 */
@Timeout(value = 20, unit = TimeUnit.MINUTES)
class CrashRecoveryTest {

    private static final int CYCLES = Integer.getInteger("fellowship.crashCycles", 20);
    private static final int FOLLOWER_SERVERS = 12;
    private static final int ACTORS_EACH = 2;
    /** Deliveries a killed process can have had in flight, each of which may go out again after the restart. */
    private static final int IN_FLIGHT = DeliveryLimits.defaults().threads();
    /** A command-line post beside the running server every this many cycles (on H2 through AUTO_SERVER). */
    private static final int COMMAND_LINE_EVERY = 7;
    /** Far less than the 5-minute leases: jobs a killed process held must be taken back when the server starts. */
    private static final Duration CATCH_UP = Duration.ofSeconds(90);
    private static final Duration START = Duration.ofSeconds(90);
    private static final Duration COMMAND = Duration.ofSeconds(120);
    private static final String FELLOW = "crasher";
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    @TempDir
    Path tempDir;

    private ServerDatabase database;
    private ServerProcess.Setup setup;
    private ServerProcess server;
    private FollowerServers followers;
    private String token;
    /** Kills that came before, during and after the deliveries of their cycle's posts, to show all happened. */
    private final int[] killMoments = new int[3];

    static Stream<ServerDatabase> databases() {
        return ServerDatabase.available().stream();
    }

    @AfterEach
    void cleanUp() {
        if (server != null) {
            server.close();
        }
        if (followers != null) {
            followers.close();
        }
        if (database != null) {
            database.cleanUp();
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("databases")
    void nothing_acknowledged_is_lost_when_the_server_is_killed(ServerDatabase database) throws Exception {
        long seed = Long.getLong("fellowship.crashSeed", System.nanoTime());
        Random random = new Random(seed);
        System.out.println("crash test [" + database + "]: seed=" + seed);
        this.database = database;
        Path dataDir = tempDir.resolve("data");
        setup = new ServerProcess.Setup(0, dataDir, database.flags(dataDir), tempDir.resolve("server.log"));
        database.prepare();
        try {
            // The server chooses its port once; every later process is given that port (stored ids contain it).
            ServerProcess first = ServerProcess.start(setup);
            server = first;
            setup = first.setup();
            first.awaitReady(START).stop();
            createFellow();
            followers = FollowerServers.start(FOLLOWER_SERVERS, ACTORS_EACH);
            server = ServerProcess.start(setup).awaitReady(START);
            followTheFellow();
            // A clean stop, so the follows themselves are not what a crash takes away.
            server.stop();

            Acknowledged acknowledged = new Acknowledged();
            for (int cycle = 1; cycle <= CYCLES; cycle++) {
                crashCycle(cycle, random, acknowledged);
            }

            server = ServerProcess.start(setup).awaitReady(START);
            verify(acknowledged, seed);
            server.stop();
        } catch (AssertionError | RuntimeException e) {
            System.out.println("server log, last lines:\n" + ServerProcess.tail(setup.log(), 60));
            throw e;
        }
    }

    private void createFellow() {
        ServerProcess.Run created = ServerProcess.command(setup, COMMAND, "fellow", "create", FELLOW);
        assertEquals(0, created.exitCode(), "fellow create: " + created.output());
        ServerProcess.Run issued = ServerProcess.command(setup, COMMAND, "token", "create", FELLOW,
                "--scopes", "read write");
        assertEquals(0, issued.exitCode(), "token create: " + issued.output());
        token = issued.lastLine();
    }

    /** Every remote actor follows the fellow; the server accepts each (it is not locked). */
    private void followTheFellow() {
        Map<PeerActor, String> follows = new HashMap<>();
        for (PeerActor actor : followers.actors()) {
            ObjectNode follow = actor.activity("Follow", fellowUri());
            HttpResponse<String> answer = sendSigned(actor, fellowUri() + "/inbox", follow);
            assertEquals(202, answer == null ? -1 : answer.statusCode(), "Follow from " + actor.uri());
            follows.put(actor, follow.get("id").asText());
        }
        Await.until("every follower's server has the Accept of its Follow",
                () -> follows.entrySet().stream().allMatch(f -> followers.accepted(f.getKey(), f.getValue())),
                Duration.ofSeconds(60));
    }

    /**
     * One life of the server: it starts, the fellow posts and the followers send posts, and it is killed at a
     * random moment, before, during or after the deliveries of what it acknowledged.
     */
    private void crashCycle(int cycle, Random random, Acknowledged acknowledged) throws Exception {
        server = ServerProcess.start(setup).awaitReady(START);
        boolean commandLinePost = cycle % COMMAND_LINE_EVERY == 3;
        // The command line is waited for: it takes seconds to start, and must not hold the database into the
        // next cycle.
        boolean killWhilePosting = !commandLinePost && random.nextInt(10) < 4;
        int posts = 2 + random.nextInt(4);
        int inbound = 2 + random.nextInt(4);
        // After the last acknowledgement the fan-out takes a moment to start and a few hundred ms to finish:
        // one kill in three comes within its first 150 ms.
        long killAfterMillis = killWhilePosting ? 100 + random.nextInt(1200)
                : random.nextInt(3) == 0 ? random.nextInt(150) : random.nextInt(1500);
        long postSeed = random.nextLong();
        long inboundSeed = random.nextLong();
        ExecutorService senders = Executors.newFixedThreadPool(3);
        try {
            List<Future<?>> work = new ArrayList<>();
            work.add(senders.submit(() -> post(cycle, posts, new Random(postSeed), acknowledged)));
            work.add(senders.submit(() -> sendInbound(cycle, inbound, new Random(inboundSeed), acknowledged)));
            if (commandLinePost) {
                work.add(senders.submit(() -> postFromTheCommandLine(cycle, acknowledged)));
            }
            if (killWhilePosting) {
                Await.pause(Duration.ofMillis(killAfterMillis));
                kill(cycle, acknowledged);
            }
            for (Future<?> done : work) {
                done.get(COMMAND.toSeconds() + 30, TimeUnit.SECONDS);
            }
            if (!killWhilePosting) {
                Await.pause(Duration.ofMillis(killAfterMillis));
                kill(cycle, acknowledged);
            }
        } finally {
            senders.shutdownNow();
            server.kill();
        }
    }

    /** SIGKILL, noting how far the deliveries of the cycle's acknowledged posts had got. */
    private void kill(int cycle, Acknowledged acknowledged) {
        server.kill();
        Set<String> postUris = new HashSet<>();
        acknowledged.posts().stream().filter(p -> p.cycle() == cycle && p.uri() != null)
                .forEach(p -> postUris.add(p.uri()));
        List<String> inboxes = followers.sharedInboxes();
        int missing = undelivered(postUris, inboxes, followers.creates()).size();
        int moment = missing == 0 && !postUris.isEmpty() ? 2 : missing < postUris.size() * inboxes.size() ? 1 : 0;
        killMoments[moment]++;
    }

    private void post(int cycle, int count, Random random, Acknowledged acknowledged) {
        for (int i = 1; i <= count; i++) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(setup.base() + "/api/v1/statuses"))
                    .timeout(Duration.ofSeconds(20))
                    .header("Authorization", "Bearer " + token)
                    .header("Accept", "application/json")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(ApiClient.form(
                            "status", "Crash cycle " + cycle + ", post " + i, "visibility", "public")))
                    .build();
            HttpResponse<String> answer = send(request);
            if (answer == null) {
                return;
            }
            if (answer.statusCode() / 100 == 2) {
                JsonNode status = ApiClient.json(answer);
                acknowledged.post(new Acknowledged.Post(cycle, status.path("id").asText(),
                        status.path("uri").asText(), status.path("url").asText(), false));
            }
            Await.pause(Duration.ofMillis(random.nextInt(150)));
        }
    }

    private void sendInbound(int cycle, int count, Random random, Acknowledged acknowledged) {
        List<PeerActor> actors = followers.actors();
        for (int i = 1; i <= count; i++) {
            PeerActor actor = actors.get(random.nextInt(actors.size()));
            // Mentioning the fellow makes the post concern this instance, so it is kept.
            ObjectNode note = actor.note("<p>Crash cycle " + cycle + ", remote post " + i + "</p>", fellowUri());
            ObjectNode create = actor.create(note);
            HttpResponse<String> answer = sendSigned(actor, setup.base() + "/inbox", create);
            if (answer == null) {
                return;
            }
            if (answer.statusCode() == 202) {
                acknowledged.inbound(new Acknowledged.Inbound(cycle, create.get("id").asText(),
                        note.get("id").asText()));
            }
            Await.pause(Duration.ofMillis(random.nextInt(150)));
        }
    }

    private void postFromTheCommandLine(int cycle, Acknowledged acknowledged) {
        ServerProcess.Run run = ServerProcess.command(setup, COMMAND, "post", FELLOW,
                "Crash cycle " + cycle + ", from the command line");
        if (run.exitCode() == 0) {
            String url = run.lastLine();
            acknowledged.post(new Acknowledged.Post(cycle, url.substring(url.lastIndexOf('/') + 1), null, url,
                    true));
        } else {
            System.out.println("command-line post of cycle " + cycle + " failed (" + run.exitCode() + "): "
                    + run.output());
        }
    }

    /** After the last kill: everything acknowledged is there, delivered, and processed. */
    private void verify(Acknowledged acknowledged, long seed) {
        List<String> problems = new ArrayList<>();
        Set<String> postUris = new HashSet<>();
        List<String> missingPosts = new ArrayList<>();
        for (Acknowledged.Post post : acknowledged.posts()) {
            String uri = storedUri(post);
            if (uri == null) {
                missingPosts.add(describe(post));
            } else {
                postUris.add(uri);
                if (post.uri() != null && !post.uri().equals(uri)) {
                    problems.add("post " + post.id() + " was acknowledged as " + post.uri() + " but is now " + uri);
                }
            }
        }
        List<String> inboxes = followers.sharedInboxes();
        List<Acknowledged.Inbound> inbound = acknowledged.inbound();

        // Waits while deliveries and inbox jobs catch up; what is still missing then is reported below.
        long deadline = System.nanoTime() + CATCH_UP.toNanos();
        List<FollowerServers.Delivery> creates;
        StoredRows rows;
        while (true) {
            creates = followers.creates();
            rows = StoredRows.read(database, setup.dataDir());
            boolean delivered = undelivered(postUris, inboxes, creates).isEmpty();
            boolean processed = unprocessed(inbound, rows).isEmpty() && rows.unfinishedInboxJobs().isEmpty();
            if (delivered && processed || System.nanoTime() > deadline) {
                break;
            }
            Await.pause(Duration.ofMillis(500));
        }

        List<String> undelivered = undelivered(postUris, inboxes, creates);
        int expected = acknowledged.posts().size() * inboxes.size();
        int lost = undelivered.size() + missingPosts.size() * inboxes.size();
        Map<String, Integer> timesDelivered = new HashMap<>();
        for (FollowerServers.Delivery delivery : creates) {
            timesDelivered.merge(delivery.inbox() + " " + delivery.activityId(), 1, Integer::sum);
        }
        List<String> repeated = timesDelivered.entrySet().stream().filter(e -> e.getValue() > 1)
                .map(e -> e.getKey() + " x" + e.getValue()).sorted().toList();
        int duplicated = timesDelivered.values().stream().mapToInt(times -> times - 1).sum();
        List<String> unprocessed = unprocessed(inbound, rows);

        System.out.println("crash test [" + database + "]: cycles=" + CYCLES + ", posts acked="
                + acknowledged.posts().size() + ", posts missing=" + missingPosts.size()
                + ", deliveries expected=" + expected + ", delivered=" + (expected - lost) + ", lost=" + lost
                + ", duplicated=" + duplicated + ", inbound acked=" + inbound.size()
                + ", processed=" + (inbound.size() - unprocessed.size()) + ", kills before/during/after fan-out="
                + killMoments[0] + "/" + killMoments[1] + "/" + killMoments[2] + ", seed=" + seed);

        if (!missingPosts.isEmpty()) {
            problems.add(missingPosts.size() + " acknowledged posts are gone: " + shortList(missingPosts));
        }
        if (!undelivered.isEmpty()) {
            problems.add(undelivered.size() + " deliveries of acknowledged posts never arrived within " + CATCH_UP
                    + ": " + shortList(undelivered));
        }
        if (duplicated > CYCLES * IN_FLIGHT) {
            problems.add(duplicated + " repeated deliveries, more than " + CYCLES + " kills x " + IN_FLIGHT
                    + " in flight: " + shortList(repeated));
        }
        if (!unprocessed.isEmpty()) {
            problems.add(unprocessed.size() + " acknowledged inbound activities were not processed exactly once: "
                    + shortList(unprocessed));
        }
        if (!rows.unfinishedInboxJobs().isEmpty()) {
            problems.add("inbox jobs not done: " + shortList(rows.unfinishedInboxJobs()));
        }
        if (acknowledged.posts().isEmpty() || inbound.isEmpty()) {
            problems.add("nothing was acknowledged at all, so nothing was tested");
        }
        if (!problems.isEmpty()) {
            fail("crash test [" + database + "] with seed " + seed + ":\n  " + String.join("\n  ", problems));
        }
    }

    /** The post's URI as the restarted server serves it, or null when it is not there. */
    private String storedUri(Acknowledged.Post post) {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(
                        URI.create(setup.base() + "/api/v1/statuses/" + post.id()))
                .timeout(Duration.ofSeconds(20)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json").GET().build());
        if (answer == null || answer.statusCode() != 200) {
            return null;
        }
        JsonNode status = ApiClient.json(answer);
        if (post.url() != null && !post.url().equals(status.path("url").asText())) {
            return null;
        }
        return status.path("uri").asText();
    }

    /** "inbox: post" for each acknowledged post an inbox has not been sent a Create of. */
    private static List<String> undelivered(Set<String> postUris, List<String> inboxes,
                                            List<FollowerServers.Delivery> creates) {
        Set<String> received = new HashSet<>();
        for (FollowerServers.Delivery delivery : creates) {
            received.add(delivery.inbox() + " " + delivery.objectId());
        }
        List<String> missing = new ArrayList<>();
        for (String uri : postUris) {
            for (String inbox : inboxes) {
                if (!received.contains(inbox + " " + uri)) {
                    missing.add(inbox + ": " + uri);
                }
            }
        }
        missing.sort(null);
        return missing;
    }

    /** Acknowledged inbound activities without exactly one status and exactly one finished job. */
    private static List<String> unprocessed(List<Acknowledged.Inbound> inbound, StoredRows rows) {
        List<String> offenders = new ArrayList<>();
        for (Acknowledged.Inbound activity : inbound) {
            int statuses = rows.statuses(activity.noteUri());
            List<String> jobs = rows.inboxJobStates(activity.activityId());
            if (statuses != 1 || !jobs.equals(List.of("done"))) {
                offenders.add(activity.activityId() + " (cycle " + activity.cycle() + "; statuses " + statuses
                        + ", jobs " + jobs + ")");
            }
        }
        return offenders;
    }

    private String fellowUri() {
        return setup.base() + "/users/" + FELLOW;
    }

    private HttpResponse<String> sendSigned(PeerActor actor, String inbox, ObjectNode activity) {
        return send(SignedInbox.request(URI.create(inbox), actor.signingKey(), Json.write(activity)));
    }

    /** The answer, or null when the server did not give one (it was killed). */
    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException killed) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static String describe(Acknowledged.Post post) {
        return (post.fromCommandLine() ? "command-line post " : "post ") + post.id() + " of cycle " + post.cycle()
                + (post.uri() == null ? "" : " (" + post.uri() + ")");
    }

    private static String shortList(List<String> items) {
        int shown = Math.min(items.size(), 15);
        return String.join(", ", items.subList(0, shown)) + (items.size() > shown ? ", ..." : "");
    }
}
