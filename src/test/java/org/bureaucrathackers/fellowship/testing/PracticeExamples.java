package org.bureaucrathackers.fellowship.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import org.bureaucrathackers.fellowship.json.Json;

/** The complete practice record tests publish ({@code /practice/practice.json}), a fresh copy each time. */
public final class PracticeExamples {

    private PracticeExamples() {
    }

    public static ObjectNode practice() {
        try (InputStream in = PracticeExamples.class.getResourceAsStream("/practice/practice.json")) {
            return (ObjectNode) Json.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
