package org.bureaucrathackers.fellowship.jsonld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.JsonDocument;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class BundledContextsTest {

    private static final BundledContexts CONTEXTS = BundledContexts.load();

    @Test
    void every_required_context_url_is_bundled() {
        for (String url : Set.of(
                "https://www.w3.org/ns/activitystreams", "http://www.w3.org/ns/activitystreams",
                "https://w3id.org/security/v1", "https://w3id.org/security/data-integrity/v1",
                "https://w3id.org/security/data-integrity/v2", "https://w3id.org/security/multikey/v1",
                "https://purl.archive.org/socialweb/webfinger", "https://schema.org/", "http://schema.org/",
                "https://w3id.org/fellowship/ns")) {
            assertTrue(CONTEXTS.isBundled(url), url);
            JsonDocument document = CONTEXTS.document(url).orElseThrow();
            assertEquals(URI.create(url), document.getDocumentUrl());
            assertTrue(document.getJsonContent().orElseThrow().asJsonObject().containsKey("@context"), url);
        }
    }

    @Test
    void unknown_urls_are_not_bundled() {
        assertFalse(CONTEXTS.isBundled("https://example.com/context.jsonld"));
        assertFalse(CONTEXTS.isBundled("http://joinmastodon.org/ns"));
        assertFalse(CONTEXTS.isBundled(null));
        assertTrue(CONTEXTS.document("https://w3id.org/security/v2").isEmpty());
    }

    @Test
    void loader_refuses_unbundled_urls_and_remembers_them() {
        BundledDocumentLoader loader = new BundledDocumentLoader(CONTEXTS);
        JsonLdError e = assertThrows(JsonLdError.class,
                () -> loader.loadDocument(URI.create("https://evil.example/ctx"), null));
        assertEquals(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, e.getCode());
        assertTrue(e.getMessage().contains("not bundled"));
        assertEquals(java.util.List.of("https://evil.example/ctx"), loader.refused());
    }

    @Test
    void every_bundled_file_is_listed_in_sources_with_its_checksum() throws Exception {
        String sources = Resources.text("jsonld/SOURCES.md");
        JsonNode index = new ObjectMapper().readTree(Resources.text("jsonld/index.json"));
        Set<String> files = new TreeSet<>();
        index.fields().forEachRemaining(e -> files.add(e.getValue().asText()));
        assertTrue(files.size() >= 9, files::toString);
        for (String file : files) {
            Matcher row = Pattern.compile("\\| `" + Pattern.quote(file) + "` \\|.*\\| `([0-9a-f]{16})` \\|")
                    .matcher(sources);
            assertTrue(row.find(), () -> file + " has no row in SOURCES.md");
            byte[] bytes = Resources.text("jsonld/" + file).getBytes(StandardCharsets.UTF_8);
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            assertEquals(row.group(1), sha.substring(0, 16), () -> file + " changed since SOURCES.md was written");
        }
    }

    @Test
    void published_fellowship_context_is_the_bundled_one() throws Exception {
        Path published = Path.of(System.getProperty("fellowship.projectDir", "."), "federation-specs", "context.jsonld");
        assertEquals(Resources.text("jsonld/fellowship.jsonld"), Files.readString(published));
    }
}
