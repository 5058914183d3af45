package org.bureaucrathackers.fellowship.post;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.json.Json;
import org.bureaucrathackers.fellowship.jsonld.JsonLdProcessor;
import org.bureaucrathackers.fellowship.paging.PageRequest;
import org.bureaucrathackers.fellowship.paging.Slice;
import org.bureaucrathackers.fellowship.testing.Accounts;
import org.bureaucrathackers.fellowship.uri.LocalUris;
import org.bureaucrathackers.fellowship.vocab.NoteReader;
import org.bureaucrathackers.fellowship.vocab.RemoteNote;
import org.junit.jupiter.api.Test;

/** The Note and its activities against the wire shapes we promise (section 8, N1, N4, N5, L3, CO6). */
class NoteDocumentsTest {

    static final String AS = "https://www.w3.org/ns/activitystreams#";
    static final LocalUris URIS = new LocalUris("https://example.com", "example.com");
    static final Account ALICE = Accounts.local(URIS, 10, "alice", List.of(), null, null, Instant.EPOCH, null);
    static final Account BOB = Accounts.remote(20, "bob", "mastodon.example");
    static final Instant PUBLISHED = Instant.parse("2026-01-01T00:00:00.456Z");
    final NoteDocuments documents = new NoteDocuments(URIS);

    /** The post of section 8, written the way a fellow would write it. */
    static StatusDetails section8Post(Status.Visibility visibility, Slice<Status> replies) {
        PostMarkdown.Rendered rendered = new PostMarkdown(URIS).render("@bob@mastodon.example hi #java",
                (u, d) -> Optional.of(BOB));
        Status status = new Status(1, ALICE.id(), URIS.status("alice", 1), URIS.statusPage("alice", 1), visibility,
                rendered.html(), "en", null, PUBLISHED, null, false, "@bob@mastodon.example hi #java", null, null,
                URIS.conversation(1), null, null);
        return new StatusDetails(status, ALICE, rendered.mentions(), rendered.tags(), List.of(), replies);
    }

    static JsonNode section8() throws Exception {
        try (InputStream in = NoteDocumentsTest.class.getClassLoader().getResourceAsStream("post/section8-create.json")) {
            return Json.MAPPER.readTree(in);
        }
    }

    @Test
    void the_create_matches_the_promised_wire_shape_property_for_property() throws Exception {
        JsonNode expected = section8();
        ObjectNode create = NoteDocuments.withContext(documents.create(section8Post(Status.Visibility.PUBLIC,
                Slice.empty())));
        assertSameProperties(expected, create, "");
        JsonNode note = create.get("object");
        assertEquals(note.get("content"), note.get("contentMap").get("en"), "T6: contentMap holds the same HTML");
        JsonNode context = create.get("@context");
        assertEquals("https://www.w3.org/ns/activitystreams", context.get(0).asText());
        assertEquals("as:Hashtag", context.get(1).get("Hashtag").asText());
        assertEquals("as:sensitive", context.get(1).get("sensitive").asText());
        assertEquals("https://example.com/contexts/1", note.get("context").asText());
        assertEquals(note.get("context"), note.get("conversation"));
        assertEquals(List.of(), List.copyOf(Json.MAPPER.convertValue(note.get("attachment"), List.class)));
        assertFalse(note.has("updated"), "never edited");
    }

    /** Every property of {@code expected} is in {@code actual} with the same value (contentMap compared apart). */
    static void assertSameProperties(JsonNode expected, JsonNode actual, String path) {
        Iterator<Map.Entry<String, JsonNode>> fields = expected.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            if (name.equals("@context") || name.equals("contentMap")) {
                continue;
            }
            assertTrue(actual.has(name), path + "/" + name + " is missing");
            if (field.getValue().isObject()) {
                assertSameProperties(field.getValue(), actual.get(name), path + "/" + name);
            } else {
                assertEquals(field.getValue(), actual.get(name), path + "/" + name);
            }
        }
    }

    @Test
    void the_note_carries_its_replies_collection_with_a_first_page_of_local_replies() {
        Status reply = new Status(2, ALICE.id(), URIS.status("alice", 2), null, Status.Visibility.PUBLIC, "<p>r</p>", null,
                URIS.status("alice", 1), PUBLISHED);
        JsonNode replies = documents.note(section8Post(Status.Visibility.PUBLIC,
                new Slice<>(List.of(reply), true, false))).get("replies");
        assertEquals("https://example.com/users/alice/statuses/1/replies", replies.get("id").asText());
        assertEquals("Collection", replies.get("type").asText());
        JsonNode first = replies.get("first");
        assertEquals("CollectionPage", first.get("type").asText());
        assertEquals(replies.get("id"), first.get("partOf"));
        assertEquals(List.of(reply.uri()), List.of(first.get("items").get(0).asText()));
        assertEquals("https://example.com/users/alice/statuses/1/replies?page=true&max_id=2", first.get("next").asText());
        JsonNode page = documents.repliesPage(section8Post(Status.Visibility.PUBLIC, Slice.empty()).status(),
                PageRequest.olderThan(9, 5), new Slice<>(List.of(reply), false, true));
        assertEquals("https://example.com/users/alice/statuses/1/replies?page=true&max_id=9", page.get("id").asText());
        assertEquals("https://example.com/users/alice/statuses/1/replies?page=true&min_id=2", page.get("prev").asText());
        assertFalse(page.has("next"));
    }

    @Test
    void an_update_has_a_strictly_later_updated_and_an_id_per_edit() {
        StatusDetails post = section8Post(Status.Visibility.UNLISTED, Slice.empty());
        assertThrows(IllegalArgumentException.class, () -> documents.update(post));
        Instant editedAt = Instant.parse("2026-01-01T00:05:00Z");
        Status edited = post.status().edited("<p>v2</p>", "v2", null, false, "en", editedAt);
        JsonNode update = documents.update(new StatusDetails(edited, ALICE, List.of(), List.of(), List.of(), Slice.empty()));
        assertEquals("Update", update.get("type").asText());
        assertEquals("https://example.com/users/alice/statuses/1#updates/" + editedAt.getEpochSecond(),
                update.get("id").asText());
        assertEquals("2026-01-01T00:05:00Z", update.get("object").get("updated").asText());
        assertEquals("2026-01-01T00:00:00Z", update.get("object").get("published").asText());
        assertEquals(ALICE.followersUrl(), update.get("to").get(0).asText());
    }

    @Test
    void a_delete_carries_a_tombstone_to_public() {
        JsonNode delete = documents.delete(section8Post(Status.Visibility.PUBLIC, Slice.empty()).status(), ALICE);
        assertEquals("https://example.com/users/alice/statuses/1#delete", delete.get("id").asText());
        assertEquals("Delete", delete.get("type").asText());
        assertEquals(ALICE.uri(), delete.get("actor").asText());
        assertEquals(Addressing.PUBLIC, delete.get("to").get(0).asText());
        assertEquals("Tombstone", delete.get("object").get("type").asText());
        assertEquals("https://example.com/users/alice/statuses/1", delete.get("object").get("id").asText());
    }

    @Test
    void the_note_expands_to_activitystreams_iris_and_reads_back() throws Exception {
        ObjectNode note = NoteDocuments.withContext(documents.note(section8Post(Status.Visibility.PUBLIC, Slice.empty())));
        JsonNode expanded = JsonLdProcessor.standard().expand(note).get(0);
        assertEquals(AS + "Note", expanded.path("@type").get(0).asText());
        assertEquals(ALICE.uri(), expanded.path(AS + "attributedTo").get(0).path("@id").asText());
        assertEquals(Addressing.PUBLIC, expanded.path(AS + "to").get(0).path("@id").asText());
        assertEquals(AS + "Hashtag", expanded.path(AS + "tag").get(1).path("@type").get(0).asText());
        assertEquals(AS + "Mention", expanded.path(AS + "tag").get(0).path("@type").get(0).asText());
        assertTrue(expanded.has(AS + "sensitive"));
        assertTrue(expanded.has("http://ostatus.org#conversation"));
        assertEquals("en", expanded.path(AS + "content").get(1).path("@language").asText(), "contentMap");
        RemoteNote read = new NoteReader().read(note);
        assertEquals("Note", read.type());
        assertEquals(ALICE.uri(), read.attributedTo());
        assertEquals("en", read.language());
        assertEquals(List.of("java"), read.hashtags());
        assertEquals(BOB.uri(), read.mentions().get(0).href());
    }
}
