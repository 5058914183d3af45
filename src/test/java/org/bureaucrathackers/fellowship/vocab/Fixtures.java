package org.bureaucrathackers.fellowship.vocab;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The ActivityPub payloads from other servers copied into the test resources (see the README there). */
final class Fixtures {

    static final String ROOT = "fixtures/activitypub/";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Fixtures() {
    }

    /** Every fixture file, as a path relative to the fixture folder, e.g. {@code mastodon/follow.json}. */
    static List<String> all() {
        URL root = Fixtures.class.getClassLoader().getResource(ROOT);
        if (root == null) {
            throw new IllegalStateException("no fixtures on the test classpath");
        }
        try (Stream<Path> files = Files.walk(Path.of(root.toURI()), 2)) {
            Path base = Path.of(root.toURI());
            return files.filter(p -> p.toString().endsWith(".json"))
                    .map(p -> base.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] bytes(String file) {
        try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(ROOT + file)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode tree(String file) {
        try {
            return MAPPER.readTree(bytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
