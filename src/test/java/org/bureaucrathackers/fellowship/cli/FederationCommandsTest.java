package org.bureaucrathackers.fellowship.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.security.KeyPair;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.json.Json;
import org.bureaucrathackers.fellowship.signature.IncomingRequest;
import org.bureaucrathackers.fellowship.signature.KeyMaterial;
import org.bureaucrathackers.fellowship.signature.ResolvedKey;
import org.bureaucrathackers.fellowship.signature.SignatureFailure;
import org.bureaucrathackers.fellowship.signature.SignatureVerifier;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.bureaucrathackers.fellowship.testing.TestPeer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The operator commands run in this process against the data folder of a running instance, whose delivery
 * worker sends what they queue to a loopback peer playing bob's server. Each activity must arrive signed by
 * the fellow's key, with the shape other servers expect.
 */
class FederationCommandsTest {

    private static final String PEER_HOST = "127.0.0.1";
    private static final Duration DELIVERY_WAIT = Duration.ofSeconds(20);
    private static final AtomicInteger NEXT = new AtomicInteger();

    static TestInstance server;
    static TestPeer peer;
    static KeyPair bobKeys = KeyMaterial.generateRsa();
    static String origin;
    static String bob;
    static String bobNote;

    @TempDir
    java.nio.file.Path work;

    @BeforeAll
    static void start() {
        server = TestInstance.start();
        peer = TestPeer.start();
        origin = peer.origin(PEER_HOST);
        bob = origin + "/users/bob";
        bobNote = bob + "/statuses/1";
        peer.serveActivityJson(PEER_HOST, "/users/bob", actor(bob, "bob", bobKeys.getPublic()));
        peer.serveActivityJson(PEER_HOST, "/users/bob/statuses/1", "{\"@context\":\"https://www.w3.org/ns/activitystreams\","
                + "\"id\":\"" + bobNote + "\",\"type\":\"Note\",\"attributedTo\":\"" + bob + "\","
                + "\"content\":\"<p>Forms in triplicate, again.</p>\",\"published\":\"2025-05-01T10:00:00Z\","
                + "\"to\":[\"https://www.w3.org/ns/activitystreams#Public\"],\"cc\":[\"" + bob + "/followers\"]}");
        peer.serve(PEER_HOST, "/users/bob/inbox", exchange -> TestPeer.reply(exchange, 202, "text/plain", ""));
        peer.serveDocument(PEER_HOST, "/.well-known/webfinger?resource=acct%3Abob%40" + PEER_HOST + "%3A" + peer.port(),
                "application/jrd+json", "{\"subject\":\"acct:bob@" + PEER_HOST + ":" + peer.port() + "\",\"links\":"
                        + "[{\"rel\":\"self\",\"type\":\"application/activity+json\",\"href\":\"" + bob + "\"}]}");
    }

    @AfterAll
    static void stop() {
        server.close();
        peer.close();
    }

    static String actor(String id, String username, PublicKey key) {
        return "{\"@context\":[\"https://www.w3.org/ns/activitystreams\",\"https://w3id.org/security/v1\"],"
                + "\"id\":\"" + id + "\",\"type\":\"Person\",\"preferredUsername\":\"" + username + "\","
                + "\"inbox\":\"" + id + "/inbox\",\"outbox\":\"" + id + "/outbox\","
                + "\"followers\":\"" + id + "/followers\","
                + "\"publicKey\":{\"id\":\"" + id + "#main-key\",\"owner\":\"" + id + "\","
                + "\"publicKeyPem\":" + Json.write(KeyMaterial.toPem(key)) + "}}";
    }

    @Test
    void follow_by_url_sends_a_signed_follow_to_the_remote_inbox() {
        Account alice = fellow();
        CommandRun run = run("follow", alice.username(), bob);
        assertEquals(0, run.status(), run.toString());
        assertTrue(run.out().contains("asked to follow @bob@" + PEER_HOST + ":" + peer.port()), run.out());

        JsonNode follow = delivered(alice, a -> "Follow".equals(a.path("type").asText()));
        assertEquals(alice.uri(), follow.path("actor").asText());
        assertEquals(bob, follow.path("object").asText());
    }

    @Test
    void follow_by_handle_finds_the_actor_through_webfinger() {
        Account alice = fellow();
        CommandRun run = run("follow", alice.username(), "@bob@" + PEER_HOST + ":" + peer.port());
        assertEquals(0, run.status(), run.toString());
        JsonNode follow = delivered(alice, a -> "Follow".equals(a.path("type").asText()));
        assertEquals(bob, follow.path("object").asText());
    }

    @Test
    void unfollow_sends_an_undo_with_the_follow_embedded() {
        Account alice = fellow();
        assertEquals(0, run("follow", alice.username(), bob).status());
        JsonNode follow = delivered(alice, a -> "Follow".equals(a.path("type").asText()));

        CommandRun run = run("unfollow", alice.username(), bob);
        assertEquals(0, run.status(), run.toString());
        JsonNode undo = delivered(alice, a -> "Undo".equals(a.path("type").asText()));
        assertEquals("Follow", undo.path("object").path("type").asText());
        assertEquals(follow.path("id").asText(), undo.path("object").path("id").asText());
        assertEquals(bob, undo.path("object").path("object").asText());
    }

    @Test
    void post_prints_its_url_and_a_reply_reaches_the_author_replied_to() {
        Account alice = fellow();
        CommandRun run = run("post", alice.username(), "Agreed, *again*.", "--in-reply-to", bobNote,
                "--spoiler", "paperwork", "--language", "en");
        assertEquals(0, run.status(), run.toString());
        String url = run.out().strip();
        assertTrue(url.startsWith(server.base() + "/@" + alice.username() + "/"), url);
        assertEquals(200, server.get(url, "Accept", "text/html").statusCode());

        JsonNode create = delivered(alice, a -> "Create".equals(a.path("type").asText()));
        JsonNode note = create.path("object");
        assertEquals("Note", note.path("type").asText());
        assertEquals(bobNote, note.path("inReplyTo").asText());
        assertEquals("paperwork", note.path("summary").asText());
        assertTrue(note.path("content").asText().contains("<em>again</em>"), note.toString());
        assertTrue(note.path("contentMap").has("en"), note.toString());
    }

    @Test
    void a_followers_only_post_is_queued_and_stays_off_the_public_web() {
        Account alice = fellow();
        CommandRun run = run("post", alice.username(), "Only for you", "--visibility", "followers");
        assertEquals(0, run.status(), run.toString());
        assertEquals(404, server.get(run.out().strip(), "Accept", "text/html").statusCode());
    }

    @Test
    void like_fetches_the_remote_post_and_sends_a_like_to_its_author() {
        Account alice = fellow();
        CommandRun run = run("like", alice.username(), bobNote);
        assertEquals(0, run.status(), run.toString());
        JsonNode like = delivered(alice, a -> "Like".equals(a.path("type").asText()));
        assertEquals(bobNote, like.path("object").asText());
    }

    @Test
    void boost_sends_an_announce_of_the_remote_post() {
        Account alice = fellow();
        CommandRun run = run("boost", alice.username(), bobNote);
        assertEquals(0, run.status(), run.toString());
        JsonNode announce = delivered(alice, a -> "Announce".equals(a.path("type").asText()));
        assertEquals(bobNote, announce.path("object").asText());
    }

    @Test
    void delete_sends_a_tombstone_to_everyone_who_got_the_post() {
        Account alice = fellow();
        CommandRun posted = run("post", alice.username(), "A reply to retract", "--in-reply-to", bobNote);
        assertEquals(0, posted.status(), posted.toString());
        JsonNode create = delivered(alice, a -> "Create".equals(a.path("type").asText()));

        CommandRun run = run("delete", alice.username(), posted.out().strip());
        assertEquals(0, run.status(), run.toString());
        JsonNode delete = delivered(alice, a -> "Delete".equals(a.path("type").asText()));
        assertEquals("Tombstone", delete.path("object").path("type").asText());
        assertEquals(create.path("object").path("id").asText(), delete.path("object").path("id").asText());
        assertEquals(410, server.get(create.path("object").path("id").asText(),
                "Accept", "application/activity+json").statusCode());
    }

    @Test
    void fellow_update_sends_the_whole_new_profile_to_remote_followers() throws Exception {
        Account alice = fellow();
        Account bobAccount = server.remoteActors().resolve(bob);
        server.receivedFollows().receiveFollow(bobAccount, alice, bob + "#follows/" + alice.id());

        CommandRun run = run("fellow", "update", alice.username(), "--display-name", "Alice Clerk",
                "--bio", "Keeper of **forms**", "--field", "Desk=Room 101", "--field", "Site=https://forms.example",
                "--manually-approves-followers", "true");
        assertEquals(0, run.status(), run.toString());

        JsonNode update = delivered(alice, a -> "Update".equals(a.path("type").asText()));
        JsonNode person = update.path("object");
        assertEquals(alice.uri(), person.path("id").asText());
        assertEquals("Person", person.path("type").asText());
        assertEquals("Alice Clerk", person.path("name").asText());
        assertTrue(person.path("summary").asText().contains("<strong>forms</strong>"), person.toString());
        assertTrue(person.path("manuallyApprovesFollowers").asBoolean());
        assertEquals(2, person.path("attachment").size());
        assertEquals("Room 101", person.path("attachment").get(0).path("value").asText());
        assertTrue(person.path("attachment").get(1).path("value").asText().contains("href=\"https://forms.example\""));
        assertTrue(person.path("publicKey").path("publicKeyPem").asText().contains("PUBLIC KEY"));

        Account stored = server.fellows().findLocal(alice.username()).orElseThrow();
        assertEquals("Alice Clerk", stored.displayName());
        assertTrue(stored.manuallyApprovesFollowers());
    }

    @Test
    void block_sends_a_block_to_the_blocked_actor() {
        Account alice = fellow();
        CommandRun run = run("block", alice.username(), bob);
        assertEquals(0, run.status(), run.toString());
        JsonNode block = delivered(alice, a -> "Block".equals(a.path("type").asText()));
        assertEquals(bob, block.path("object").asText());

        CommandRun unblock = run("unblock", alice.username(), bob);
        assertEquals(0, unblock.status(), unblock.toString());
        JsonNode undo = delivered(alice, a -> "Undo".equals(a.path("type").asText()));
        assertEquals("Block", undo.path("object").path("type").asText());
    }

    @Test
    void an_unknown_fellow_fails_with_one_line() {
        CommandRun run = run("follow", "nobody", bob);
        assertTrue(run.failedWithOneLine(), run.toString());
        assertTrue(run.err().contains("no fellow called 'nobody'"), run.err());
    }

    @Test
    void an_unresolvable_handle_fails_with_one_line() {
        Account alice = fellow();
        CommandRun run = run("follow", alice.username(), "someone@nowhere.invalid");
        assertTrue(run.failedWithOneLine(), run.toString());
        assertTrue(run.err().contains("cannot find someone@nowhere.invalid"), run.err());
    }

    @Test
    void a_url_that_is_not_a_post_fails_with_one_line_and_nothing_is_sent() {
        Account alice = fellow();
        CommandRun actorUrl = run("like", alice.username(), bob);
        assertTrue(actorUrl.failedWithOneLine(), actorUrl.toString());
        assertTrue(actorUrl.err().contains("is not a post"), actorUrl.err());

        CommandRun localMissing = run("boost", alice.username(), server.base() + "/users/nobody/statuses/1");
        assertTrue(localMissing.failedWithOneLine(), localMissing.toString());

        CommandRun notUrl = run("like", alice.username(), "not a url");
        assertTrue(notUrl.failedWithOneLine(), notUrl.toString());

        CommandRun othersPost = run("delete", alice.username(), bobNote);
        assertTrue(othersPost.failedWithOneLine(), othersPost.toString());
        assertTrue(inboxActivitiesOf(alice).isEmpty());
    }

    @Test
    void a_bad_visibility_is_a_usage_error() {
        Account alice = fellow();
        CommandRun run = run("post", alice.username(), "Hello", "--visibility", "secret");
        assertEquals(FellowshipCommand.USAGE, run.status(), run.toString());
        assertTrue(run.err().contains("'secret' is not a visibility"), run.err());
    }

    @Test
    void fellow_update_with_nothing_to_change_or_too_many_fields_fails() {
        Account alice = fellow();
        assertEquals(FellowshipCommand.USAGE, run("fellow", "update", alice.username()).status());
        List<String> args = new ArrayList<>(List.of("fellow", "update", alice.username()));
        for (int i = 0; i < 7; i++) {
            args.add("--field");
            args.add("F" + i + "=v");
        }
        CommandRun tooMany = run(args.toArray(String[]::new));
        assertTrue(tooMany.failedWithOneLine(), tooMany.toString());
        assertTrue(tooMany.err().contains("at most 6 fields"), tooMany.err());
    }

    @Test
    void every_command_has_help() {
        for (String command : List.of("follow", "unfollow", "post", "like", "boost", "delete", "block", "unblock")) {
            CommandRun run = CommandRun.run(work, Map.of(), command, "--help");
            assertEquals(0, run.status(), command);
            assertTrue(run.out().contains("Usage: fellowship " + command), run.out());
        }
        assertTrue(CommandRun.run(work, Map.of(), "fellow", "update", "--help").out().contains("--field"));
    }

    private static Account fellow() {
        return server.createFellow("clerk" + NEXT.incrementAndGet());
    }

    private CommandRun run(String... args) {
        List<String> all = new ArrayList<>(Arrays.asList(args));
        all.addAll(List.of("--data", server.dataDir().toString(), "--public-url", server.base(),
                "--allow-private-network"));
        return CommandRun.run(work, Map.of(), all.toArray(String[]::new));
    }

    /** Activities POSTed to bob's inbox by {@code sender}, each checked to carry the sender's valid signature. */
    private static List<JsonNode> inboxActivitiesOf(Account sender) {
        List<JsonNode> found = new ArrayList<>();
        for (TestPeer.Recorded request : peer.requestsTo("/users/bob/inbox")) {
            JsonNode activity = parse(request.bodyText());
            if (sender.uri().equals(activity.path("actor").asText())) {
                assertSignedBy(sender, request);
                found.add(activity);
            }
        }
        return found;
    }

    private static JsonNode parse(String json) {
        try {
            return Json.MAPPER.readTree(json);
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }

    private static JsonNode delivered(Account sender, Predicate<JsonNode> which) {
        long deadline = System.nanoTime() + DELIVERY_WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<JsonNode> match = inboxActivitiesOf(sender).stream().filter(which).findFirst();
            if (match.isPresent()) {
                return match.get();
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("nothing matching was delivered for " + sender.uri() + "; got "
                + inboxActivitiesOf(sender));
    }

    private static void assertSignedBy(Account sender, TestPeer.Recorded request) {
        String keyId = sender.uri() + "#main-key";
        PublicKey key = KeyMaterial.publicKeyFromPem(server.accountKeys(sender.id()).stream()
                .filter(k -> k.keyId().equals(keyId)).findFirst().orElseThrow().publicKey());
        SignatureVerifier verifier = new SignatureVerifier(Clock.systemUTC(),
                (id, refresh) -> new ResolvedKey(id, sender.uri(), key, true), URI.create(origin));
        try {
            String owner = verifier.verify(new IncomingRequest(request.method(), request.path(), request.headers(),
                    request.body())).ownerActorId();
            assertEquals(sender.uri(), owner);
        } catch (SignatureFailure e) {
            throw new AssertionError("delivery not validly signed: " + e.reason(), e);
        }
        assertFalse(request.header("signature") == null && request.header("signature-input") == null);
    }
}
