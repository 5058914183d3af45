package org.bureaucrathackers.fellowship.jsonld;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.http.media.MediaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The JSON-LD context documents shipped inside the jar, by every URL peers use for them
 * ({@code jsonld/index.json}). Nothing here touches the network.
 */
public final class BundledContexts {

    private static final String FOLDER = "jsonld/";
    private static final int MAX_CONTEXTS = 200;
    /** Pleroma and Akkoma serve the one litepub context from every instance, at this path. */
    private static final Pattern LITEPUB_COPY =
            Pattern.compile("^https?://[a-zA-Z0-9.-]{1,253}(:[0-9]{1,5})?/schemas/litepub-0\\.1\\.jsonld$");
    private static final String LITEPUB = "https://litepub.social/litepub/context.jsonld";

    private final Map<String, JsonStructure> byUrl;

    private BundledContexts(Map<String, JsonStructure> byUrl) {
        this.byUrl = Map.copyOf(byUrl);
    }

    /** Reads the index and every document it names; a broken bundle is a build mistake, so it fails loudly. */
    public static BundledContexts load() {
        JsonNode index = readIndex();
        Map<String, JsonStructure> byFile = new HashMap<>();
        Map<String, JsonStructure> byUrl = new HashMap<>();
        Iterator<Map.Entry<String, JsonNode>> entries = index.fields();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> entry = entries.next();
            String file = entry.getValue().asText();
            byUrl.put(entry.getKey(), byFile.computeIfAbsent(file, BundledContexts::readContext));
            if (byUrl.size() > MAX_CONTEXTS) {
                throw new IllegalStateException("too many bundled context URLs");
            }
        }
        return new BundledContexts(byUrl);
    }

    public boolean isBundled(String url) {
        return canonical(url) != null;
    }

    public Set<String> urls() {
        return byUrl.keySet();
    }

    /** A fresh Titanium document for the URL (Titanium may set its URLs, so documents are never shared). */
    public Optional<JsonDocument> document(String url) {
        String canonical = canonical(url);
        JsonStructure content = canonical == null ? null : byUrl.get(canonical);
        if (content == null) {
            return Optional.empty();
        }
        JsonDocument document = JsonDocument.of(MediaType.JSON_LD, content);
        document.setDocumentUrl(URI.create(url));
        return Optional.of(document);
    }

    /** The bundled URL a context URL stands for: itself, or the canonical litepub URL for an instance's copy. */
    private String canonical(String url) {
        if (url == null) {
            return null;
        }
        if (byUrl.containsKey(url)) {
            return url;
        }
        return url.length() <= 300 && LITEPUB_COPY.matcher(url).matches() && byUrl.containsKey(LITEPUB) ? LITEPUB : null;
    }

    /** A context document of ours that has no public URL (the one documents are compacted to, say). */
    static JsonStructure own(String file) {
        return readContext(file);
    }

    private static JsonNode readIndex() {
        try (InputStream in = open(FOLDER + "index.json")) {
            JsonNode index = new ObjectMapper().readTree(in);
            if (index == null || !index.isObject()) {
                throw new IllegalStateException("jsonld/index.json is not an object");
            }
            return index;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read jsonld/index.json", e);
        }
    }

    private static JsonStructure readContext(String file) {
        if (!file.matches("[a-z0-9-]+\\.jsonld")) {
            throw new IllegalStateException("unexpected bundled context file name: " + file);
        }
        try (InputStream in = open(FOLDER + file)) {
            return JsonDocument.of(MediaType.JSON_LD, in).getJsonContent()
                    .orElseThrow(() -> new IllegalStateException("empty bundled context " + file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled context " + file, e);
        } catch (JsonLdError e) {
            throw new IllegalStateException("bundled context " + file + " is not JSON: " + e.getMessage(), e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = BundledContexts.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        return in;
    }
}
