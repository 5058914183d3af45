package org.bureaucrathackers.fellowship.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bureaucrathackers.fellowship.config.SettingsLoader;
import org.bureaucrathackers.fellowship.json.Json;
import org.bureaucrathackers.fellowship.store.Database;
import org.bureaucrathackers.fellowship.store.JooqDeliveryHostStore;
import org.bureaucrathackers.fellowship.testing.QueueScene;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code deliveries}: the outgoing queue read from the data folder, as text for people or JSON for scripts. */
class DeliveriesCommandTest {

    @TempDir
    Path work;

    @TempDir
    Path data;

    @Test
    void the_text_shows_each_count_and_the_failing_hosts_in_aligned_columns() {
        Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        fill(now);

        CommandRun run = run("deliveries");
        assertEquals(0, run.status(), run.toString());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.get(0).startsWith("Delivery queue at "), run.out());
        assertEquals(List.of(
                "  pending, due now           2",
                "  pending, scheduled later   2",
                "  leased (in flight)         1",
                "  oldest pending             3 h 0 min old",
                "Finished in the last 24 h",
                "  done                       1",
                "  failed                     1",
                "  gone                       1",
                "Failing hosts (2)"), lines.subList(1, 10), run.out());
        assertEquals("  HOST           UNAVAILABLE SINCE     FAILURE DAYS  PENDING  LAST ERROR", lines.get(10));
        String downSince = QueueScene.downSince(now).truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
        assertEquals(String.format("  down.example   %-20s             7        2  HTTP 503", downSince), lines.get(11));
        assertEquals("  flaky.example  -                                2        1  IOException: connection reset",
                lines.get(12));
        assertEquals(13, lines.size(), run.out());
    }

    @Test
    void json_is_one_object_with_the_counts_and_the_hosts() throws Exception {
        Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        fill(now);

        CommandRun run = run("deliveries", "--json");
        assertEquals(0, run.status(), run.toString());
        assertEquals(1, run.out().strip().lines().count(), "one line: " + run.out());
        JsonNode json = Json.MAPPER.readTree(run.out());
        JsonNode pending = json.get("pending");
        assertEquals(List.of(2, 2, 1, 5), List.of(pending.get("due_now").asInt(), pending.get("scheduled_later").asInt(),
                pending.get("leased").asInt(), pending.get("total").asInt()));
        long age = pending.get("oldest_age_seconds").asLong();
        assertTrue(age >= 3 * 3600 && age < 3 * 3600 + 120, "age " + age);
        JsonNode finished = json.get("finished_last_24h");
        assertEquals(List.of(1, 1, 1), List.of(finished.get("done").asInt(), finished.get("failed").asInt(),
                finished.get("gone").asInt()));

        JsonNode hosts = json.get("failing_hosts");
        assertEquals(2, hosts.size());
        JsonNode down = hosts.get(0);
        assertEquals("down.example", down.get("host").asText());
        assertEquals(QueueScene.downSince(now), Instant.parse(down.get("unavailable_since").asText()));
        assertEquals(7, down.get("failure_days").asInt());
        assertEquals(7, down.get("consecutive_failures").asInt());
        assertEquals("HTTP 503", down.get("last_error").asText());
        assertEquals(2, down.get("pending_jobs").asInt());
        JsonNode flaky = hosts.get(1);
        assertEquals("flaky.example", flaky.get("host").asText());
        assertTrue(flaky.get("unavailable_since").isNull());
        assertEquals(0, json.get("failing_hosts_not_listed").asInt());
        Instant.parse(json.get("at").asText());
    }

    @Test
    void an_empty_queue_says_so_and_many_failing_hosts_are_cut_short() throws Exception {
        CommandRun empty = run("deliveries");
        assertEquals(0, empty.status(), empty.toString());
        assertTrue(empty.out().contains("  oldest pending             -\n"), empty.out());
        assertTrue(empty.out().strip().endsWith("No failing hosts."), empty.out());
        JsonNode json = Json.MAPPER.readTree(run("deliveries", "--json").out());
        assertTrue(json.get("pending").get("oldest_age_seconds").isNull(), json.toString());
        assertEquals(0, json.get("failing_hosts").size());

        try (Database db = database()) {
            JooqDeliveryHostStore hosts = new JooqDeliveryHostStore(db);
            for (int i = 0; i < DeliveriesCommand.MAX_HOSTS + 3; i++) {
                hosts.recordFailure("host" + i + ".example", java.time.LocalDate.now(), Instant.now(), 7);
            }
        }
        CommandRun many = run("deliveries");
        assertTrue(many.out().contains("Failing hosts (" + (DeliveriesCommand.MAX_HOSTS + 3) + ")"), many.out());
        assertTrue(many.out().strip().endsWith("  and 3 more"), many.out());
        assertEquals(DeliveriesCommand.MAX_HOSTS,
                many.out().lines().filter(line -> line.matches("  host\\d+\\.example .*")).count());
        JsonNode cut = Json.MAPPER.readTree(run("deliveries", "--json").out());
        assertEquals(DeliveriesCommand.MAX_HOSTS, cut.get("failing_hosts").size());
        assertEquals(3, cut.get("failing_hosts_not_listed").asInt());
    }

    @Test
    void it_has_help() {
        CommandRun help = CommandRun.run(work, Map.of(), "deliveries", "--help");
        assertEquals(0, help.status());
        assertTrue(help.out().contains("Usage: fellowship deliveries"), help.out());
        assertTrue(help.out().contains("--json"), help.out());
    }

    private void fill(Instant now) {
        try (Database db = database()) {
            QueueScene.fill(db, now);
        }
    }

    /** The data folder's database, opened (and migrated) as the command will open it. */
    private Database database() {
        return Database.open(SettingsLoader.defaultDbUrl(data), null, 2);
    }

    private CommandRun run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data", data.toString()));
        return CommandRun.run(work, Map.of(), all.toArray(String[]::new));
    }
}
