package org.bureaucrathackers.fellowship.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.FellowProfileChanges;
import org.bureaucrathackers.fellowship.actor.ProfileChanges;
import org.bureaucrathackers.fellowship.fetch.FetchException;
import org.bureaucrathackers.fellowship.json.Json;
import org.bureaucrathackers.fellowship.jsonld.InboundDocuments;
import org.bureaucrathackers.fellowship.jsonld.JsonLdProcessor;
import org.bureaucrathackers.fellowship.post.NewPost;
import org.bureaucrathackers.fellowship.post.PostEdit;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.testing.Await;
import org.bureaucrathackers.fellowship.testing.JsonShape;
import org.bureaucrathackers.fellowship.testing.PeerActor;
import org.bureaucrathackers.fellowship.testing.SignedInbox;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.bureaucrathackers.fellowship.testing.TestPeer;
import org.bureaucrathackers.fellowship.vocab.ActivityReader;
import org.bureaucrathackers.fellowship.vocab.ActorReader;
import org.bureaucrathackers.fellowship.vocab.IncomingActivity;
import org.bureaucrathackers.fellowship.vocab.NoteReader;
import org.bureaucrathackers.fellowship.vocab.RemoteActor;
import org.bureaucrathackers.fellowship.vocab.RemoteNote;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The example payloads that FEDERATION.md links to (federation-specs/examples/*.json) against what a running
 * instance really sends and serves. A fellow, alice, is followed by and follows bob on another server, posts,
 * likes, boosts, edits, changes her profile, deletes and unfollows; what reaches bob's server and what alice's
 * server serves is compared, by shape, with the example for the same kind of document. When the server changes
 * what it sends, this fails until the examples (and the words around them) say so too.
 *
 * <p>To rewrite the examples whose shape changed from the server's output (hosts, ids and dates normalised), run
 * this class with {@code -Dfellowship.writeExamples=true}, then read the diff before committing it.
 */
class FederationExamplesTest {

    static final Path SPECS = Path.of("federation-specs");
    static final Path FEDERATION_MD = SPECS.resolve("FEDERATION.md");
    static final Path EXAMPLES = SPECS.resolve("examples");
    private static final boolean WRITE = Boolean.getBoolean("fellowship.writeExamples");

    /** How the server's own readers take each example: as an activity, an actor, a post, or not at all. */
    enum Reader { ACTIVITY, ACTOR, NOTE, NONE }

    /** Every example, in the order the scenario produces them, with the reader that must accept it. */
    static final Map<String, Reader> KINDS = new LinkedHashMap<>();

    static {
        KINDS.put("actor.json", Reader.ACTOR);
        KINDS.put("instance-actor.json", Reader.ACTOR);
        KINDS.put("webfinger.json", Reader.NONE);
        KINDS.put("nodeinfo-links.json", Reader.NONE);
        KINDS.put("nodeinfo.json", Reader.NONE);
        KINDS.put("accept.json", Reader.ACTIVITY);
        KINDS.put("follow.json", Reader.ACTIVITY);
        KINDS.put("create.json", Reader.ACTIVITY);
        KINDS.put("note.json", Reader.NOTE);
        KINDS.put("tag.json", Reader.NONE);
        KINDS.put("like.json", Reader.ACTIVITY);
        KINDS.put("announce.json", Reader.ACTIVITY);
        KINDS.put("outbox.json", Reader.NONE);
        KINDS.put("outbox-page.json", Reader.NONE);
        KINDS.put("followers.json", Reader.NONE);
        KINDS.put("followers-page.json", Reader.NONE);
        KINDS.put("following.json", Reader.NONE);
        KINDS.put("featured.json", Reader.NONE);
        KINDS.put("featured-tags.json", Reader.NONE);
        KINDS.put("update-note.json", Reader.ACTIVITY);
        KINDS.put("update-person.json", Reader.ACTIVITY);
        KINDS.put("undo-like.json", Reader.ACTIVITY);
        KINDS.put("delete.json", Reader.ACTIVITY);
        KINDS.put("undo-follow.json", Reader.ACTIVITY);
    }

    private static TestPeer peer;
    private static TestInstance instance;
    /** What the running instance sent or served, by example file name, with hosts, ids and dates normalised. */
    private static Map<String, JsonNode> emitted;

    @BeforeAll
    static void run() throws Exception {
        peer = TestPeer.start();
        instance = TestInstance.start(peer.resolverOrSystem());
        emitted = new Scenario(instance, PeerActor.serve(peer, "social.example", "bob")).run();
        if (WRITE) {
            Files.createDirectories(EXAMPLES);
            // Only examples whose shape changed are rewritten, so keys and dates of the others stay as they are.
            for (Map.Entry<String, JsonNode> example : emitted.entrySet()) {
                Path file = EXAMPLES.resolve(example.getKey());
                if (!Files.exists(file) || !JsonShape.differences(Json.MAPPER.readTree(Files.readString(file)),
                        example.getValue()).isEmpty()) {
                    Files.writeString(file,
                            Json.MAPPER.writer(examplePrinter()).writeValueAsString(example.getValue()) + "\n");
                }
            }
        }
    }

    @AfterAll
    static void stop() {
        if (instance != null) {
            instance.close();
        }
        if (peer != null) {
            peer.close();
        }
    }

    @Test
    void every_example_is_linked_from_federation_md_and_every_linked_example_exists() throws IOException {
        Set<String> linked = new TreeSet<>();
        Matcher link = Pattern.compile("\\]\\(examples/([^)#\\s]+)\\)").matcher(Files.readString(FEDERATION_MD));
        while (link.find()) {
            linked.add(link.group(1));
        }
        assertEquals(files(), linked, "examples/ and the examples FEDERATION.md links to");
    }

    @Test
    void every_kind_of_document_the_server_sends_here_has_an_example_and_no_example_is_left_unchecked()
            throws IOException {
        assertEquals(new TreeSet<>(KINDS.keySet()), files(),
                "federation-specs/examples/ against what this test checks");
    }

    @Test
    void every_example_parses_and_the_servers_own_readers_take_it() throws IOException {
        InboundDocuments inbound = new InboundDocuments(JsonLdProcessor.standard());
        List<String> problems = new ArrayList<>();
        for (String file : files()) {
            try {
                JsonNode example = Json.MAPPER.readTree(Files.readString(EXAMPLES.resolve(file)));
                problems.addAll(read(file, example, inbound));
            } catch (Exception e) {
                problems.add(file + ": " + e);
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void every_example_has_the_shape_of_what_the_server_sends() throws IOException {
        List<String> differences = new ArrayList<>();
        for (Map.Entry<String, JsonNode> sent : emitted.entrySet()) {
            Path file = EXAMPLES.resolve(sent.getKey());
            if (!Files.exists(file)) {
                differences.add(sent.getKey() + ": no example; the server sends " + sent.getValue());
                continue;
            }
            JsonNode example = Json.MAPPER.readTree(Files.readString(file));
            for (String difference : JsonShape.differences(example, sent.getValue())) {
                differences.add(sent.getKey() + " " + difference);
            }
        }
        if (!differences.isEmpty()) {
            fail("The examples in " + EXAMPLES + " no longer match what the server sends. Update them (run this "
                    + "class with -Dfellowship.writeExamples=true and read the diff) and FEDERATION.md:\n  "
                    + String.join("\n  ", differences));
        }
    }

    /** What the example's reader makes of it, as problems; none when it reads as what the example says it is. */
    private static List<String> read(String file, JsonNode example, InboundDocuments inbound) throws Exception {
        List<String> problems = new ArrayList<>();
        Reader reader = KINDS.get(file);
        if (reader == null || reader == Reader.NONE) {
            if (!example.isObject()) {
                problems.add(file + ": not a JSON object");
            }
            return problems;
        }
        JsonNode readable = inbound.readable(example);
        switch (reader) {
            case ACTOR -> {
                RemoteActor actor = new ActorReader().read(readable);
                expect(problems, file, "id", example.path("id").asText(), actor.id());
                expect(problems, file, "inbox", example.path("inbox").asText(), actor.inbox());
            }
            case NOTE -> {
                RemoteNote note = new NoteReader().read(readable);
                expect(problems, file, "id", example.path("id").asText(), note.id());
                expect(problems, file, "attributedTo", example.path("attributedTo").asText(), note.attributedTo());
            }
            case ACTIVITY -> {
                IncomingActivity activity = new ActivityReader().read(readable);
                expect(problems, file, "type", example.path("type").asText(), activity.type());
                expect(problems, file, "actor", example.path("actor").asText(), activity.actorId());
                JsonNode object = example.path("object");
                String objectId = object.isTextual() ? object.asText() : object.path("id").asText();
                expect(problems, file, "object", objectId, activity.objectId());
                if (object.isObject() && object.path("type").asText().equals("Note")) {
                    expect(problems, file, "object.id", objectId, new NoteReader().read(object).id());
                }
                if (object.isObject() && object.path("type").asText().equals("Person")) {
                    expect(problems, file, "object.id", objectId, new ActorReader().read(object).id());
                }
            }
            default -> throw new IllegalStateException(reader.name());
        }
        return problems;
    }

    private static void expect(List<String> problems, String file, String what, String expected, String actual) {
        if (!expected.equals(actual)) {
            problems.add(file + ": " + what + " read as " + actual + ", the example says " + expected);
        }
    }

    private static Set<String> files() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        }
    }

    /**
     * The story that makes the server send and serve one of each kind of document: bob (on another server)
     * follows alice, alice follows bob, posts, likes and boosts, edits, changes her profile, takes back her like,
     * deletes her post and unfollows.
     */
    private static final class Scenario {

        private static final String ACTIVITY_JSON = "application/activity+json";

        private final TestInstance instance;
        private final PeerActor bob;
        private final Map<String, JsonNode> sent = new LinkedHashMap<>();

        Scenario(TestInstance instance, PeerActor bob) {
            this.instance = instance;
            this.bob = bob;
        }

        Map<String, JsonNode> run() throws FetchException {
            String bobHandle = "bob@social.example:" + peerPort();
            peerWebFinger(bobHandle);
            Account alice = instance.createFellow("alice");
            alice = instance.profiles().update(alice, new ProfileChanges("Alice",
                    "Service designer at the Ministry.", List.of(new ProfileChanges.Field("Team", "Digital Service")),
                    false), new FellowProfileChanges()
                    .set("organisation", "Ministry of Digital Affairs").set("organisation_type", "government")
                    .set("role", "Service designer").set("country", "EE").set("government_level", "national")
                    .set("sector", "public-services").themes(List.of("opendata", "permits"))
                    .set("aims", "Every permit decided within a day."));

            served("actor.json", alice.uri());
            served("instance-actor.json", instance.uris().instanceActor());
            served("webfinger.json", "/.well-known/webfinger?resource="
                    + URLEncoder.encode("acct:alice@" + instance.domain(), StandardCharsets.UTF_8));
            served("nodeinfo-links.json", "/.well-known/nodeinfo");
            served("nodeinfo.json", "/nodeinfo/2.0");

            SignedInbox.deliver(instance, bob, bob.activity("Follow", alice.uri()));
            received("accept.json", "Accept", a -> true);

            Account bobHere = instance.remoteActors().resolve(bob.uri());
            instance.follows().follow(alice, bobHere);
            JsonNode follow = received("follow.json", "Follow", a -> true);
            SignedInbox.deliver(instance, bob, bob.activity("Accept", follow));

            Status post = instance.posts().post(alice, new NewPost("@" + bobHandle
                    + " form *27B/6* is back, and shorter. #paperwork", Status.Visibility.PUBLIC, null, null, "en"));
            received("create.json", "Create", a -> true);
            served("note.json", post.uri());
            served("tag.json", "/tags/paperwork");

            ObjectNode bobsNote = bob.note("<p>Three signatures fewer on the travel form.</p>");
            bob.serveObject(bobsNote);
            Status bobsPost = instance.statusResolver().resolve(bobsNote.get("id").asText());
            instance.interactions().like(alice, bobsPost);
            received("like.json", "Like", a -> true);
            instance.interactions().boost(alice, bobsPost);
            received("announce.json", "Announce", a -> true);

            JsonNode outbox = served("outbox.json", alice.outboxUrl());
            served("outbox-page.json", outbox.path("first").asText());
            JsonNode followers = served("followers.json", alice.followersUrl());
            served("followers-page.json", followers.path("first").asText());
            served("following.json", alice.followingUrl());
            served("featured.json", alice.featuredUrl());
            served("featured-tags.json", instance.uris().actor("alice") + "/collections/tags");

            instance.posts().edit(alice, post.id(), new PostEdit("@" + bobHandle
                    + " form *27B/6* is back, and two pages shorter. #paperwork", null, null));
            received("update-note.json", "Update", a -> a.path("object").path("type").asText().equals("Note"));
            instance.profiles().update(alice, new ProfileChanges(null, "Service designer at the Ministry, "
                    + "on loan to procurement.", null, null));
            received("update-person.json", "Update", a -> a.path("object").path("type").asText().equals("Person"));
            instance.interactions().unlike(alice, bobsPost);
            received("undo-like.json", "Undo", a -> a.path("object").path("type").asText().equals("Like"));
            instance.posts().delete(alice, post.id());
            received("delete.json", "Delete", a -> true);
            instance.follows().unfollow(alice, bobHere);
            received("undo-follow.json", "Undo", a -> a.path("object").path("type").asText().equals("Follow"));

            return new Normaliser(instance, bob).normalise(sent);
        }

        private int peerPort() {
            return java.net.URI.create(bob.origin()).getPort();
        }

        /** bob's WebFinger answer on his server, so alice's post can mention him. */
        private void peerWebFinger(String handle) {
            String host = "social.example";
            String jrd = Json.write(Json.object().put("subject", "acct:" + handle).set("links", Json.MAPPER
                    .createArrayNode().add(Json.object().put("rel", "self").put("type", ACTIVITY_JSON)
                            .put("href", bob.uri()))));
            peer.serveDocument(host, "/.well-known/webfinger?resource="
                    + URLEncoder.encode("acct:" + handle, StandardCharsets.UTF_8), "application/jrd+json", jrd);
        }

        /** GETs a document from alice's server as another server would, and keeps it. */
        private JsonNode served(String example, String pathOrUrl) {
            HttpResponse<String> response = instance.get(pathOrUrl, "Accept", ACTIVITY_JSON);
            assertEquals(200, response.statusCode(), pathOrUrl + ": " + response.body());
            JsonNode document = PeerActor.parse(response.body());
            sent.put(example, document);
            return document;
        }

        /** Waits (bounded) until bob's server got an activity of this type that it had not got before. */
        private JsonNode received(String example, String type, Predicate<JsonNode> which) {
            List<JsonNode> found = new ArrayList<>();
            Await.until(bob.uri() + " gets a " + type + " for " + example, () -> {
                instance.deliveryWorker().wakeUp();
                bob.received(type).stream().filter(which).filter(a -> !sent.containsValue(a)).findFirst()
                        .ifPresent(found::add);
                return !found.isEmpty();
            });
            sent.put(example, found.get(0));
            return found.get(0);
        }
    }

    /**
     * Makes captured documents readable and stable: the instance's and the peer's addresses become
     * {@code https://ministry.example} and {@code https://social.example}, long numeric ids become 1, 2, 3 ... in
     * order of appearance, and dates keep their order and spacing from 2026-01-01T00:00:00Z. Keys stay real.
     */
    static final class Normaliser {

        private static final Pattern INSTANT =
                Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{1,9})?Z");
        private static final Pattern LONG_NUMBER = Pattern.compile("(?<=[/#=])\\d{10,}(?![\\w-])");
        private static final Set<String> KEYS = Set.of("publicKeyPem", "publicKeyMultibase", "proofValue");
        private static final java.time.Instant START = java.time.Instant.parse("2026-01-01T00:00:00Z");

        private final Map<String, String> hosts = new LinkedHashMap<>();
        private final Map<String, String> numbers = new LinkedHashMap<>();
        private java.time.Instant earliest;

        Normaliser(TestInstance instance, PeerActor bob) {
            String peerAuthority = java.net.URI.create(bob.origin()).getRawAuthority();
            hosts.put(instance.base(), "https://ministry.example");
            hosts.put(bob.origin(), "https://social.example");
            hosts.put(instance.domain(), "ministry.example");
            hosts.put(peerAuthority, "social.example");
        }

        Map<String, JsonNode> normalise(Map<String, JsonNode> documents) {
            documents.values().forEach(this::findEarliest);
            Map<String, JsonNode> normalised = new LinkedHashMap<>();
            documents.forEach((name, document) -> normalised.put(name, rewrite(null, document.deepCopy())));
            return normalised;
        }

        private void findEarliest(JsonNode node) {
            if (node.isTextual() && INSTANT.matcher(node.asText()).matches()) {
                java.time.Instant at = java.time.Instant.parse(node.asText());
                earliest = earliest == null || at.isBefore(earliest) ? at : earliest;
            }
            node.forEach(this::findEarliest);
        }

        private JsonNode rewrite(String key, JsonNode node) {
            if (node.isObject()) {
                ObjectNode object = (ObjectNode) node;
                List<String> names = new ArrayList<>();
                object.fieldNames().forEachRemaining(names::add);
                for (String name : names) {
                    object.set(name, rewrite(name, object.get(name)));
                }
                return object;
            }
            if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    ((com.fasterxml.jackson.databind.node.ArrayNode) node).set(i, rewrite(key, node.get(i)));
                }
                return node;
            }
            if (!node.isTextual() || KEYS.contains(key)) {
                return node;
            }
            return Json.MAPPER.getNodeFactory().textNode(text(node.asText()));
        }

        private String text(String value) {
            if (INSTANT.matcher(value).matches()) {
                java.time.Duration since = java.time.Duration.between(earliest, java.time.Instant.parse(value));
                java.time.Instant at = START.plusSeconds(since.getSeconds());
                return value.contains(".") ? at.toString().replace("Z", ".000Z") : at.toString();
            }
            String text = value;
            for (Map.Entry<String, String> host : hosts.entrySet()) {
                text = text.replace(host.getKey(), host.getValue());
            }
            Matcher number = LONG_NUMBER.matcher(text);
            StringBuilder out = new StringBuilder();
            while (number.find()) {
                String replacement = numbers.computeIfAbsent(number.group(), n -> String.valueOf(numbers.size() + 1));
                number.appendReplacement(out, replacement);
            }
            number.appendTail(out);
            return out.toString();
        }
    }

    /** Two-space indentation, {@code "key": value}, one array item a line, and empty arrays as {@code []}. */
    private static com.fasterxml.jackson.core.PrettyPrinter examplePrinter() {
        return new com.fasterxml.jackson.core.util.DefaultPrettyPrinter(com.fasterxml.jackson.core.util.Separators
                .createDefaultInstance()
                .withObjectFieldValueSpacing(com.fasterxml.jackson.core.util.Separators.Spacing.AFTER)
                .withObjectEmptySeparator("").withArrayEmptySeparator(""))
                .withArrayIndenter(com.fasterxml.jackson.core.util.DefaultIndenter.SYSTEM_LINEFEED_INSTANCE);
    }
}
