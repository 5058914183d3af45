package org.bureaucrathackers.fellowship.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.post.NewPost;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.signature.KeyMaterial;
import org.bureaucrathackers.fellowship.signature.SigningKey;
import org.bureaucrathackers.fellowship.store.TableCounts;
import org.bureaucrathackers.fellowship.testing.SigningPeer;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.bureaucrathackers.fellowship.testing.TestPeer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Signed requests a hostile or broken server might send, over real HTTP to a running instance: each is
 * answered with the status the rules give (S14, E2, E3, X1–X11) and leaves nothing behind in the tables an
 * accepted activity would write to. The inbox worker runs with whatever handlers exist; these requests
 * never reach it. It does not poll either: what earlier tests queued runs when {@code refused} drains it,
 * never in the middle of a count.
 */
class HostileRequestsTest {

    private static final AtomicInteger NEXT = new AtomicInteger();

    static TestInstance instance;
    static TestPeer peer;
    static SigningPeer mallory;
    static SigningPeer eve;
    static Account bob;
    static Status bobsPost;
    static String inbox;
    /** The peer under a second name: another host, as far as origins go. */
    static String otherHost;

    @BeforeAll
    static void start() {
        instance = TestInstance.start();
        instance.inboxWorker().pausePolling();
        peer = TestPeer.start();
        mallory = SigningPeer.serve(peer, "mallory");
        eve = SigningPeer.serve(peer, "eve");
        otherHost = peer.origin("localhost");
        bob = instance.createFellow("bob");
        bobsPost = instance.posts().post(bob, NewPost.publicText("Queue here for form 27B/6."));
        inbox = instance.url("/users/bob/inbox");
    }

    @AfterAll
    static void stop() {
        instance.close();
        peer.close();
    }

    private static String id(SigningPeer actor) {
        return actor.id() + "#activities/" + NEXT.incrementAndGet();
    }

    private static String follow(String id, String actor) {
        return "{\"@context\":\"https://www.w3.org/ns/activitystreams\",\"id\":\"" + id + "\",\"type\":\"Follow\","
                + "\"actor\":\"" + actor + "\",\"object\":\"" + bob.uri() + "\"}";
    }

    private static String create(String id, String actor, String objectId) {
        return "{\"@context\":\"https://www.w3.org/ns/activitystreams\",\"id\":\"" + id + "\",\"type\":\"Create\","
                + "\"actor\":\"" + actor + "\",\"to\":[\"https://www.w3.org/ns/activitystreams#Public\"],"
                + "\"object\":{\"id\":\"" + objectId + "\",\"type\":\"Note\",\"attributedTo\":\"" + actor + "\","
                + "\"content\":\"<p>hi</p>\",\"to\":[\"https://www.w3.org/ns/activitystreams#Public\"]}}";
    }

    private static String delete(String id, String actor, String objectId) {
        return "{\"@context\":\"https://www.w3.org/ns/activitystreams\",\"id\":\"" + id + "\",\"type\":\"Delete\","
                + "\"actor\":\"" + actor + "\",\"object\":{\"id\":\"" + objectId + "\",\"type\":\"Tombstone\"}}";
    }

    private static HttpResponse<String> send(HttpRequest request) {
        return instance.send(request);
    }

    /** Sends the request and checks its status and that no activity table gained a row. */
    private static HttpResponse<String> refused(int status, HttpRequest request) {
        // Activities accepted by earlier tests are handled first, so their rows do not land mid-count.
        instance.inboxWorker().drain();
        Map<String, Integer> before = TableCounts.of(instance.database());
        HttpResponse<String> response = send(request);
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"error\""), response.body());
        assertEquals(before, TableCounts.of(instance.database()), "nothing is stored");
        return response;
    }

    @Test
    void a_request_signed_with_another_key_is_refused_with_401() {
        SigningKey forged = new SigningKey(mallory.keyId(), KeyMaterial.generateRsa().getPrivate());
        refused(401, SigningPeer.signedPost(inbox, follow(id(mallory), mallory.id()), forged, Instant.now()));
    }

    @Test
    void an_activity_whose_actor_is_not_the_signer_is_refused_with_401() {
        refused(401, mallory.signedPost(inbox, follow(id(eve), eve.id())));
    }

    @Test
    void a_replayed_activity_is_acknowledged_but_queued_once() {
        String body = follow(id(mallory), mallory.id());
        int jobsBefore = TableCounts.of(instance.database()).get("inbox_job");
        assertEquals(202, send(mallory.signedPost(inbox, body)).statusCode());
        HttpResponse<String> again = send(mallory.signedPost(inbox, body));
        assertEquals(202, again.statusCode());
        assertTrue(again.body().contains("already received"), again.body());
        assertEquals(jobsBefore + 1, TableCounts.of(instance.database()).get("inbox_job"));
    }

    @Test
    void a_stale_date_is_refused_with_401() {
        Instant twoHoursAgo = Instant.now().minus(Duration.ofHours(2));
        HttpResponse<String> response = refused(401, SigningPeer.signedPost(inbox, follow(id(mallory), mallory.id()),
                mallory.signingKey(), twoHoursAgo));
        assertTrue(response.body().toLowerCase().contains("date"), response.body());
    }

    @Test
    @Timeout(60)
    void a_body_over_one_mebibyte_is_refused_with_413() throws Exception {
        Map<String, Integer> before = TableCounts.of(instance.database());
        URI target = URI.create(inbox);
        // A raw request announcing the size and waiting for 100 Continue, as a careful client would: the server
        // refuses from the headers alone.
        try (Socket socket = new Socket(target.getHost(), target.getPort())) {
            socket.setSoTimeout(20_000);
            String head = "POST " + target.getPath() + " HTTP/1.1\r\nHost: " + instance.domain() + "\r\n"
                    + "Content-Type: application/activity+json\r\nAccept: application/json\r\n"
                    + "Content-Length: " + (1024 * 1024 + 10) + "\r\nExpect: 100-continue\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine();
            assertTrue(statusLine != null && statusLine.startsWith("HTTP/1.1 413 "), statusLine);
        }
        assertEquals(before, TableCounts.of(instance.database()));
    }

    @Test
    void malformed_json_is_refused_with_400() {
        refused(400, mallory.signedPost(inbox, "{\"type\":\"Follow\",\"actor\":"));
        refused(400, mallory.signedPost(inbox, "[1,2,3]"));
    }

    @Test
    void a_body_that_is_not_activitypub_json_is_refused_with_415() {
        refused(415, HttpRequest.newBuilder(URI.create(inbox)).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(follow(id(mallory), mallory.id())))
                .timeout(Duration.ofSeconds(20)).build());
    }

    @Test
    void an_unsigned_request_is_refused_with_401() {
        refused(401, HttpRequest.newBuilder(URI.create(inbox)).header("Content-Type", "application/activity+json")
                .POST(HttpRequest.BodyPublishers.ofString(follow(id(mallory), mallory.id())))
                .timeout(Duration.ofSeconds(20)).build());
    }

    @Test
    void a_body_that_does_not_match_its_digest_is_refused_with_401() {
        HttpRequest signed = mallory.signedPost(inbox, follow(id(mallory), mallory.id()));
        HttpRequest.Builder swapped = HttpRequest.newBuilder(URI.create(inbox))
                .POST(HttpRequest.BodyPublishers.ofString(follow(id(mallory), eve.id())))
                .timeout(Duration.ofSeconds(20));
        signed.headers().map().forEach((name, values) -> values.forEach(value -> swapped.header(name, value)));
        refused(401, swapped.build());
    }

    @Test
    void a_key_on_one_host_cannot_speak_for_an_actor_on_another() {
        String actorElsewhere = otherHost + "/users/mallory";
        refused(401, mallory.signedPost(inbox, follow(actorElsewhere + "#follows/1", actorElsewhere)));
    }

    @Test
    void an_activity_claiming_a_local_actor_is_refused_with_403() {
        refused(403, mallory.signedPost(inbox, follow(bob.uri() + "#follows/forged", bob.uri())));
    }

    @Test
    void a_create_of_an_object_on_another_host_is_refused_with_403() {
        refused(403, mallory.signedPost(inbox, create(id(mallory), mallory.id(), otherHost + "/notes/1")));
        refused(403, mallory.signedPost(inbox, create(id(mallory), mallory.id(), bobsPost.uri() + "0")));
    }

    @Test
    void a_delete_of_an_object_that_is_not_the_actors_is_refused_with_403() {
        refused(403, mallory.signedPost(inbox, delete(id(mallory), mallory.id(), bobsPost.uri())));
        refused(403, mallory.signedPost(inbox, delete(id(mallory), mallory.id(), otherHost + "/notes/1")));
        assertTrue(instance.posts().find(bobsPost.uri()).isPresent());
    }

    @Test
    void an_update_of_another_actor_is_refused_with_403() {
        String update = "{\"@context\":\"https://www.w3.org/ns/activitystreams\",\"id\":\"" + id(mallory) + "\","
                + "\"type\":\"Update\",\"actor\":\"" + mallory.id() + "\",\"object\":{\"id\":\"" + eve.id() + "\","
                + "\"type\":\"Person\",\"preferredUsername\":\"eve\",\"name\":\"Mallory was here\","
                + "\"inbox\":\"" + eve.id() + "/inbox\"}}";
        refused(403, mallory.signedPost(inbox, update));
    }

    @Test
    void a_delete_from_an_unknown_actor_is_acknowledged_without_fetching_anything() {
        String ghost = mallory.origin() + "/users/ghost";
        String body = "{\"@context\":\"https://www.w3.org/ns/activitystreams\",\"id\":\"" + ghost + "#delete\","
                + "\"type\":\"Delete\",\"actor\":\"" + ghost + "\",\"object\":\"" + ghost + "\"}";
        int requestsBefore = peer.requests().size();
        Map<String, Integer> before = TableCounts.of(instance.database());
        HttpResponse<String> response = send(SigningPeer.signedPost(inbox, body,
                new SigningKey(ghost + "#main-key", KeyMaterial.generateRsa().getPrivate()), Instant.now()));
        assertEquals(202, response.statusCode(), response.body());
        assertEquals(requestsBefore, peer.requests().size(), "no key or actor was fetched");
        assertEquals(before, TableCounts.of(instance.database()));
    }

    @Test
    void an_acct_key_id_is_refused_with_401() {
        SigningKey acct = new SigningKey("acct:mallory@" + SigningPeer.HOST + ":" + peer.port(),
                mallory.signingKey().privateKey());
        refused(401, SigningPeer.signedPost(inbox, follow(id(mallory), mallory.id()), acct, Instant.now()));
    }
}
