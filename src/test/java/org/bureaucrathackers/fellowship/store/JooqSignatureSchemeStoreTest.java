package org.bureaucrathackers.fellowship.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;
import org.bureaucrathackers.fellowship.delivery.SignatureSchemeStore;
import org.bureaucrathackers.fellowship.signature.SignatureScheme;
import org.bureaucrathackers.fellowship.testing.TestDatabases;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class JooqSignatureSchemeStoreTest {

    private static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");

    @TempDir
    Path tempDir;

    static Stream<TestDatabases.Kind> databases() {
        return TestDatabases.available().stream();
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("databases")
    void the_scheme_an_origin_accepted_is_remembered_and_replaced(TestDatabases.Kind kind) {
        try (Database db = kind.open(tempDir)) {
            SignatureSchemeStore schemes = new JooqSignatureSchemeStore(db);
            assertTrue(schemes.find("https://new.example").isEmpty());
            schemes.remember("https://new.example", SignatureScheme.RFC9421, T0);
            assertEquals(SignatureScheme.RFC9421, schemes.find("https://new.example").orElseThrow());
            schemes.remember("https://new.example", SignatureScheme.CAVAGE, T0.plusSeconds(1));
            assertEquals(SignatureScheme.CAVAGE, schemes.find("https://new.example").orElseThrow());
            assertTrue(schemes.find("https://other.example").isEmpty());
        } finally {
            kind.cleanUp();
        }
    }
}
