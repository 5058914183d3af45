package org.bureaucrathackers.fellowship.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.bureaucrathackers.fellowship.testing.PeerActor;
import org.bureaucrathackers.fellowship.testing.TestPeer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What durable commits cost the inbox (issue 10): the same signed load against a real server on an H2 file
 * database whose commits are written before it answers, and on one that writes them up to 0.5 s later
 * (WRITE_DELAY=500), and on PostgreSQL when FELLOWSHIP_TEST_POSTGRES_URL is set. Prints a table and writes
 * target/benchmarks/inbox.json. Not part of the build's tests; run it with {@code mvn -B -q -Pbenchmark test}.
 * Sizes can be changed with -Dbench.activities, -Dbench.actors, -Dbench.warmUp and -Dbench.inFlight.
 */
@Tag("benchmark")
class InboxBenchmark {

    private static final String HOST = "bench.example";

    @Test
    @Timeout(value = 20, unit = TimeUnit.MINUTES)
    void durable_commits_against_delayed_ones() {
        InboxWorkload.Parameters parameters = new InboxWorkload.Parameters(
                Integer.getInteger("bench.actors", 100),
                Integer.getInteger("bench.activities", 4_000),
                Integer.getInteger("bench.warmUp", 500),
                Integer.getInteger("bench.inFlight", 48));
        try (TestPeer peer = TestPeer.start()) {
            List<PeerActor> actors = IntStream.rangeClosed(1, parameters.actors()).parallel()
                    .mapToObj(i -> PeerActor.serve(peer, HOST, "clerk" + i))
                    .toList();
            InboxWorkload workload = new InboxWorkload(peer, actors, parameters);
            List<Measurement> measurements = new ArrayList<>();
            for (Configuration configuration : Configuration.available()) {
                measurements.add(workload.measure(configuration));
            }
            BenchmarkReport report = new BenchmarkReport(parameters, measurements);
            System.out.print(report.table());
            report.writeJson(Path.of(System.getProperty("fellowship.projectDir", "."), "target", "benchmarks",
                    "inbox.json"));
        }
    }
}
