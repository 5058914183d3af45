package org.bureaucrathackers.fellowship.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Duration;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.FellowService;
import org.bureaucrathackers.fellowship.json.Json;
import org.bureaucrathackers.fellowship.signature.KeyMaterial;
import org.bureaucrathackers.fellowship.testing.Browser;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.bureaucrathackers.fellowship.testing.TestPeer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code /authorize_interaction} with accounts and posts of another server, played by a loopback peer: the
 * handle is found through WebFinger, and confirming sends the peer a Follow as a follow from an app does.
 */
class RemoteInteractionTest {

    private static final String PEER_HOST = "127.0.0.1";
    private static final String PASSWORD = "correct horse battery";
    private static final Duration DELIVERY_WAIT = Duration.ofSeconds(20);

    static TestInstance instance;
    static TestPeer peer;
    static String bob;
    static String bobNote;
    static String handle;

    @BeforeAll
    static void start() {
        instance = TestInstance.start();
        peer = TestPeer.start();
        String origin = peer.origin(PEER_HOST);
        bob = origin + "/users/bob";
        bobNote = bob + "/statuses/1";
        handle = "bob@" + PEER_HOST + ":" + peer.port();
        KeyPair keys = KeyMaterial.generateRsa();
        peer.serveActivityJson(PEER_HOST, "/users/bob", "{\"@context\":[\"https://www.w3.org/ns/activitystreams\","
                + "\"https://w3id.org/security/v1\"],\"id\":\"" + bob + "\",\"type\":\"Person\","
                + "\"preferredUsername\":\"bob\",\"name\":\"Bob <i>Remote</i>\",\"inbox\":\"" + bob + "/inbox\","
                + "\"outbox\":\"" + bob + "/outbox\",\"followers\":\"" + bob + "/followers\","
                + "\"manuallyApprovesFollowers\":true,"
                + "\"publicKey\":{\"id\":\"" + bob + "#main-key\",\"owner\":\"" + bob + "\",\"publicKeyPem\":"
                + Json.write(KeyMaterial.toPem(keys.getPublic())) + "}}");
        peer.serveActivityJson(PEER_HOST, "/users/bob/statuses/1", "{\"@context\":\"https://www.w3.org/ns/activitystreams\","
                + "\"id\":\"" + bobNote + "\",\"type\":\"Note\",\"attributedTo\":\"" + bob + "\","
                + "\"content\":\"<p>Forms in triplicate<script>steal()</script></p>\","
                + "\"published\":\"2026-05-01T10:00:00Z\",\"url\":\"" + origin + "/@bob/1\","
                + "\"to\":[\"https://www.w3.org/ns/activitystreams#Public\"]}");
        peer.serve(PEER_HOST, "/users/bob/inbox", exchange -> TestPeer.reply(exchange, 202, "text/plain", ""));
        peer.serveDocument(PEER_HOST, "/.well-known/webfinger?resource=acct%3Abob%40" + PEER_HOST + "%3A" + peer.port(),
                "application/jrd+json", "{\"subject\":\"acct:" + handle + "\",\"links\":"
                        + "[{\"rel\":\"self\",\"type\":\"application/activity+json\",\"href\":\"" + bob + "\"}]}");
    }

    @AfterAll
    static void stop() {
        instance.close();
        peer.close();
    }

    @Test
    void confirming_a_remote_handle_sends_the_follow_to_its_server() throws Exception {
        Account alice = instance.fellows().create(new FellowService.NewFellow("alice", null, PASSWORD, null,
                false));
        Browser browser = signedIn(alice);

        HttpResponse<String> confirm = browser.get("/authorize_interaction?uri=" + encode("acct:" + handle));
        assertEquals(200, confirm.statusCode(), confirm.body());
        assertTrue(confirm.body().contains("@" + handle), confirm.body());
        assertFalse(confirm.body().contains("<i>Remote"), "names are text, never markup");
        HttpResponse<String> done = browser.submit(confirm);

        assertEquals(200, done.statusCode(), done.body());
        assertTrue(done.body().contains("You asked to follow @" + handle), done.body());
        JsonNode follow = delivered(alice);
        assertEquals("Follow", follow.path("type").asText());
        assertEquals(bob, follow.path("object").asText());
    }

    @Test
    void a_remote_post_is_fetched_and_shown_sanitised() {
        Browser browser = signedIn(instance.fellows().create(new FellowService.NewFellow("carol", null,
                PASSWORD, null, false)));

        HttpResponse<String> page = browser.get("/authorize_interaction?uri=" + encode(bobNote));

        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains("Forms in triplicate"), page.body());
        assertFalse(page.body().contains("steal()"), page.body());
        assertTrue(page.body().contains("href=\"" + peer.origin(PEER_HOST) + "/@bob/1\""), page.body());
    }

    private static Browser signedIn(Account fellow) {
        Browser browser = new Browser(instance);
        HttpResponse<String> signedIn = browser.submit(browser.get("/auth/sign_in"), "username", fellow.username(),
                "password", PASSWORD);
        assertEquals(303, signedIn.statusCode(), signedIn.body());
        return browser;
    }

    private static JsonNode delivered(Account sender) throws Exception {
        long deadline = System.nanoTime() + DELIVERY_WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            for (TestPeer.Recorded request : peer.requestsTo("/users/bob/inbox")) {
                JsonNode activity = Json.MAPPER.readTree(request.bodyText());
                if (sender.uri().equals(activity.path("actor").asText())) {
                    return activity;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("nothing from " + sender.uri() + " reached the peer");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
