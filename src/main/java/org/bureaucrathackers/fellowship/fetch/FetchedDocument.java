package org.bureaucrathackers.fellowship.fetch;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;

/**
 * An ActivityPub document whose {@code id} is the URL it was finally fetched from (X9): authentic for that
 * URL's origin.
 */
public record FetchedDocument(URI finalUri, JsonNode json) {

    /** The document's id, which equals {@code finalUri}. */
    public String id() {
        return finalUri.toString();
    }
}
