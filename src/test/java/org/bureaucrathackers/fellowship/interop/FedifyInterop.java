package org.bureaucrathackers.fellowship.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.bureaucrathackers.fellowship.interop.FedifyPeer.FedifyActor;
import org.bureaucrathackers.fellowship.testing.ApiClient;
import org.bureaucrathackers.fellowship.testing.Await;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * One Fedify peer and one Fellowship instance per test class, on loopback, with fresh people on both sides for
 * every test. Skipped only when the peer's Node modules are missing; CI installs them and fails on a skip.
 */
abstract class FedifyInterop {

    private static final AtomicInteger NUMBERS = new AtomicInteger();
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    static FedifyPeer peer;
    static TestInstance fellowship;

    @BeforeAll
    static void startBoth() {
        if (FedifyPeer.installed()) {
            fellowship = TestInstance.start();
            peer = FedifyPeer.start();
        }
    }

    /** Skipped test by test, so the reports (and CI, which refuses skips) name every test that did not run. */
    @BeforeEach
    void needThePeer() {
        Assumptions.assumeTrue(FedifyPeer.installed(),
                "the Fedify peer is not installed: run npm ci --prefix src/test/fedify-peer");
    }

    @AfterAll
    static void stopBoth() {
        if (peer != null) {
            peer.close();
            peer = null;
        }
        if (fellowship != null) {
            fellowship.close();
            fellowship = null;
        }
    }

    /** A fellow on Fellowship, with a client token, as a Mastodon app would hold it. */
    record Fellow(String username, String actorId, ApiClient api) {
    }

    static Fellow fellow(String name) {
        String username = name + NUMBERS.incrementAndGet();
        ApiClient api = ApiClient.fellow(fellowship, username, "read write follow");
        return new Fellow(username, fellowship.uris().actor(username), api);
    }

    static FedifyActor fedifyActor(String name) {
        return peer.createActor(name + NUMBERS.incrementAndGet());
    }

    /** Runs Fellowship's workers until {@code condition} holds, or fails after a bounded wait. */
    static void until(String what, BooleanSupplier condition) {
        try {
            Await.until(what, () -> {
                pump();
                return condition.getAsBoolean();
            }, TIMEOUT);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; Fedify's refused requests: " + refusedBy(fellowship), e);
        }
    }

    /** What Fedify sent to {@code instance} that was not answered 2xx, with the answer. */
    private static List<String> refusedBy(TestInstance instance) {
        return peer.sent().stream().filter(s -> s.path("url").asText().startsWith(instance.base()))
                .filter(s -> s.path("status").asInt() < 200 || s.path("status").asInt() >= 300)
                .map(s -> s.path("method").asText() + " " + s.path("url").asText() + " " + s.path("scheme").asText()
                        + " -> " + s.path("status").asText() + " " + s.path("answer").asText()
                        + (s.path("body").isTextual() ? "\n    sent: " + s.path("body").asText() : ""))
                .toList();
    }

    static void pump() {
        fellowship.deliveryWorker().wakeUp();
        fellowship.inboxWorker().drain();
    }

    /** What a Mastodon app does before following: search with resolve, then take the one account found. */
    static JsonNode findAccount(Fellow fellow, String handle) {
        HttpResponse<String> response = fellow.api().get("/api/v2/search?type=accounts&resolve=true&q="
                + URLEncoder.encode(handle, StandardCharsets.UTF_8));
        assertEquals(200, response.statusCode(), response.body());
        JsonNode accounts = ApiClient.json(response).get("accounts");
        assertEquals(1, accounts.size(), accounts.toString());
        return accounts.get(0);
    }

    /** A remote status found by its URL, as a Mastodon app pastes one into search. */
    static JsonNode findStatus(Fellow fellow, String url) {
        HttpResponse<String> response = fellow.api().get("/api/v2/search?type=statuses&resolve=true&q="
                + URLEncoder.encode(url, StandardCharsets.UTF_8));
        assertEquals(200, response.statusCode(), response.body());
        JsonNode statuses = ApiClient.json(response).get("statuses");
        assertEquals(1, statuses.size(), statuses.toString());
        return statuses.get(0);
    }

    static JsonNode ok(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return ApiClient.json(response);
    }

    /** The fellow follows the Fedify actor through the API and waits for Fedify's Accept to land. */
    static String follow(Fellow fellow, FedifyActor actor) {
        String accountId = findAccount(fellow, actor.handle()).get("id").asText();
        int before = peer.sent().size();
        ok(fellow.api().post("/api/v1/accounts/" + accountId + "/follow"));
        until("Fedify accepts " + fellow.username() + "'s follow",
                () -> relationship(fellow, accountId).get("following").asBoolean());
        assertFedifyPostedToFellowshipWithRfc9421Only(before);
        return accountId;
    }

    /** The Fedify actor follows the fellow, and the Accept comes back. */
    static void follow(FedifyActor actor, Fellow fellow) {
        int before = peer.sent().size();
        peer.control("/control/follow", Map.of("actor", actor.username(), "target", fellow.actorId()));
        until(actor.username() + "'s follow is accepted", () -> "accepted".equals(
                peer.control("/control/state", Map.of("actor", actor.username()))
                        .path("following").path(fellow.actorId()).asText()));
        assertFedifyPostedToFellowshipWithRfc9421Only(before);
    }

    static JsonNode relationship(Fellow fellow, String accountId) {
        return ok(fellow.api().get("/api/v1/accounts/relationships?id[]=" + accountId)).get(0);
    }

    /**
     * S17: every POST Fedify made to Fellowship since {@code sentBefore} was signed with RFC 9421 and accepted at
     * the first knock, so Fedify never fell back to draft-cavage.
     */
    static void assertFedifyPostedToFellowshipWithRfc9421Only(int sentBefore) {
        List<JsonNode> posts = peer.sent().stream().skip(sentBefore)
                .filter(sent -> sent.path("method").asText().equals("POST"))
                .filter(sent -> sent.path("url").asText().startsWith(fellowship.base()))
                .toList();
        assertTrue(!posts.isEmpty(), "Fedify posted nothing to Fellowship");
        for (JsonNode post : posts) {
            assertEquals("rfc9421", post.path("scheme").asText(), "Fedify's first knock: " + post);
            int status = post.path("status").asInt();
            assertTrue(status >= 200 && status < 300, "Fellowship refused Fedify's RFC 9421 request: " + post);
        }
    }
}
