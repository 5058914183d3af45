package org.bureaucrathackers.fellowship.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tolerant reading rules, one by one, on small synthetic Notes. */
class NoteReaderTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final NoteReader READER = new NoteReader();
    private static final String PUBLIC = NoteReader.PUBLIC;

    static ObjectNode note() {
        ObjectNode note = MAPPER.createObjectNode();
        note.put("id", "https://remote.example/notes/1");
        note.put("type", "Note");
        note.put("attributedTo", "https://remote.example/users/bob");
        note.put("content", "<p>hello</p>");
        return note;
    }

    static String reason(ObjectNode document) {
        return assertThrows(RefusedDocumentException.class, () -> READER.read(document)).reason();
    }

    @Test
    void compacted_public_addresses_are_read_as_the_full_iri() throws Exception {
        ObjectNode note = note();
        note.putArray("to").add("as:Public").add("https://remote.example/users/bob/followers");
        note.put("cc", "Public");
        note.putArray("bcc").add("https://remote.example/users/carol").add("not a url").add(42);
        RemoteNote read = READER.read(note);
        assertEquals(List.of(PUBLIC, "https://remote.example/users/bob/followers"), read.to());
        assertEquals(List.of(PUBLIC), read.cc());
        assertEquals(List.of("https://remote.example/users/carol"), read.bcc());
        assertEquals(List.of(PUBLIC, "https://remote.example/users/bob/followers", "https://remote.example/users/carol"),
                read.allAddresses());
    }

    @Test
    void the_author_is_the_first_person_like_actor_of_an_attributed_to_array() throws Exception {
        ObjectNode note = note();
        ArrayNode authors = note.putArray("attributedTo");
        authors.addObject().put("type", "Group").put("id", "https://remote.example/c/channel");
        authors.addObject().put("type", "Person").put("id", "https://remote.example/users/dave");
        assertEquals("https://remote.example/users/dave", READER.read(note).attributedTo());
        note.putArray("attributedTo").addObject().put("type", "Group").put("id", "https://remote.example/c/channel");
        assertEquals("https://remote.example/c/channel", READER.read(note).attributedTo());
    }

    @Test
    void content_map_alone_gives_content_and_language() throws Exception {
        ObjectNode note = note();
        note.remove("content");
        note.putObject("contentMap").put("pt-BR", "<p>olá</p>").put("en", "<p>hello</p>");
        RemoteNote read = READER.read(note);
        assertEquals("<p>olá</p>", read.contentHtml());
        assertEquals("pt-BR", read.language());
    }

    @Test
    void the_language_is_the_content_map_key_whose_value_is_the_content() throws Exception {
        ObjectNode note = note();
        note.putObject("contentMap").put("de", "<p>hallo</p>").put("en", "<p>hello</p>").put("bad key!", "<p>hello</p>");
        assertEquals("en", READER.read(note).language());
    }

    @Test
    void types_are_recognised_in_arrays_and_as_full_iris() throws Exception {
        ObjectNode note = note();
        note.putArray("type").add("schema:Thing").add("https://www.w3.org/ns/activitystreams#Article");
        note.put("name", "Title");
        assertEquals("Article", READER.read(note).type());
    }

    @Test
    void long_content_is_cut_and_lists_are_capped() throws Exception {
        ObjectNode note = note();
        note.put("content", "x".repeat(NoteReader.MAX_CONTENT + 10));
        ArrayNode attachments = note.putArray("attachment");
        for (int i = 0; i < 10; i++) {
            attachments.addObject().put("type", "Image").put("url", "https://media.example/" + i + ".png");
        }
        ArrayNode to = note.putArray("to");
        for (int i = 0; i < NoteReader.MAX_ADDRESSES + 50; i++) {
            to.add("https://remote.example/users/u" + i);
        }
        RemoteNote read = READER.read(note);
        assertEquals(NoteReader.MAX_CONTENT, read.contentHtml().length());
        assertEquals(NoteReader.MAX_ATTACHMENTS, read.attachments().size());
        assertEquals("https://media.example/3.png", read.attachments().get(3).url());
        assertEquals(NoteReader.MAX_ADDRESSES, read.to().size());
    }

    @Test
    void an_inline_reply_object_and_odd_timestamps_are_tolerated() throws Exception {
        ObjectNode note = note();
        note.putObject("inReplyTo").put("id", "https://other.example/notes/9").put("type", "Note");
        note.put("published", "2019-09-18T14:32:36.802152");
        note.put("updated", "yesterday");
        RemoteNote read = READER.read(note);
        assertEquals("https://other.example/notes/9", read.inReplyTo());
        assertEquals("2019-09-18T14:32:36.802152Z", read.published().toString());
        assertNull(read.updated());
    }

    @Test
    void plain_text_content_is_escaped_into_a_paragraph() throws Exception {
        ObjectNode note = note();
        note.put("mediaType", "text/plain");
        note.put("content", "a <b> & \"c\"\nline");
        assertEquals("<p>a &lt;b&gt; &amp; &quot;c&quot;<br>line</p>", READER.read(note).contentHtml());
    }

    @Test
    void documents_without_id_type_author_or_content_are_refused_with_a_reason() {
        assertEquals("missing id", reason((ObjectNode) note().without("id")));
        assertEquals("id is not an http(s) URL", reason(note().put("id", "urn:uuid:1")));
        assertEquals("missing type", reason((ObjectNode) note().without("type")));
        assertEquals("not a post type: Create", reason(note().put("type", "Create")));
        assertEquals("missing attributedTo", reason((ObjectNode) note().without("attributedTo")));
        assertEquals("missing attributedTo", reason(note().put("attributedTo", "javascript:alert(1)")));
        assertEquals("no content", reason((ObjectNode) note().without("content")));
        assertEquals("no content", reason(note().put("content", "   ")));
        assertEquals("no content", reason(((ObjectNode) note().without("content")).put("name", "only a name")));
        assertEquals("a poll vote, not a post", reason(((ObjectNode) note().without("content")).put("name", "yes")
                .put("inReplyTo", "https://remote.example/questions/1")));
    }

    @Test
    void text_that_is_not_json_or_too_deep_is_refused() {
        assertThrows(RefusedDocumentException.class, () -> READER.read("not json"));
        assertThrows(RefusedDocumentException.class, () -> READER.read("[1,2]"));
        String deep = "{\"a\":".repeat(200) + "1" + "}".repeat(200);
        assertThrows(RefusedDocumentException.class, () -> READER.read(deep));
    }
}
