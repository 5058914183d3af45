package org.bureaucrathackers.fellowship.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.bureaucrathackers.fellowship.fetch.HostResolver;
import org.bureaucrathackers.fellowship.json.Json;
import org.bureaucrathackers.fellowship.store.JooqFacetedDirectoryStore;
import org.bureaucrathackers.fellowship.store.JooqPracticeStages;
import org.bureaucrathackers.fellowship.store.JooqPracticeStore;
import org.bureaucrathackers.fellowship.testing.ApiClient;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Full-text search over practices and profiles at 100 k practices: seeds a real server database (the H2 file an
 * install gets, and PostgreSQL when FELLOWSHIP_TEST_POSTGRES_URL is set), starts the server on it and measures,
 * over real HTTP, p50 and p95 of each search against a bare primary-key read of a practice
 * ({@code GET /api/fellowship/v1/practices/:id}) through the same stack, in the same run. Prints a table and
 * writes target/benchmarks/search.json. Run with {@code mvn -B -q -Pbenchmark test -Dtest=SearchBenchmark}.
 * Sizes: -Dbench.practices (100000), -Dbench.fellows (2000), -Dbench.rounds (timed requests per query, 30),
 * -Dbench.warmUp (untimed requests per query, 10).
 */
@Tag("benchmark")
class SearchBenchmark {

    private static final String PRACTICES = "/api/fellowship/v1/practices";
    private static final String DIRECTORY = "/api/fellowship/v1/directory";

    @Test
    @Timeout(value = 60, unit = TimeUnit.MINUTES)
    void search_against_a_primary_key_read() throws Exception {
        int practices = Integer.getInteger("bench.practices", 100_000);
        int fellows = Integer.getInteger("bench.fellows", 2_000);
        int rounds = Integer.getInteger("bench.rounds", 30);
        int warmUp = Integer.getInteger("bench.warmUp", 10);
        ObjectNode root = Json.object();
        root.put("benchmark", "search");
        root.put("practices", practices);
        root.put("fellows", fellows);
        root.put("rounds", rounds);
        root.put("bare", "GET " + PRACTICES + "/:id");
        var results = root.putArray("configurations");
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                "Search benchmark: %d practices by %d fellows, %d timed requests per query after %d untimed%n",
                practices, fellows, rounds, warmUp));
        for (Configuration configuration : configurations()) {
            TestInstance seeded = TestInstance.startOn(configuration.storage().get(), HostResolver.SYSTEM);
            try {
                ApiClient author = ApiClient.fellow(seeded, "template", "read write");
                HttpResponse<String> created = author.postJson(PRACTICES, template());
                assertEquals(200, created.statusCode(), created.body());
                long templateId = Long.parseLong(ApiClient.json(created).get("id").asText());
                SearchCorpus corpus = new SearchCorpus(practices, fellows);
                long seedStart = System.nanoTime();
                seeded.database().dsl().connection(c -> {
                    String document;
                    try (var s = c.prepareStatement("SELECT document FROM practice WHERE status_id = ?")) {
                        s.setLong(1, templateId);
                        try (var r = s.executeQuery()) {
                            r.next();
                            document = r.getString(1);
                        }
                    }
                    corpus.seed(c, templateId + 1, (ObjectNode) Json.MAPPER.readTree(document));
                });
                double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
                // The rows were written behind the server's back, without words: the server's own indexers
                // write the words (as its startup does after an upgrade), so the restart finds nothing to redo.
                long indexStart = System.nanoTime();
                int indexedPractices = new JooqPracticeStore(seeded.database()).indexUnindexedWords();
                int indexedFellows = new JooqFacetedDirectoryStore(seeded.database(), new JooqPracticeStages())
                        .indexUnindexedWords();
                double indexSeconds = (System.nanoTime() - indexStart) / 1e9;
                long restartStart = System.nanoTime();
                TestInstance instance = seeded.startAgain();
                seeded = instance;
                double restartSeconds = (System.nanoTime() - restartStart) / 1e9;
                long lastPractice = templateId + fellows + practices;
                ApiClient reader = ApiClient.anonymous(instance);
                Map<String, String> queries = new LinkedHashMap<>();
                queries.put("bare: practice by id", PRACTICES + "/" + (lastPractice - practices / 2));
                queries.put("practices, common word", PRACTICES + "?q=" + SearchCorpus.COMMON);
                queries.put("practices, rare word", PRACTICES + "?q=" + corpus.rareWord());
                queries.put("practices, two words", PRACTICES + "?q="
                        + URLEncoder.encode(SearchCorpus.COMMON + " " + SearchCorpus.SECOND, StandardCharsets.UTF_8));
                queries.put("practices, no match", PRACTICES + "?q=" + SearchCorpus.NOWHERE);
                queries.put("directory, common word", DIRECTORY + "?q=" + SearchCorpus.COMMON);
                queries.put("directory, rare word", DIRECTORY + "?q=" + corpus.rareWord());
                queries.put("directory, no match", DIRECTORY + "?q=" + SearchCorpus.NOWHERE);
                table.append(plans(instance, corpus));
                Map<String, double[]> timings = new LinkedHashMap<>();
                for (var query : queries.entrySet()) {
                    for (int i = 0; i < warmUp; i++) {
                        answered(reader, query.getValue());
                    }
                }
                // Interleaved rounds: each query sees the same moments of the machine's other work.
                queries.keySet().forEach(name -> timings.put(name, new double[rounds]));
                for (int round = 0; round < rounds; round++) {
                    for (var query : queries.entrySet()) {
                        long start = System.nanoTime();
                        answered(reader, query.getValue());
                        timings.get(query.getKey())[round] = (System.nanoTime() - start) / 1e6;
                    }
                }
                double bareP50 = percentile(timings.get("bare: practice by id"), 0.50);
                double bareP95 = percentile(timings.get("bare: practice by id"), 0.95);
                table.append(String.format(Locale.ROOT, "%s (%s), seeded in %.1f s, indexed %d practices and %d"
                                + " accounts in %.1f s, restarted in %.1f s%n", configuration.name(),
                        configuration.description(), seedSeconds, indexedPractices, indexedFellows, indexSeconds,
                        restartSeconds));
                table.append(String.format(Locale.ROOT, "%-26s %9s %9s %10s %10s%n", "query", "p50 ms", "p95 ms",
                        "p50/bare", "p95/bare"));
                ObjectNode entry = results.addObject();
                entry.put("name", configuration.name());
                entry.put("description", configuration.description());
                entry.put("seedSeconds", seedSeconds);
                entry.put("indexSeconds", indexSeconds);
                entry.put("restartSeconds", restartSeconds);
                var rows = entry.putArray("queries");
                for (var timing : timings.entrySet()) {
                    double p50 = percentile(timing.getValue(), 0.50);
                    double p95 = percentile(timing.getValue(), 0.95);
                    table.append(String.format(Locale.ROOT, "%-26s %9.2f %9.2f %10.2f %10.2f%n", timing.getKey(),
                            p50, p95, p50 / bareP50, p95 / bareP95));
                    rows.addObject().put("query", timing.getKey()).put("path", queries.get(timing.getKey()))
                            .put("p50Millis", p50).put("p95Millis", p95)
                            .put("p50OverBare", p50 / bareP50).put("p95OverBare", p95 / bareP95);
                }
            } finally {
                seeded.close();
                configuration.cleanUp().run();
            }
        }
        System.out.print(table);
        Path out = Path.of(System.getProperty("fellowship.projectDir", "."), "target", "benchmarks", "search.json");
        try {
            Files.createDirectories(out.getParent());
            Files.writeString(out, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The plans of the statements a practice search runs, as the database explains them: reading a word's
     * practices from the index (what tells a rare word from a common one), and the page of practices newest
     * first with a common word probed per practice. Each should name an index, never a scan of a whole table.
     */
    private static String plans(TestInstance instance, SearchCorpus corpus) {
        String rare = corpus.rareWord();
        String common = SearchCorpus.COMMON;
        String byWord = "SELECT status_id FROM practice_search_word WHERE word >= '%s' AND word < '%s'"
                + " AND word LIKE '%s%%' LIMIT 1001";
        String page = "SELECT practice.status_id FROM practice JOIN status ON status.id = practice.status_id"
                + " JOIN account ON account.id = practice.account_id WHERE EXISTS (SELECT 1 FROM practice_search_word"
                + " WHERE practice_search_word.status_id = practice.status_id AND word >= '%s' AND word < '%s'"
                + " AND word LIKE '%s%%') AND status.visibility IN ('public', 'unlisted')"
                + " AND status.deleted_at IS NULL ORDER BY practice.status_id DESC LIMIT 21";
        StringBuilder out = new StringBuilder();
        for (String sql : List.of(String.format(Locale.ROOT, byWord, rare, after(rare), rare),
                String.format(Locale.ROOT, page, common, after(common), common))) {
            out.append("EXPLAIN ").append(sql).append('\n');
            instance.database().dsl().fetch("EXPLAIN " + sql)
                    .forEach(row -> out.append("  ").append(row.get(0)).append('\n'));
        }
        return out.toString();
    }

    private static String after(String prefix) {
        return prefix.substring(0, prefix.length() - 1) + (char) (prefix.charAt(prefix.length() - 1) + 1);
    }

    /** The H2 file database an install gets, then PostgreSQL when one is configured. */
    private static List<Configuration> configurations() {
        List<Configuration> all = new ArrayList<>(List.of(Configuration.durable()));
        Configuration.available().stream().filter(c -> c.name().equals("postgresql")).forEach(all::add);
        return all;
    }

    private static void answered(ApiClient client, String path) {
        HttpResponse<String> response = client.get(path);
        assertEquals(200, response.statusCode(), path + ": " + response.body());
    }

    private static double percentile(double[] millis, double p) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private static ObjectNode template() {
        try (InputStream in = SearchBenchmark.class.getResourceAsStream("/practice/practice.json")) {
            return (ObjectNode) Json.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
