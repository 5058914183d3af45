package org.bureaucrathackers.fellowship.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.fetch.FetchedDocument;
import org.bureaucrathackers.fellowship.fetch.HostResolver;
import org.bureaucrathackers.fellowship.json.Json;
import org.bureaucrathackers.fellowship.signature.KeyMaterial;
import org.bureaucrathackers.fellowship.signature.SigningKey;
import org.bureaucrathackers.fellowship.store.schema.Tables;
import org.bureaucrathackers.fellowship.testing.ApiClient;
import org.bureaucrathackers.fellowship.testing.Await;
import org.bureaucrathackers.fellowship.testing.ConnectionCounter;
import org.bureaucrathackers.fellowship.testing.SignedInbox;
import org.bureaucrathackers.fellowship.testing.SigningPeer;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Rule X12 through a running instance as shipped (the private network not allowed): every path that makes it
 * reach out (inbox key fetches, WebFinger and search resolution, delivery, and what a remote post or profile
 * links to) refuses loopback, private and link-local targets, and a listener on loopback is offered no
 * connection at all. Only the loopback listener is real; the private and link-local targets are refused by
 * address, before a socket is opened, so nothing else needs to exist.
 */
@Timeout(120)
class PrivateNetworkGuardTest {

    /** Names this instance resolves to addresses it must not reach; any other name goes to the system. */
    private static final Map<String, String> NAMES = Map.of(
            "loopback.test", "127.0.0.1",
            "lan.test", "192.168.1.10",
            "metadata.test", "169.254.169.254");

    static TestInstance instance;
    static Account bobAccount;
    static ApiClient bob;

    /** A fresh witness for each test, so one test's connections cannot show up in another's count. */
    ConnectionCounter listener;

    @BeforeAll
    static void start() {
        instance = TestInstance.startAsShipped(names());
        bob = ApiClient.fellow(instance, "bob", "read write");
        bobAccount = instance.fellows().findLocal("bob").orElseThrow();
    }

    @AfterAll
    static void stop() {
        instance.close();
    }

    @BeforeEach
    void listen() {
        listener = ConnectionCounter.start();
    }

    @AfterEach
    void stopListening() {
        listener.close();
    }

    private static HostResolver names() {
        return host -> NAMES.containsKey(host) ? List.of(InetAddress.getByName(NAMES.get(host)))
                : HostResolver.SYSTEM.resolve(host);
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> followSignedBy(String actor) {
        SigningKey key = new SigningKey(actor + "#main-key", KeyMaterial.generateRsa().getPrivate());
        String follow = "{\"@context\":\"https://www.w3.org/ns/activitystreams\",\"id\":\"" + actor + "#follow\","
                + "\"type\":\"Follow\",\"actor\":\"" + actor + "\",\"object\":\"" + bobAccount.uri() + "\"}";
        return instance.send(SigningPeer.signedPost(instance.url("/users/bob/inbox"), follow, key, Instant.now()));
    }

    @Test
    void inbox_key_fetches_to_loopback_private_and_link_local_addresses_are_refused_with_401() {
        Map<String, String> reasons = Map.of(
                "http://" + listener.authority() + "/users/mallory", "loopback",
                "http://loopback.test:" + listener.port() + "/users/mallory", "loopback",
                "http://10.0.0.7/users/mallory", "private network",
                "http://lan.test/users/mallory", "private network",
                "http://169.254.169.254/users/mallory", "link-local",
                "http://metadata.test/users/mallory", "link-local");

        reasons.forEach((actor, reason) -> {
            HttpResponse<String> response = followSignedBy(actor);
            assertEquals(401, response.statusCode(), actor + ": " + response.body());
            assertTrue(response.body().contains("is a " + reason), actor + ": " + response.body());
        });
        assertEquals(0, listener.connections());
    }

    @Test
    void webfinger_and_search_resolution_of_loopback_handles_and_urls_send_nothing() {
        for (String query : List.of("@someone@" + listener.authority(), "someone@loopback.test:" + listener.port(),
                "http://" + listener.authority() + "/users/someone", "http://lan.test/users/someone",
                "http://metadata.test/latest/meta-data/")) {
            HttpResponse<String> response = bob.get("/api/v2/search?resolve=true&q=" + encoded(query));
            assertEquals(200, response.statusCode(), query + ": " + response.body());
            JsonNode found = ApiClient.json(response);
            assertEquals(0, found.get("accounts").size(), query + ": " + response.body());
            assertEquals(0, found.get("statuses").size(), query + ": " + response.body());
        }
        assertEquals(0, listener.connections());
    }

    @Test
    void a_mention_of_a_loopback_handle_is_not_looked_up() {
        HttpResponse<String> response = bob.postForm("/api/v1/statuses",
                "status", "Asking @someone@" + listener.authority() + " about form 27B/6.");

        assertEquals(200, response.statusCode(), response.body());
        assertEquals(0, listener.connections());
    }

    @Test
    void delivery_to_a_follower_whose_inbox_is_on_loopback_is_refused_and_sends_nothing() throws Exception {
        // No follower can get here through the inbox (its key cannot be fetched), so the store is told directly.
        String carol = "http://" + listener.authority() + "/users/carol";
        Account follower = instance.remoteActors().store(new FetchedDocument(URI.create(carol),
                Json.MAPPER.readTree(actorDocument(carol, "carol", KeyMaterial.generateRsa(), null))));
        instance.receivedFollows().receiveFollow(follower, bobAccount, carol + "#follow");
        HttpResponse<String> posted = bob.postForm("/api/v1/statuses", "status", "Minutes of the working group.");
        assertEquals(200, posted.statusCode(), posted.body());
        instance.deliveryWorker().wakeUp();

        Await.until("both deliveries to carol have failed", () -> jobsTo(carol).size() >= 2
                && jobsTo(carol).stream().allMatch(job -> job.startsWith("failed")), Duration.ofSeconds(30));
        for (String job : jobsTo(carol)) {
            assertTrue(job.contains("loopback"), job);
        }
        assertEquals(0, listener.connections());
    }

    /** The server shows remote media, emoji and links by their URLs and makes no link previews: this keeps it so. */
    @Test
    void media_links_and_avatars_in_remote_posts_and_profiles_are_not_fetched() throws Exception {
        String dave = "https://dave.example/users/dave";
        KeyPair keys = KeyMaterial.generateRsa();
        String loopback = "http://" + listener.authority();
        instance.remoteActors().store(new FetchedDocument(URI.create(dave),
                Json.MAPPER.readTree(actorDocument(dave, "dave", keys, loopback + "/avatar.png"))));
        String create = "{\"@context\":\"https://www.w3.org/ns/activitystreams\","
                + "\"id\":\"" + dave + "/statuses/1/activity\",\"type\":\"Create\",\"actor\":\"" + dave + "\","
                + "\"to\":[\"" + bobAccount.uri() + "\"],"
                + "\"object\":{\"id\":\"" + dave + "/statuses/1\",\"type\":\"Note\",\"attributedTo\":\"" + dave
                + "\",\"to\":[\"" + bobAccount.uri() + "\"],"
                + "\"content\":\"<p>The form is <a href=\\\"" + loopback + "/form\\\">here</a>.</p>\","
                + "\"attachment\":[{\"type\":\"Document\",\"mediaType\":\"image/png\",\"url\":\"" + loopback
                + "/scan.png\"}],"
                + "\"tag\":[{\"type\":\"Mention\",\"href\":\"" + bobAccount.uri() + "\"},"
                + "{\"type\":\"Emoji\",\"name\":\":stamp:\",\"icon\":{\"type\":\"Image\",\"url\":\"" + loopback
                + "/stamp.png\"}}]}}";

        HttpResponse<String> response = SignedInbox.post(instance, "/users/bob/inbox",
                new SigningKey(dave + "#main-key", keys.getPrivate()), create);
        assertEquals(202, response.statusCode(), response.body());
        instance.inboxWorker().drain();

        JsonNode mention = firstMention();
        assertEquals(loopback + "/scan.png", mention.at("/status/media_attachments/0/url").asText(), mention.toString());
        assertEquals(loopback + "/avatar.png", mention.at("/account/avatar").asText(), mention.toString());
        assertEquals(0, listener.connections());
    }

    private static JsonNode firstMention() {
        for (JsonNode notification : ApiClient.json(bob.get("/api/v1/notifications?types[]=mention"))) {
            if (notification.path("type").asText().equals("mention")) {
                return notification;
            }
        }
        throw new AssertionError("no mention notification");
    }

    private static List<String> jobsTo(String actor) {
        return instance.database().dsl()
                .select(Tables.DELIVERY_JOB.STATE, Tables.DELIVERY_JOB.LAST_ERROR)
                .from(Tables.DELIVERY_JOB).where(Tables.DELIVERY_JOB.INBOX_URL.startsWith(actor))
                .fetch(r -> r.value1() + " " + r.value2());
    }

    private static String actorDocument(String id, String username, KeyPair keys, String avatar) {
        return "{\"@context\":[\"https://www.w3.org/ns/activitystreams\",\"https://w3id.org/security/v1\"],"
                + "\"id\":\"" + id + "\",\"type\":\"Person\",\"preferredUsername\":\"" + username + "\","
                + "\"inbox\":\"" + id + "/inbox\",\"outbox\":\"" + id + "/outbox\","
                + "\"followers\":\"" + id + "/followers\","
                + (avatar == null ? "" : "\"icon\":{\"type\":\"Image\",\"mediaType\":\"image/png\",\"url\":\""
                + avatar + "\"},\"image\":{\"type\":\"Image\",\"url\":\"" + avatar + "\"},")
                + "\"publicKey\":{\"id\":\"" + id + "#main-key\",\"owner\":\"" + id + "\","
                + "\"publicKeyPem\":" + Json.write(KeyMaterial.toPem(keys.getPublic())) + "}}";
    }
}
