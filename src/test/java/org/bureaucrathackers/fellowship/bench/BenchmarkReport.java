package org.bureaucrathackers.fellowship.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.bureaucrathackers.fellowship.web.Json;

/**
 * The numbers of one run as a table for people and as JSON for comparing runs. Absolute rates depend on the
 * machine and whatever else it runs; the ratios within one run are what to compare.
 */
final class BenchmarkReport {

    private final InboxWorkload.Parameters parameters;
    private final List<Measurement> measurements;

    BenchmarkReport(InboxWorkload.Parameters parameters, List<Measurement> measurements) {
        this.parameters = parameters;
        this.measurements = List.copyOf(measurements);
    }

    String table() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Inbox benchmark: %d signed Creates to /inbox from %d actors, %d in flight"
                        + " (after %d warm-up); ceiling = GET /.well-known/nodeinfo, same concurrency%n",
                parameters.activities(), parameters.actors(), parameters.inFlight(), parameters.warmUp()));
        out.append(String.format(Locale.ROOT, "%-12s %-11s %10s %11s %9s %8s %8s %12s %12s%n", "config", "WRITE_DELAY",
                "ceiling/s", "accepted/s", "of ceil.", "p50 ms", "p99 ms", "processed s", "processed/s"));
        for (Measurement m : measurements) {
            out.append(String.format(Locale.ROOT, "%-12s %-11s %10.0f %11.0f %9.3f %8.1f %8.1f %12.2f %12.0f%n",
                    m.configuration().name(), m.writeDelay(), m.ceilingPerSecond(), m.acceptedPerSecond(),
                    m.acceptedOfCeiling(), m.p50Millis(), m.p99Millis(), m.processedSeconds(),
                    m.processedPerSecond()));
        }
        durableOverDelayed().ifPresent(r -> out.append(String.format(Locale.ROOT,
                "durable/delayed: accepted/s %.3f, p50 %.3f, p99 %.3f, processed time %.3f%n",
                r.acceptedPerSecond(), r.p50(), r.p99(), r.processedTime())));
        return out.toString();
    }

    ObjectNode json() {
        ObjectNode root = Json.object();
        root.put("benchmark", "inbox");
        ObjectNode load = root.putObject("load");
        load.put("activities", parameters.activities());
        load.put("actors", parameters.actors());
        load.put("warmUp", parameters.warmUp());
        load.put("inFlight", parameters.inFlight());
        load.put("ceiling", "GET /.well-known/nodeinfo");
        var list = root.putArray("configurations");
        for (Measurement m : measurements) {
            ObjectNode entry = list.addObject();
            entry.put("name", m.configuration().name());
            entry.put("description", m.configuration().description());
            entry.put("writeDelay", m.writeDelay());
            entry.put("ceilingPerSecond", m.ceilingPerSecond());
            entry.put("acceptedPerSecond", m.acceptedPerSecond());
            entry.put("acceptedOfCeiling", m.acceptedOfCeiling());
            entry.put("p50Millis", m.p50Millis());
            entry.put("p99Millis", m.p99Millis());
            entry.put("processedSeconds", m.processedSeconds());
            entry.put("processedPerSecond", m.processedPerSecond());
        }
        durableOverDelayed().ifPresent(r -> {
            ObjectNode ratios = root.putObject("durableOverDelayed");
            ratios.put("acceptedPerSecond", r.acceptedPerSecond());
            ratios.put("p50Millis", r.p50());
            ratios.put("p99Millis", r.p99());
            ratios.put("processedSeconds", r.processedTime());
        });
        return root;
    }

    void writeJson(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(json()) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Durable over delayed: below 1 for rates and above 1 for times when durable commits cost something. */
    record Ratios(double acceptedPerSecond, double p50, double p99, double processedTime) {
    }

    Optional<Ratios> durableOverDelayed() {
        Optional<Measurement> durable = named(Configuration.DURABLE);
        Optional<Measurement> delayed = named(Configuration.DELAYED);
        if (durable.isEmpty() || delayed.isEmpty()) {
            return Optional.empty();
        }
        Measurement d = durable.get();
        Measurement w = delayed.get();
        return Optional.of(new Ratios(d.acceptedPerSecond() / w.acceptedPerSecond(), d.p50Millis() / w.p50Millis(),
                d.p99Millis() / w.p99Millis(), d.processedSeconds() / w.processedSeconds()));
    }

    private Optional<Measurement> named(String name) {
        return measurements.stream().filter(m -> m.configuration().name().equals(name)).findFirst();
    }
}
