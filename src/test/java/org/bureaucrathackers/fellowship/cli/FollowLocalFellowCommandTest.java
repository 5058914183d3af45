package org.bureaucrathackers.fellowship.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.testing.ApiClient;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code fellowship follow alice bob} where bob is a fellow of this very instance: a bare name, {@code @bob}
 * and {@code bob@this-host} all name him, and the follow takes effect as one made through the client API
 * does, which the other fellow sees through the API of the running server.
 */
class FollowLocalFellowCommandTest {

    private static final AtomicInteger NEXT = new AtomicInteger();

    static TestInstance server;

    @TempDir
    java.nio.file.Path work;

    @BeforeAll
    static void start() {
        server = TestInstance.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void following_a_local_fellow_by_bare_name_is_accepted_at_once() {
        Account alice = fellow();
        ApiClient bob = ApiClient.fellow(server, "bob" + NEXT.incrementAndGet(), "read");
        String bobName = username(bob);

        CommandRun run = run("follow", alice.username(), bobName);

        assertEquals(0, run.status(), run.toString());
        assertTrue(run.out().contains(alice.username() + " follows @" + bobName + "@" + server.domain()), run.out());
        assertTrue(run.err().isEmpty(), run.err());
        assertEquals(1, followerCount(bob));
        assertTrue(notificationTypes(bob).contains("follow"), notificationTypes(bob).toString());
    }

    @Test
    void at_name_and_name_at_this_host_name_the_same_local_fellow() {
        ApiClient bob = ApiClient.fellow(server, "bob" + NEXT.incrementAndGet(), "read");
        String bobName = username(bob);

        assertEquals(0, run("follow", fellow().username(), "@" + bobName).status());
        assertEquals(0, run("follow", fellow().username(), bobName + "@" + server.domain()).status());
        assertEquals(0, run("follow", fellow().username(), "@" + bobName + "@" + server.domain()).status());

        assertEquals(3, followerCount(bob));
    }

    @Test
    void following_a_local_fellow_who_approves_followers_leaves_a_pending_request() {
        Account alice = fellow();
        ApiClient bob = ApiClient.fellow(server, "bob" + NEXT.incrementAndGet(), "read");
        String bobName = username(bob);
        assertEquals(0, run("fellow", "update", bobName, "--manually-approves-followers", "true").status());

        CommandRun run = run("follow", alice.username(), bobName);

        assertEquals(0, run.status(), run.toString());
        assertTrue(run.out().contains(alice.username() + " asked to follow @" + bobName), run.out());
        assertEquals(0, followerCount(bob));
        JsonNode requests = ApiClient.json(bob.get("/api/v1/follow_requests"));
        assertEquals(1, requests.size(), requests.toString());
        assertEquals(alice.username(), requests.get(0).path("username").asText());
    }

    @Test
    void an_unknown_local_name_fails_with_one_line() {
        CommandRun run = run("follow", fellow().username(), "nobody");
        assertTrue(run.failedWithOneLine(), run.toString());
        assertTrue(run.err().contains("nobody"), run.err());
    }

    @Test
    void following_oneself_fails_with_one_line() {
        Account alice = fellow();
        CommandRun run = run("follow", alice.username(), alice.username());
        assertTrue(run.failedWithOneLine(), run.toString());
        assertTrue(run.err().contains("cannot follow itself"), run.err());
    }

    @Test
    void a_handle_with_a_missing_argument_is_a_usage_error() {
        CommandRun run = run("follow", fellow().username());
        assertEquals(FellowshipCommand.USAGE, run.status(), run.toString());
    }

    private static Account fellow() {
        return server.createFellow("clerk" + NEXT.incrementAndGet());
    }

    private static String username(ApiClient client) {
        return ApiClient.json(client.get("/api/v1/accounts/verify_credentials")).path("username").asText();
    }

    private static int followerCount(ApiClient client) {
        return ApiClient.json(client.get("/api/v1/accounts/verify_credentials")).path("followers_count").asInt();
    }

    private static List<String> notificationTypes(ApiClient client) {
        List<String> types = new ArrayList<>();
        ApiClient.json(client.get("/api/v1/notifications")).forEach(n -> types.add(n.path("type").asText()));
        return types;
    }

    private CommandRun run(String... args) {
        List<String> all = new ArrayList<>(Arrays.asList(args));
        all.addAll(List.of("--data", server.dataDir().toString(), "--public-url", server.base()));
        return CommandRun.run(work, Map.of(), all.toArray(String[]::new));
    }
}
