package org.bureaucrathackers.fellowship.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.bureaucrathackers.fellowship.json.Json;

/**
 * The numbers of one benchmark run as a table for people and as JSON for comparing runs: each run of each
 * configuration, then each configuration's runs taken together, then durable over delayed. Absolute rates depend
 * on the machine and whatever else it does meanwhile; the ratios within one run are what to compare.
 */
final class BenchmarkReport {

    private static final String ROW = "%-12s %-11s %10.0f %11.0f %9.3f %8.1f %8.1f %12.2f %12.1f%n";

    private final InboxWorkload.Parameters parameters;
    private final List<Measurement> runs;
    private final Map<String, Measurement> totals;

    BenchmarkReport(InboxWorkload.Parameters parameters, List<Measurement> runs) {
        this.parameters = parameters;
        this.runs = List.copyOf(runs);
        this.totals = runs.stream().collect(Collectors.groupingBy(m -> m.configuration().name(), LinkedHashMap::new,
                        Collectors.collectingAndThen(Collectors.toList(), Measurement::together)));
    }

    String table() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Inbox benchmark: %d runs per configuration, each %d signed Creates to"
                        + " /inbox from %d actors, %d in flight, after %d untimed; ceiling: GET /.well-known/nodeinfo"
                        + " at the same concurrency%n",
                parameters.rounds(), parameters.activities(), parameters.actors(), parameters.inFlight(),
                parameters.warmUp() + parameters.actors()));
        String header = String.format(Locale.ROOT, "%-12s %-11s %10s %11s %9s %8s %8s %12s %12s%n", "config",
                "WRITE_DELAY", "ceiling/s", "accepted/s", "/ceiling", "p50 ms", "p99 ms", "processed s", "processed/s");
        out.append("each run, in the order run:\n").append(header);
        runs.forEach(m -> out.append(row(m)));
        out.append("each configuration, its runs together:\n").append(header);
        totals.values().forEach(m -> out.append(row(m)));
        durableOverDelayed().ifPresent(r -> out.append(String.format(Locale.ROOT,
                "durable/delayed: accepted/s %.3f (as shares of each run's ceiling %.3f), p50 %.3f, p99 %.3f,"
                        + " processing time %.3f%n",
                r.acceptedPerSecond(), r.acceptedOfCeiling(), r.p50(), r.p99(), r.processingTime())));
        return out.toString();
    }

    private static String row(Measurement m) {
        return String.format(Locale.ROOT, ROW, m.configuration().name(), m.writeDelay(), m.ceilingPerSecond(),
                m.acceptedPerSecond(), m.acceptedOfCeiling(), m.p50Millis(), m.p99Millis(), m.processedSeconds(),
                m.processedPerSecond());
    }

    ObjectNode json() {
        ObjectNode root = Json.object();
        root.put("benchmark", "inbox");
        ObjectNode load = root.putObject("load");
        load.put("activitiesPerRun", parameters.activities());
        load.put("runsPerConfiguration", parameters.rounds());
        load.put("actors", parameters.actors());
        load.put("untimedPerRun", parameters.warmUp() + parameters.actors());
        load.put("inFlight", parameters.inFlight());
        load.put("ceiling", "GET /.well-known/nodeinfo");
        ArrayNode each = root.putArray("runs");
        runs.forEach(m -> describe(each.addObject(), m));
        ArrayNode together = root.putArray("configurations");
        totals.values().forEach(m -> describe(together.addObject(), m));
        durableOverDelayed().ifPresent(r -> {
            ObjectNode ratios = root.putObject("durableOverDelayed");
            ratios.put("acceptedPerSecond", r.acceptedPerSecond());
            ratios.put("acceptedOfCeiling", r.acceptedOfCeiling());
            ratios.put("p50Millis", r.p50());
            ratios.put("p99Millis", r.p99());
            ratios.put("processedSeconds", r.processingTime());
        });
        return root;
    }

    private static void describe(ObjectNode entry, Measurement m) {
        entry.put("name", m.configuration().name());
        entry.put("description", m.configuration().description());
        entry.put("writeDelay", m.writeDelay());
        entry.put("deliveries", m.inbox().requests());
        entry.put("ceilingPerSecond", m.ceilingPerSecond());
        entry.put("acceptedPerSecond", m.acceptedPerSecond());
        entry.put("acceptedOfCeiling", m.acceptedOfCeiling());
        entry.put("p50Millis", m.p50Millis());
        entry.put("p99Millis", m.p99Millis());
        entry.put("processedSeconds", m.processedSeconds());
        entry.put("processedPerSecond", m.processedPerSecond());
    }

    void writeJson(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(json()) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Durable over delayed, each configuration's runs together: below 1 for rates and above 1 for times when
     * durable commits cost something. The share of the ceiling discounts what the machine did meanwhile.
     */
    record Ratios(double acceptedPerSecond, double acceptedOfCeiling, double p50, double p99, double processingTime) {
    }

    Optional<Ratios> durableOverDelayed() {
        Measurement durable = totals.get(Configuration.DURABLE);
        Measurement delayed = totals.get(Configuration.DELAYED);
        if (durable == null || delayed == null) {
            return Optional.empty();
        }
        return Optional.of(new Ratios(durable.acceptedPerSecond() / delayed.acceptedPerSecond(),
                durable.acceptedOfCeiling() / delayed.acceptedOfCeiling(),
                durable.p50Millis() / delayed.p50Millis(), durable.p99Millis() / delayed.p99Millis(),
                durable.processedSeconds() / delayed.processedSeconds()));
    }
}
