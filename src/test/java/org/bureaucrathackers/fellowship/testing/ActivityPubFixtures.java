package org.bureaucrathackers.fellowship.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The ActivityPub payloads from other servers in the test resources (see the README beside them). */
public final class ActivityPubFixtures {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ActivityPubFixtures() {
    }

    /** The fixture {@code file} (e.g. {@code mastodon/follow.json}), at {@code pointer} ("" for the whole). */
    public static JsonNode tree(String file, String pointer) {
        try (InputStream in = ActivityPubFixtures.class.getClassLoader()
                .getResourceAsStream("fixtures/activitypub/" + file)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + file);
            }
            JsonNode node = MAPPER.readTree(in).at(pointer);
            if (node.isMissingNode()) {
                throw new IllegalArgumentException("nothing at " + pointer + " in " + file);
            }
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
