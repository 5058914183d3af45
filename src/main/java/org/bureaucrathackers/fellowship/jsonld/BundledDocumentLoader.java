package org.bureaucrathackers.fellowship.jsonld;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.http.media.MediaType;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * A Titanium document loader that serves bundled contexts and nothing else, so a document can never make this
 * server fetch a context. Any other URL either fails ({@link UnknownContexts#REFUSE}) or stands for an empty
 * context ({@link UnknownContexts#IGNORE}): its terms are simply not defined. One loader per document: it
 * remembers the URLs it did not hold.
 */
public final class BundledDocumentLoader implements DocumentLoader {

    /** What a context URL that is not bundled means. */
    public enum UnknownContexts {
        REFUSE, IGNORE
    }

    private static final int MAX_REMEMBERED = 10;

    private final BundledContexts contexts;
    private final UnknownContexts unknown;
    private final List<String> missing = new ArrayList<>();

    public BundledDocumentLoader(BundledContexts contexts) {
        this(contexts, UnknownContexts.REFUSE);
    }

    public BundledDocumentLoader(BundledContexts contexts, UnknownContexts unknown) {
        this.contexts = contexts;
        this.unknown = unknown;
    }

    @Override
    public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
        String key = String.valueOf(url);
        var bundled = contexts.document(key);
        if (bundled.isPresent()) {
            return bundled.get();
        }
        if (missing.size() < MAX_REMEMBERED) {
            missing.add(key);
        }
        if (unknown == UnknownContexts.IGNORE) {
            JsonDocument empty = JsonDocument.of(MediaType.JSON_LD,
                    Json.createObjectBuilder().add("@context", JsonValue.EMPTY_JSON_OBJECT).build());
            empty.setDocumentUrl(url);
            return empty;
        }
        throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, notBundled(key));
    }

    /** URLs this loader was asked for and does not hold, in order (refused, or taken as empty). */
    public List<String> refused() {
        return List.copyOf(missing);
    }

    static String notBundled(String url) {
        return "JSON-LD context is not bundled with this server: " + url;
    }
}
