package org.bureaucrathackers.fellowship.durability;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bureaucrathackers.fellowship.testing.ServerDatabase;

/**
 * The rows that show what the server did with inbound activities, read straight from its database: statuses
 * by URI, and the inbox jobs with their states. On H2 the server's own URL (AUTO_SERVER) reads through the
 * running server, so the test never holds the file itself.
 */
record StoredRows(Map<String, Integer> statusesByUri, Map<String, List<String>> inboxJobStatesByActivity) {

    static StoredRows read(ServerDatabase database, Path dataDir) {
        try (Connection connection = database.connect(dataDir); Statement statement = connection.createStatement()) {
            Map<String, Integer> statuses = new HashMap<>();
            try (ResultSet rows = statement.executeQuery("SELECT uri, COUNT(*) FROM status GROUP BY uri")) {
                while (rows.next()) {
                    statuses.put(rows.getString(1), rows.getInt(2));
                }
            }
            Map<String, List<String>> jobs = new HashMap<>();
            try (ResultSet rows = statement.executeQuery("SELECT activity_id, state FROM inbox_job")) {
                while (rows.next()) {
                    jobs.computeIfAbsent(rows.getString(1), id -> new ArrayList<>()).add(rows.getString(2));
                }
            }
            return new StoredRows(statuses, jobs);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the server's database: " + e.getMessage(), e);
        }
    }

    int statuses(String uri) {
        return statusesByUri.getOrDefault(uri, 0);
    }

    List<String> inboxJobStates(String activityId) {
        return inboxJobStatesByActivity.getOrDefault(activityId, List.of());
    }

    /** Inbox jobs, of any activity, not (yet) done: pending or failed. */
    List<String> unfinishedInboxJobs() {
        List<String> unfinished = new ArrayList<>();
        inboxJobStatesByActivity.forEach((activity, states) -> states.stream().filter(s -> !s.equals("done"))
                .forEach(state -> unfinished.add(activity + " (" + state + ")")));
        return unfinished;
    }
}
