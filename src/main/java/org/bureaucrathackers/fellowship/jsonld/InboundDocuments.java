package org.bureaucrathackers.fellowship.jsonld;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.json.JsonStructure;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bureaucrathackers.fellowship.jsonld.JsonLdException.Reason;

/**
 * Turns a document another server sent into the shape the readers expect (X15). {@code @graph},
 * {@code @included} and {@code @reverse} are refused wherever they appear, since they can restructure what a
 * document says (the LD-signature forgeries of Mastodon GHSA-53m7-2wrh-q839 and Fedify CVE-2026-42462). A
 * document with usual contexts is handed back as it is, with no JSON-LD processing: that is the hot path. Any
 * other is compacted to the reading context, so each term the readers use means what JSON-LD says it means.
 */
public final class InboundDocuments {

    private static final Set<String> REFUSED_KEYWORDS = Set.of("@graph", "@included", "@reverse");
    private static final String READING_CONTEXT = "reading-context.jsonld";

    private final JsonLdProcessor processor;
    private final UsualContexts usual;
    private final JsonStructure readingContext;

    public InboundDocuments(JsonLdProcessor processor) {
        this.processor = processor;
        this.usual = new UsualContexts(processor.contexts());
        this.readingContext = BundledContexts.own(READING_CONTEXT);
    }

    /**
     * The document to read: itself when its contexts are usual, else its compacted form.
     *
     * @throws JsonLdException when it uses a refused keyword, or cannot be compacted within the bounds
     */
    public JsonNode readable(JsonNode document) throws JsonLdException {
        refuseKeywords(document);
        Optional<String> unusual = usual.unusualBecause(document);
        if (unusual.isEmpty()) {
            return document;
        }
        ObjectNode unsigned = (ObjectNode) document.deepCopy();
        unsigned.remove(UsualContexts.DETACHED_BLOCKS);
        JsonNode compacted = processor.compact(unsigned, readingContext);
        if (compacted.has("@graph")) {
            throw new JsonLdException(Reason.UNSUPPORTED_KEYWORD, "the document describes more than one object");
        }
        refuseKeywords(compacted);
        return withDetachedBlocks(compacted, document);
    }

    /**
     * A data-integrity context makes {@code proof} a graph container, so compacting a proof would produce
     * {@code @graph}; the signing blocks are compacted neither here nor anywhere, and travel on as they were sent.
     */
    private static JsonNode withDetachedBlocks(JsonNode compacted, JsonNode document) {
        if (!compacted.isObject()) {
            return compacted;
        }
        ObjectNode result = (ObjectNode) compacted;
        for (String block : UsualContexts.DETACHED_BLOCKS) {
            if (document.has(block)) {
                result.set(block, document.get(block).deepCopy());
            }
        }
        return result;
    }

    /** Why the document needs compacting, or empty when it is read as it is (for logs and tests). */
    public Optional<String> unusualBecause(JsonNode document) {
        return usual.unusualBecause(document);
    }

    /**
     * The keywords anywhere in the document's data, but for its signing blocks, which are never read as data;
     * what its contexts say is checked on its own.
     */
    private static void refuseKeywords(JsonNode document) throws JsonLdException {
        Deque<JsonNode> pending = new ArrayDeque<>();
        pending.push(document);
        while (!pending.isEmpty()) {
            JsonNode node = pending.pop();
            if (node.isArray()) {
                node.forEach(pending::push);
                continue;
            }
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (REFUSED_KEYWORDS.contains(field.getKey())) {
                    throw new JsonLdException(Reason.UNSUPPORTED_KEYWORD, "the document uses " + field.getKey()
                            + ", which this server does not accept");
                }
                if (!field.getKey().equals("@context") && !UsualContexts.DETACHED_BLOCKS.contains(field.getKey())
                        && field.getValue().isContainerNode()) {
                    pending.push(field.getValue());
                }
            }
        }
    }
}
