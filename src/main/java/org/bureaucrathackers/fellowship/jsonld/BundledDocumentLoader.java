package org.bureaucrathackers.fellowship.jsonld;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * A Titanium document loader that serves bundled contexts and nothing else: any other URL fails, so a
 * document can never make this server fetch a context. One loader per expansion: it remembers refusals.
 */
public final class BundledDocumentLoader implements DocumentLoader {

    private static final int MAX_REMEMBERED = 10;

    private final BundledContexts contexts;
    private final List<String> refused = new ArrayList<>();

    public BundledDocumentLoader(BundledContexts contexts) {
        this.contexts = contexts;
    }

    @Override
    public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
        String key = String.valueOf(url);
        return contexts.document(key).orElseThrow(() -> {
            if (refused.size() < MAX_REMEMBERED) {
                refused.add(key);
            }
            return new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, notBundled(key));
        });
    }

    /** URLs this loader was asked for and does not hold, in order. */
    public List<String> refused() {
        return List.copyOf(refused);
    }

    static String notBundled(String url) {
        return "JSON-LD context is not bundled with this server: " + url;
    }
}
