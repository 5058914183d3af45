package org.bureaucrathackers.fellowship.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.bureaucrathackers.fellowship.json.Json;
import org.bureaucrathackers.fellowship.store.TableCounts;
import org.bureaucrathackers.fellowship.testing.Payloads;
import org.bureaucrathackers.fellowship.testing.SigningPeer;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.bureaucrathackers.fellowship.testing.TestPeer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every payload of another server in the fixtures, POSTed to the shared inbox of a running instance through
 * the whole pipeline: signed by a loopback peer that plays the fixture's actor (the fixture's origin is
 * rewritten to the peer's, and the actor document served there), then verified, read, origin-checked,
 * deduplicated and queued. Each is either accepted (202 and exactly one inbox job) or refused for the
 * reason in {@link #EXPECTED}; none may cause a 500, and the worker runs over whatever was queued.
 */
class FixturePipelineTest {

    /** The status answered, why, and how many inbox jobs it queues. */
    private record Outcome(int status, String reason, int jobs) {
    }

    private static final Outcome ACCEPTED = new Outcome(202, "accepted", 1);

    /** What each fixture must lead to. Anything that is not an activity is refused before it is queued. */
    private static final Map<String, Outcome> EXPECTED = new HashMap<>();

    static {
        String notAnActivity = "not an activity";
        for (String file : List.of("bookwyrm/review-article.json", "fedibird/note-quoteuri.json",
                "fedify/person-publickey-array.json", "fedify/1.5.9/person-with-multikeys.json",
                "fedify/2.3.6/person-with-multikeys.json", "fep/044f-quote-all-properties.json",
                "friendica/featured-collection.json", "friendica/note-quote-share.json", "friendica/organization.json",
                "gotosocial/application-bot.json", "gotosocial/note-cw-string-addressing.json",
                "gotosocial/note-emoji-hashtag-attachment.json", "gotosocial/note-reply-single-tag-approved.json",
                "gotosocial/outbox-page.json", "gotosocial/person-moved.json", "lemmy/group-outbox.json",
                "lemmy/group.json", "lemmy/page.json", "lemmy/person.json", "lemmy/webfinger-group.json",
                "mastodon/actor-person-full-context.json", "mastodon/actor-person-type-array.json",
                "mastodon/actor-person.json", "mastodon/actor-service.json", "mastodon/featured-collection.json",
                "mastodon/followers-page.json", "mastodon/nodeinfo-2.0.json",
                "mastodon/note-attachment-contentmap.json", "mastodon/webfinger.json", "misskey/note-quote.json",
                "misskey/person.json", "misskey/question-no-endtime.json", "mitra/person-multikey.json",
                "mobilizon/event.json", "peertube/group-channel.json", "peertube/note-comment.json",
                "peertube/video.json", "pixelfed/note-image.json", "pixelfed/story.json",
                "pleroma/chatmessage.json", "pleroma/nodeinfo-2.0.json", "pleroma/person-litepub.json",
                "pleroma/question-poll.json", "pleroma/well-known-nodeinfo.json", "threads/webfinger.json",
                "w3c/ap-person.json", "w3c/as2-note-contentmap.json", "w3c/as2-question-http-context.json",
                "w3c/as2-tombstone.json", "wordpress/group-blog.json", "wordpress/person.json",
                "wordpress/webfinger.json")) {
            EXPECTED.put(file, new Outcome(400, notAnActivity, 0));
        }
        EXPECTED.put("gotosocial/delete-no-id.json", new Outcome(400, "an activity without an id", 0));
        EXPECTED.put("w3c/ap-c2s-like-cc-string.json", new Outcome(400, "a client-to-server Like without an id", 0));
        EXPECTED.put("gotosocial/like-authorization.json", new Outcome(400, "LikeAuthorization is not supported", 0));
        EXPECTED.put("fep/044f-quote-request.json", new Outcome(400, "QuoteRequest is not supported", 0));
        EXPECTED.put("wordpress/announce-update-article.json",
                new Outcome(400, "its id has two fragments, so it is not a URL", 0));
        EXPECTED.put("lemmy/remove-featured.json",
                new Outcome(202, "it reuses the id of lemmy/add-featured.json: acknowledged, not queued again", 0));
        // Their origin is rewritten to the peer's, which changes what their proofs cover, and the actor the peer
        // plays does not publish the proofs' keys: a proof that cannot hold refuses the activity (FEP-8b32).
        for (String file : List.of("fedify/1.5.9/create-note-with-proof-and-ld-signature.json",
                "fedify/1.5.9/follow-with-proof-and-ld-signature.json",
                "fedify/2.3.6/create-note-with-proof-and-ld-signature.json",
                "fedify/2.3.6/follow-with-proof-and-ld-signature.json", "fep/8b32-signed-create.json",
                "mitra/create-note-proof.json")) {
            EXPECTED.put(file, new Outcome(401, "a proof by a key the actor does not list", 0));
        }
        for (String file : List.of("gotosocial/accept-likerequest.json",
                "kroeg/create-note-tag-object.json", "lemmy/add-featured.json", "lemmy/announce-create-page.json",
                "lemmy/flag.json", "mastodon/accept-follow.json",
                "mastodon/announce-bare-id-ldsig.json", "mastodon/block.json", "mastodon/create-note-cw-ldsig.json",
                "mastodon/create-poll-vote.json", "mastodon/create-question.json",
                "mastodon/delete-tombstone-ldsig.json", "mastodon/flag.json", "mastodon/follow.json",
                "mastodon/move.json", "mastodon/reject-follow.json", "mastodon/undo-like.json",
                "mastodon/update-person.json", "misskey/like-custom-emoji-reaction.json",
                "pleroma/create-note.json", "pleroma/emojireact.json")) {
            EXPECTED.put(file, ACCEPTED);
        }
    }

    static TestInstance instance;
    static TestPeer peer;
    static final Map<String, SigningPeer> ACTORS = new HashMap<>();

    @BeforeAll
    static void start() {
        instance = TestInstance.start();
        peer = TestPeer.start();
    }

    @AfterAll
    static void stop() {
        instance.close();
        peer.close();
    }

    static List<String> fixtures() {
        URL root = FixturePipelineTest.class.getClassLoader().getResource("fixtures/activitypub/");
        assertNotNull(root, "fixtures on the test classpath");
        try (Stream<Path> files = Files.walk(Path.of(root.toURI()), 3)) {
            Path base = Path.of(root.toURI());
            return files.filter(p -> p.toString().endsWith(".json"))
                    .map(p -> base.relativize(p).toString().replace('\\', '/')).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void each_fixture_is_queued_or_refused_for_its_stated_reason(String file) throws Exception {
        Outcome expected = EXPECTED.get(file);
        JsonNode original = Json.MAPPER.readTree(Payloads.fixture(file));
        String speaker = speaker(original);
        String body = Payloads.fixture(file);
        String path = "/anonymous";
        if (speaker != null) {
            URI uri = URI.create(speaker);
            String origin = uri.getScheme() + "://" + uri.getRawAuthority();
            body = body.replace(origin, "http://" + SigningPeer.HOST + ":" + peer.port());
            path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        }
        SigningPeer actor = ACTORS.computeIfAbsent(path, p -> SigningPeer.serveAt(peer, p, "fixture" + ACTORS.size()));
        Map<String, Integer> before = TableCounts.of(instance.database());
        HttpResponse<String> response = instance.send(actor.signedPost(instance.url("/inbox"), body));
        String actual = response.statusCode() + " " + response.body();
        assertTrue(response.statusCode() < 500, file + ": " + actual);
        assertNotNull(expected, "no expected outcome stated for " + file + "; it got " + actual);
        assertEquals(expected.status(), response.statusCode(), file + " (" + expected.reason() + "): " + actual);
        Map<String, Integer> after = TableCounts.of(instance.database());
        int newJobs = after.get("inbox_job") - before.get("inbox_job");
        assertEquals(expected.jobs(), newJobs, file + ": inbox jobs queued");
        // The worker runs over whatever was queued without throwing, handlers or not.
        instance.inboxWorker().drain();
    }

    /** Who the fixture speaks as: its actor, else its author, else its own id (for bare objects). */
    private static String speaker(JsonNode doc) {
        for (String property : List.of("actor", "attributedTo", "id")) {
            JsonNode node = doc.get(property);
            if (node != null && node.isArray() && !node.isEmpty()) {
                node = node.get(0);
            }
            String id = node == null ? null : node.isTextual() ? node.textValue() : node.path("id").asText(null);
            if (id != null && (id.startsWith("https://") || id.startsWith("http://"))) {
                return id;
            }
        }
        return null;
    }
}
