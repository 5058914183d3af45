package org.bureaucrathackers.fellowship.vocab;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The envelope of an activity as received: who did what to which object. {@code object} is the embedded
 * object when one was sent (untrusted until its origin is checked), otherwise null with only
 * {@code objectId} set. Addressing lists hold ids only.
 */
public record IncomingActivity(
        String id,
        String type,
        String actorId,
        String objectId,
        String objectType,
        JsonNode object,
        String targetId,
        List<String> to,
        List<String> cc,
        List<String> audience,
        JsonNode document) {

    public IncomingActivity {
        to = List.copyOf(to);
        cc = List.copyOf(cc);
        audience = List.copyOf(audience);
    }

    /** Everyone addressed in to, cc, bto, bcc and audience. */
    public List<String> recipients() {
        return java.util.stream.Stream.of(to, cc, audience).flatMap(List::stream).distinct().toList();
    }

    public boolean hasEmbeddedObject() {
        return object != null;
    }
}
