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

/**
 * The database a {@link ServerProcess} runs on, as flags for its command line: the default H2 file in the data
 * folder, or (when {@link TestDatabases#POSTGRES_ENV} is set) a fresh PostgreSQL schema dropped afterwards.
 */
public abstract class ServerDatabase {

    public static List<ServerDatabase> available() {
        List<ServerDatabase> databases = new ArrayList<>();
        databases.add(new H2());
        String postgres = System.getenv(TestDatabases.POSTGRES_ENV);
        if (postgres != null && !postgres.isBlank()) {
            databases.add(new Postgres(postgres));
        }
        return databases;
    }

    /** Makes the database ready before the first process uses it. */
    public abstract void prepare();

    /** The flags that point a command at this database ({@code --db-url}), none for the default. */
    public abstract List<String> flags(Path dataDir);

    /** A JDBC URL for the test's own look at the rows. */
    public abstract String jdbcUrl(Path dataDir);

    public abstract void cleanUp();

    public Connection connect(Path dataDir) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(dataDir));
    }

    private static final class H2 extends ServerDatabase {
        @Override
        public void prepare() {
        }

        @Override
        public List<String> flags(Path dataDir) {
            return List.of();
        }

        /** The server's own URL: with AUTO_SERVER a look while it runs goes through the server process. */
        @Override
        public String jdbcUrl(Path dataDir) {
            return SettingsLoader.defaultDbUrl(dataDir);
        }

        @Override
        public void cleanUp() {
        }

        @Override
        public String toString() {
            return "H2";
        }
    }

    private static final class Postgres extends ServerDatabase {
        private final String url;
        private final String schema = "crash_" + UUID.randomUUID().toString().replace("-", "");

        Postgres(String url) {
            this.url = url;
        }

        @Override
        public void prepare() {
            execute("CREATE SCHEMA " + schema);
        }

        @Override
        public List<String> flags(Path dataDir) {
            return List.of("--db-url", jdbcUrl(dataDir));
        }

        @Override
        public String jdbcUrl(Path dataDir) {
            return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
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
                throw new IllegalStateException("PostgreSQL at " + TestDatabases.POSTGRES_ENV + " is unreachable: "
                        + e.getMessage(), e);
            }
        }

        @Override
        public String toString() {
            return "PostgreSQL";
        }
    }
}
