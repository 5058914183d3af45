package org.bureaucrathackers.fellowship.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bureaucrathackers.fellowship.config.SettingsLoader;
import org.bureaucrathackers.fellowship.testing.CommitThenHalt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the embedded database acknowledges is on disk: a process that dies right after a commit loses nothing. */
class DurableCommitTest {

    private static final int COMMITS = 200;

    @TempDir
    Path data;

    @Test
    void commits_on_the_default_embedded_database_survive_the_process_dying_at_once() {
        String url = SettingsLoader.defaultDbUrl(data);
        assertEquals("committed " + COMMITS, CommitThenHalt.run(url, COMMITS));

        try (Database reopened = Database.open(url, null, 2)) {
            JooqInboxStore store = new JooqInboxStore(reopened);
            List<Integer> lost = new ArrayList<>();
            for (int i = 0; i < COMMITS; i++) {
                if (store.markSeen(CommitThenHalt.id(i), Instant.now())) {
                    lost.add(i);
                }
            }
            assertEquals(List.of(), lost, "commits acknowledged before the process died and missing after it");
        }
    }

    @Test
    void the_embedded_database_writes_each_commit_at_once() {
        try (Database database = Database.open(SettingsLoader.defaultDbUrl(data), null, 2)) {
            assertEquals("0", writeDelay(database));
        }
    }

    @Test
    void an_operator_who_names_a_write_delay_in_the_url_keeps_it() {
        try (Database database = Database.open(SettingsLoader.defaultDbUrl(data) + ";WRITE_DELAY=300", null, 2)) {
            assertEquals("300", writeDelay(database));
        }
    }

    private static String writeDelay(Database database) {
        // H2 lists the setting once per session scope; every row carries the same value.
        return String.valueOf(database.dsl().fetchValue(
                "SELECT DISTINCT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'"));
    }
}
