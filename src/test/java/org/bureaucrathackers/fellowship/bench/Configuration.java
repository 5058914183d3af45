package org.bureaucrathackers.fellowship.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.bureaucrathackers.fellowship.config.SettingsLoader;
import org.bureaucrathackers.fellowship.testing.TestDatabases;
import org.bureaucrathackers.fellowship.testing.TestInstance;

/**
 * A database setup the benchmark runs the same load on.
 *
 * @param name        short, for the table and the JSON
 * @param description what differs, in words
 * @param storage     how the instance opens its database, made when the configuration runs (a fresh schema)
 * @param cleanUp     what to drop afterwards (a PostgreSQL schema), or nothing
 */
record Configuration(String name, String description, Supplier<TestInstance.Storage> storage, Runnable cleanUp) {

    static final String DURABLE = "h2-durable";
    static final String DELAYED = "h2-delayed";

    /** The H2 file database with the URL an install gets: commits as the server chooses (durable, issue 10). */
    static Configuration durable() {
        return new Configuration(DURABLE, "H2 file, default URL", () -> TestInstance.Storage.H2_FILE, () -> { });
    }

    /** The same file database with H2's own default spelled out in the URL: commits written up to 0.5 s later. */
    static Configuration delayed() {
        return new Configuration(DELAYED, "H2 file, URL + ;WRITE_DELAY=500",
                () -> new TestInstance.Storage(
                        dataDir -> SettingsLoader.defaultDbUrl(dataDir) + ";WRITE_DELAY=500", null),
                () -> { });
    }

    /** Durable and delayed H2, then PostgreSQL when FELLOWSHIP_TEST_POSTGRES_URL names one. */
    static List<Configuration> available() {
        List<Configuration> configurations = new ArrayList<>(List.of(durable(), delayed()));
        TestDatabases.postgres().ifPresent(postgres -> configurations.add(new Configuration("postgresql",
                "PostgreSQL at " + TestDatabases.POSTGRES_ENV, postgres::instanceStorage, postgres::cleanUp)));
        return configurations;
    }
}
