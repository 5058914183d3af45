package org.bureaucrathackers.fellowship.jsonld;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.bureaucrathackers.fellowship.jsonld.JsonLdException.Reason;

/** Parses untrusted JSON text into a Jackson tree, refusing it before parsing when it is too big. */
public final class BoundedJson {

    private final JsonBounds bounds;
    private final ObjectMapper mapper;

    public BoundedJson(JsonBounds bounds) {
        this.bounds = bounds;
        this.mapper = new ObjectMapper();
        // The parser stops deep nesting itself, so a hostile document never builds a deep tree.
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(bounds.maxDepth())
                .maxDocumentLength(bounds.maxBytes())
                .maxStringLength(bounds.maxBytes())
                .maxNumberLength(100)
                .maxNameLength(10_000)
                .build());
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    public static BoundedJson remote() {
        return new BoundedJson(JsonBounds.REMOTE);
    }

    public JsonBounds bounds() {
        return bounds;
    }

    public JsonNode parse(String text) throws JsonLdException {
        if (text == null) {
            throw new JsonLdException(Reason.NOT_JSON, "no JSON document");
        }
        // A char is at most 3 UTF-8 bytes: only count bytes when the text might be too large.
        if (text.length() > bounds.maxBytes()
                || (long) text.length() * 3 > bounds.maxBytes()
                && text.getBytes(StandardCharsets.UTF_8).length > bounds.maxBytes()) {
            throw tooLarge();
        }
        try {
            return checked(mapper.readTree(text));
        } catch (IOException e) {
            throw refusal(e);
        }
    }

    public JsonNode parse(byte[] utf8) throws JsonLdException {
        if (utf8 == null) {
            throw new JsonLdException(Reason.NOT_JSON, "no JSON document");
        }
        if (utf8.length > bounds.maxBytes()) {
            throw tooLarge();
        }
        try {
            return checked(mapper.readTree(utf8));
        } catch (IOException e) {
            throw refusal(e);
        }
    }

    private JsonNode checked(JsonNode tree) throws JsonLdException {
        if (tree == null || tree.isMissingNode()) {
            throw new JsonLdException(Reason.NOT_JSON, "empty document");
        }
        bounds.check(tree);
        return tree;
    }

    private JsonLdException tooLarge() {
        return new JsonLdException(Reason.TOO_LARGE, "document is larger than " + bounds.maxBytes() + " bytes");
    }

    private JsonLdException refusal(IOException e) {
        if (e instanceof StreamConstraintsException && e.getMessage() != null
                && e.getMessage().contains("nesting depth")) {
            return new JsonLdException(Reason.TOO_DEEP, "document nests deeper than " + bounds.maxDepth() + " levels");
        }
        if (e instanceof StreamConstraintsException) {
            return new JsonLdException(Reason.TOO_LARGE, "document exceeds the parser's size limits");
        }
        if (e instanceof JsonProcessingException p) {
            return new JsonLdException(Reason.NOT_JSON, "not valid JSON at line "
                    + (p.getLocation() == null ? "?" : p.getLocation().getLineNr()));
        }
        return new JsonLdException(Reason.NOT_JSON, "not valid JSON");
    }
}
