package org.bureaucrathackers.fellowship.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Payloads of other servers from the test fixtures, with their URLs moved to a test peer. */
public final class Payloads {

    private static final String ROOT = "fixtures/activitypub/";

    private Payloads() {
    }

    /** A fixture file's text, e.g. {@code mastodon/actor-person.json}. */
    public static String fixture(String file) {
        try (InputStream in = Payloads.class.getClassLoader().getResourceAsStream(ROOT + file)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fixture with every occurrence of {@code fromOrigin} (e.g. {@code https://ap.example.com}) replaced. */
    public static String fixture(String file, String fromOrigin, String toOrigin) {
        return fixture(file).replace(fromOrigin, toOrigin);
    }
}
