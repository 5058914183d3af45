package org.bureaucrathackers.fellowship.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bureaucrathackers.fellowship.config.SettingsLoader;
import org.bureaucrathackers.fellowship.store.Database;

/**
 * The databases store tests run on: H2 always, PostgreSQL too when FELLOWSHIP_TEST_POSTGRES_URL is set.
 * Each PostgreSQL database lives in a fresh schema that is dropped afterwards.
 */
public final class TestDatabases {

    public static final String POSTGRES_ENV = "FELLOWSHIP_TEST_POSTGRES_URL";

    private TestDatabases() {
    }

    /** A named way to open a fresh, migrated database. */
    public interface Kind {
        Database open(Path tempDir);

        void cleanUp();
    }

    /** PostgreSQL in a fresh schema, when FELLOWSHIP_TEST_POSTGRES_URL is set. */
    public static java.util.Optional<Postgres> postgres() {
        String url = System.getenv(POSTGRES_ENV);
        return url == null || url.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(new Postgres(url));
    }

    public static List<Kind> available() {
        List<Kind> kinds = new ArrayList<>();
        kinds.add(new H2());
        String postgres = System.getenv(POSTGRES_ENV);
        if (postgres != null && !postgres.isBlank()) {
            kinds.add(new Postgres(postgres));
        }
        return kinds;
    }

    public static final class H2 implements Kind {
        @Override
        public Database open(Path tempDir) {
            return Database.open(SettingsLoader.defaultDbUrl(tempDir), null, 4);
        }

        @Override
        public void cleanUp() {
        }

        @Override
        public String toString() {
            return "H2";
        }
    }

    public static final class Postgres implements Kind {
        private final String url;
        private final String schema = "test_" + UUID.randomUUID().toString().replace("-", "");

        Postgres(String url) {
            this.url = url;
        }

        @Override
        public Database open(Path tempDir) {
            execute("CREATE SCHEMA " + schema);
            return Database.open(url, schema, 4);
        }

        /** Creates the schema for a whole {@link TestInstance} to live in; {@link #cleanUp()} drops it. */
        public TestInstance.Storage instanceStorage() {
            execute("CREATE SCHEMA " + schema);
            return new TestInstance.Storage(dataDir -> url, schema);
        }

        @Override
        public void cleanUp() {
            execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }

        private void execute(String sql) {
            try (Connection connection = DriverManager.getConnection(url);
                 Statement statement = connection.createStatement()) {
                statement.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException("PostgreSQL at " + POSTGRES_ENV + " is unreachable: " + e.getMessage(), e);
            }
        }

        @Override
        public String toString() {
            return "PostgreSQL";
        }
    }
}
