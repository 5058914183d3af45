package org.bureaucrathackers.fellowship.jsonld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.bureaucrathackers.fellowship.jsonld.JsonLdException.Reason;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Real payloads from other servers: those whose remote contexts are all bundled expand, the rest are refused. */
class FixtureExpansionTest {

    private static final JsonLdProcessor PROCESSOR = JsonLdProcessor.standard();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Payloads that are not valid JSON-LD 1.1 as sent, so strict expansion must refuse them. */
    private static final Map<String, String> INVALID_AS_SENT = Map.of(
            // An attachment with "id": null.
            "bookwyrm/review-article.json", "INVALID_KEYWORD_ID_VALUE",
            // Its "capabilities" term definition nests plain keys, which JSON-LD does not allow.
            "pixelfed/note-image.json", "INVALID_TERM_DEFINITION");

    static List<String> fixtures() throws IOException, URISyntaxException {
        URL root = FixtureExpansionTest.class.getClassLoader().getResource("fixtures/activitypub/");
        Path base = Path.of(root.toURI());
        try (Stream<Path> files = Files.walk(base, 3)) {
            return files.filter(p -> p.toString().endsWith(".json"))
                    .map(p -> base.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void fixture_expands_exactly_when_its_contexts_are_bundled(String file) throws Exception {
        String text = Resources.text("fixtures/activitypub/" + file);
        List<String> unbundled = unbundledContexts(MAPPER.readTree(text));
        if (INVALID_AS_SENT.containsKey(file)) {
            JsonLdException e = assertThrows(JsonLdException.class, () -> PROCESSOR.expand(text));
            assertEquals(Reason.INVALID, e.reason());
            assertTrue(e.getMessage().contains(INVALID_AS_SENT.get(file)), e::getMessage);
        } else if (unbundled.isEmpty()) {
            JsonNode expanded = PROCESSOR.expand(text);
            assertTrue(expanded.isArray());
        } else {
            JsonLdException e = assertThrows(JsonLdException.class, () -> PROCESSOR.expand(text));
            assertEquals(Reason.CONTEXT_NOT_BUNDLED, e.reason(), e::getMessage);
            assertTrue(unbundled.stream().anyMatch(url -> e.getMessage().endsWith(url)), e::getMessage);
        }
    }

    /** Remote context URLs named anywhere in the document that are not bundled. */
    private static List<String> unbundledContexts(JsonNode node) {
        List<String> found = new ArrayList<>();
        collect(node, found);
        return found;
    }

    private static void collect(JsonNode node, List<String> found) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                if (e.getKey().equals("@context")) {
                    for (JsonNode item : e.getValue().isArray() ? e.getValue() : List.of(e.getValue())) {
                        if (item.isTextual() && !PROCESSOR.contexts().isBundled(item.textValue())) {
                            found.add(item.textValue());
                        }
                    }
                }
                collect(e.getValue(), found);
            });
        } else if (node.isArray()) {
            node.forEach(item -> collect(item, found));
        }
    }
}
