package org.bureaucrathackers.fellowship.jsonld;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.http.media.MediaType;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.bureaucrathackers.fellowship.jsonld.BundledDocumentLoader.UnknownContexts;
import org.bureaucrathackers.fellowship.jsonld.JsonLdException.Reason;

/**
 * JSON-LD expansion of untrusted documents with Titanium, bounded in size, depth, values and time, and
 * able to load bundled contexts only. Thread-safe; build one and share it.
 */
public final class JsonLdProcessor {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(2);

    private final BundledContexts contexts;
    private final JsonBounds bounds;
    private final BoundedJson parser;
    private final Duration timeout;
    private final AtomicLong compactions = new AtomicLong();

    public JsonLdProcessor(BundledContexts contexts, JsonBounds bounds, Duration timeout) {
        this.contexts = contexts;
        this.bounds = bounds;
        this.parser = new BoundedJson(bounds);
        this.timeout = timeout;
    }

    /** Bundled contexts, the bounds for remote documents and a two-second budget. */
    public static JsonLdProcessor standard() {
        return new JsonLdProcessor(BundledContexts.load(), JsonBounds.REMOTE, DEFAULT_TIMEOUT);
    }

    public BundledContexts contexts() {
        return contexts;
    }

    /** Parses JSON text (refusing it first if too large or deep), then expands it. */
    public JsonNode expand(String json) throws JsonLdException {
        return expandChecked(parser.parse(json));
    }

    /** Expands an already parsed document; returns the expanded form, always a JSON array. */
    public JsonNode expand(JsonNode document) throws JsonLdException {
        bounds.check(document);
        return expandChecked(document);
    }

    /**
     * Compacts an untrusted document to {@code context}, so it can be read by term name with the meaning JSON-LD
     * gives it. It is expanded first (within the time budget), the expanded form is held to bounds of its own,
     * then compacted. Context URLs that are not bundled count as empty: their terms are left undefined, and
     * nothing is ever fetched.
     */
    public JsonNode compact(JsonNode document, JsonStructure context) throws JsonLdException {
        bounds.check(document);
        if (!document.isObject() && !document.isArray()) {
            throw new JsonLdException(Reason.INVALID, "a JSON-LD document must be an object or an array");
        }
        compactions.incrementAndGet();
        BundledDocumentLoader loader = new BundledDocumentLoader(contexts, UnknownContexts.IGNORE);
        JsonLdOptions options = new JsonLdOptions(loader);
        options.setTimeout(timeout);
        try {
            JsonDocument input = JsonDocument.of(MediaType.JSON_LD, (JsonStructure) JakartaJson.toJakarta(document));
            JsonArray expanded = JsonLd.expand(input).options(options).get();
            // Expansion wraps every value in an array, so its form may nest about twice as deep.
            expandedBounds().check(JakartaJson.toJackson(expanded));
            JsonObject compacted = JsonLd.compact(JsonDocument.of(MediaType.JSON_LD, expanded),
                    JsonDocument.of(MediaType.JSON_LD, context)).options(options).get();
            JsonNode result = JakartaJson.toJackson(compacted);
            bounds.check(result);
            return result;
        } catch (JsonLdError e) {
            throw refusal(e, List.of());
        } catch (RuntimeException e) {
            throw new JsonLdException(Reason.INVALID, "document could not be compacted as JSON-LD");
        }
    }

    /** How many documents {@link #compact} was asked to process since this processor was built. */
    public long compactions() {
        return compactions.get();
    }

    private JsonBounds expandedBounds() {
        return new JsonBounds(bounds.maxBytes(), bounds.maxDepth() * 2 + 2, bounds.maxNodes() * 4);
    }

    private JsonNode expandChecked(JsonNode document) throws JsonLdException {
        if (!document.isObject() && !document.isArray()) {
            throw new JsonLdException(Reason.INVALID, "a JSON-LD document must be an object or an array");
        }
        BundledDocumentLoader loader = new BundledDocumentLoader(contexts);
        JsonLdOptions options = new JsonLdOptions(loader);
        options.setTimeout(timeout);
        try {
            JsonDocument input = JsonDocument.of(MediaType.JSON_LD, (JsonStructure) JakartaJson.toJakarta(document));
            JsonArray expanded = JsonLd.expand(input).options(options).get();
            return JakartaJson.toJackson(expanded);
        } catch (JsonLdError e) {
            throw refusal(e, loader.refused());
        } catch (RuntimeException e) {
            // Titanium reports some malformed input as unchecked exceptions; they are still the sender's fault.
            throw new JsonLdException(Reason.INVALID, "document could not be expanded as JSON-LD");
        }
    }

    private static JsonLdException refusal(JsonLdError e, List<String> refused) {
        if (!refused.isEmpty()) {
            return new JsonLdException(Reason.CONTEXT_NOT_BUNDLED, BundledDocumentLoader.notBundled(refused.get(0)));
        }
        if (e.getCode() == JsonLdErrorCode.PROCESSING_TIMEOUT_EXCEEDED) {
            return new JsonLdException(Reason.TOO_SLOW, "JSON-LD expansion took too long");
        }
        return new JsonLdException(Reason.INVALID, "invalid JSON-LD: " + e.getCode().toMessage());
    }
}
