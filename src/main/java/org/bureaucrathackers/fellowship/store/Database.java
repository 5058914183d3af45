package org.bureaucrathackers.fellowship.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.bureaucrathackers.fellowship.transaction.DatabaseUnavailableException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The connection pool, migrations and the jOOQ context. Names render unquoted so the same generated
 * schema works on H2 (which folds to upper case) and PostgreSQL (which folds to lower case).
 */
public final class Database implements AutoCloseable, org.bureaucrathackers.fellowship.transaction.Transactions {

    static {
        // H2's AUTO_SERVER (the CLI beside a running server) would otherwise listen on every interface.
        if (System.getProperty("h2.bindAddress") == null) {
            System.setProperty("h2.bindAddress", "127.0.0.1");
        }
    }

    /** Bounds what one transaction may queue for after its commit (a runaway loop fails instead of eating memory). */
    private static final int MAX_AFTER_COMMIT = 100_000;
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final HikariDataSource dataSource;
    private final DSLContext dsl;
    /** The transaction this thread is in, so stores called inside {@link #inTransaction} join it. */
    private final ThreadLocal<DSLContext> current = new ThreadLocal<>();
    /** What the thread's current transaction runs once it has committed. */
    private final ThreadLocal<List<Runnable>> committed = new ThreadLocal<>();

    private Database(HikariDataSource dataSource, SQLDialect dialect) {
        this.dataSource = dataSource;
        this.dsl = DSL.using(dataSource, dialect,
                new Settings().withRenderQuotedNames(RenderQuotedNames.NEVER).withExecuteLogging(false));
    }

    /**
     * Opens the database at {@code jdbcUrl}, creating the data folder for a file database, and migrates it.
     *
     * @param schema PostgreSQL schema to use, or null for the default
     */
    public static Database open(String jdbcUrl, String schema, int maxPoolSize) {
        SQLDialect dialect = jdbcUrl.startsWith("jdbc:postgresql:") ? SQLDialect.POSTGRES : SQLDialect.H2;
        createParentFolder(jdbcUrl);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setMaximumPoolSize(maxPoolSize);
        config.setMinimumIdle(1);
        config.setPoolName("fellowship");
        config.setConnectionTimeout(10_000);
        config.setInitializationFailTimeout(1);
        if (schema != null) {
            config.setSchema(schema);
        }
        HikariDataSource dataSource;
        try {
            dataSource = new HikariDataSource(config);
        } catch (HikariPool.PoolInitializationException e) {
            throw new DatabaseUnavailableException(describe(jdbcUrl, e), e);
        }
        try {
            Flyway flyway = Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .schemas(schema == null ? new String[0] : new String[]{schema})
                    .load();
            flyway.migrate();
            if (dialect == SQLDialect.H2) {
                writeCommitsAtOnce(dataSource, jdbcUrl);
            }
        } catch (FlywayException e) {
            dataSource.close();
            throw new DatabaseUnavailableException("cannot migrate the database: " + firstLine(e.getMessage()), e);
        }
        return new Database(dataSource, dialect);
    }

    /**
     * H2 writes committed transactions to its file up to half a second later by default, so a kill right after
     * an acknowledgement would lose what was acknowledged. A write delay of 0 writes each commit before the commit
     * returns (to the operating system: a killed process loses nothing, a power cut may lose the last commits;
     * PostgreSQL with its defaults also survives that). An operator who names WRITE_DELAY in the URL keeps it.
     */
    private static void writeCommitsAtOnce(HikariDataSource dataSource, String jdbcUrl) {
        if (jdbcUrl.toUpperCase(java.util.Locale.ROOT).contains("WRITE_DELAY")) {
            LOG.warn("the database URL sets WRITE_DELAY: commits acknowledged shortly before a crash may be lost");
            return;
        }
        try (java.sql.Connection connection = dataSource.getConnection();
             java.sql.Statement statement = connection.createStatement()) {
            statement.execute("SET WRITE_DELAY 0");
        } catch (SQLException e) {
            throw new DatabaseUnavailableException("cannot make commits durable: " + firstLine(e.getMessage()), e);
        }
    }

    /** The context of the thread's current transaction, or the pooled one outside transactions. */
    public DSLContext dsl() {
        DSLContext inTransaction = current.get();
        return inTransaction != null ? inTransaction : dsl;
    }

    /** Runs {@code work} in one transaction (joining the thread's current one) and returns its result. */
    public <T> T inTransaction(java.util.function.Function<DSLContext, T> work) {
        DSLContext outer = current.get();
        if (outer != null) {
            return work.apply(outer);
        }
        List<Runnable> afterCommit = new ArrayList<>();
        T result;
        try {
            result = dsl.transactionResult(configuration -> {
                DSLContext tx = DSL.using(configuration);
                current.set(tx);
                committed.set(afterCommit);
                try {
                    return work.apply(tx);
                } finally {
                    current.remove();
                    committed.remove();
                }
            });
        } catch (RuntimeException e) {
            afterCommit.clear();
            throw e;
        }
        runAll(afterCommit);
        return result;
    }

    @Override
    public void afterCommit(Runnable action) {
        List<Runnable> pending = committed.get();
        if (pending == null) {
            runAll(List.of(action));
        } else if (pending.size() >= MAX_AFTER_COMMIT) {
            throw new IllegalStateException("more than " + MAX_AFTER_COMMIT + " after-commit actions in one transaction");
        } else {
            pending.add(action);
        }
    }

    /** The data is committed whatever an action does: a failing one is logged, and the others still run. */
    private static void runAll(List<Runnable> actions) {
        for (Runnable action : actions) {
            try {
                action.run();
            } catch (RuntimeException e) {
                LOG.warn("an after-commit action failed", e);
            }
        }
    }

    @Override
    public <T> T inTransaction(java.util.function.Supplier<T> work) {
        return inTransaction(tx -> work.get());
    }

    @Override
    public void close() {
        dataSource.close();
    }

    private static void createParentFolder(String jdbcUrl) {
        String prefix = "jdbc:h2:file:";
        if (!jdbcUrl.startsWith(prefix)) {
            return;
        }
        String path = jdbcUrl.substring(prefix.length());
        int semicolon = path.indexOf(';');
        if (semicolon >= 0) {
            path = path.substring(0, semicolon);
        }
        Path parent = Path.of(path).toAbsolutePath().getParent();
        try {
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (java.io.IOException e) {
            throw new DatabaseUnavailableException("cannot create the data folder " + parent + ": " + e.getMessage(), e);
        }
    }

    private static String describe(String jdbcUrl, Exception e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
            if (cause instanceof SQLException) {
                break;
            }
        }
        String message = firstLine(cause.getMessage());
        if (message.contains("Database may be already in use") || message.contains("locked by another process")) {
            return "the database is held by another process (" + redact(jdbcUrl) + ")";
        }
        return "cannot open the database " + redact(jdbcUrl) + ": " + message;
    }

    /** JDBC URLs can carry passwords; never print them. */
    static String redact(String jdbcUrl) {
        return jdbcUrl.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).trim();
    }
}
