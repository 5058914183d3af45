package org.bureaucrathackers.fellowship.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import org.bureaucrathackers.fellowship.json.Json;
import org.junit.jupiter.api.Test;

/** A practice written as Note extension properties reads back whole; another server's faulty parts are dropped. */
class PracticePropertiesTest {

    private static PracticeContent content() throws Exception {
        return PracticeInput.strict().content(StoryHtmlTest.example());
    }

    @Test
    void what_is_written_reads_back_as_the_same_record() throws Exception {
        PracticeContent original = content();
        ObjectNode note = Json.object().put("content", "<p>story</p>");
        PracticeProperties.write(note, new Practice(1, 2, original, List.of(), null, Instant.EPOCH));

        assertTrue(PracticeProperties.carriesPractice(note));
        assertEquals("<p>story</p>", note.at("/contentMap/en").asText());
        assertTrue(note.at("/contentMap/uk").asText().contains("Дозвіл за день"));
        PracticeContent read = PracticeInput.lenient().content(PracticeProperties.toInput(note, note.get("name").asText()));
        assertEquals(original, read);
    }

    @Test
    void faulty_parts_from_another_server_are_dropped_and_the_rest_kept() throws Exception {
        ObjectNode note = Json.object();
        PracticeProperties.write(note, new Practice(1, 2, content(), List.of(), null, Instant.EPOCH));
        note.put("fellowship:stage", "someday");
        note.put("sdo:abstract", "x".repeat(501));
        ((ObjectNode) note.at("/fellowship:outcome/0")).put("sdo:value", "a lot");
        ((ObjectNode) note.at("/sdo:mentions/0")).remove("sdo:name");
        ArrayNode themes = note.putArray("fellowship:theme");
        for (int i = 0; i < 30; i++) {
            themes.add("theme" + i);
        }
        note.putArray("fellowship:hackKind").add("loophole").add("waiver");
        note.put("fellowship:problem", 42);
        note.set("fellowship:whatChanged", Json.object().put("nested", true));

        PracticeContent read = PracticeInput.lenient().content(PracticeProperties.toInput(note, "Title"));
        assertEquals("Title", read.title());
        assertNull(read.stage());
        assertNull(read.summary());
        assertEquals(1, read.outcomes().size(), "the faulty outcome is dropped");
        assertEquals("EUR", read.outcomes().get(0).currency());
        assertEquals(List.of(), read.rules());
        assertEquals(10, read.themes().size(), "cut at the bound");
        assertEquals(List.of("waiver"), read.hackKinds());
        assertEquals("42", read.problem());
        assertNull(read.whatChanged());
        assertEquals("UA", read.country(), "the rest is kept");
    }

    @Test
    void without_a_title_there_is_no_practice() throws Exception {
        ObjectNode note = Json.object();
        PracticeProperties.write(note, new Practice(1, 2, content(), List.of(), null, Instant.EPOCH));
        assertThrows(InvalidPracticeException.class,
                () -> PracticeInput.lenient().content(PracticeProperties.toInput(note, "x".repeat(151))));
    }
}
