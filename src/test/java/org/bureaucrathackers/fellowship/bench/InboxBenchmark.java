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
 * database with the URL an install gets (commits written before the server answers), on one whose URL adds
 * WRITE_DELAY=500 (commits written up to 0.5 s later), and on PostgreSQL when FELLOWSHIP_TEST_POSTGRES_URL is set.
 * Prints a table and writes target/benchmarks/inbox.json. Not part of the build's tests; run it with
 * {@code mvn -B -q -Pbenchmark test}. Sizes: -Dbench.activities, -Dbench.actors, -Dbench.warmUp,
 * -Dbench.inFlight, -Dbench.rounds.
 *
 * <p>The machine's other work comes and goes, and the JVM speeds up as it compiles: so a throwaway run goes
 * first, and the configurations run in mirrored order (A B, B A, ...) so that drift favours none of them.
 */
@Tag("benchmark")
class InboxBenchmark {

    private static final String HOST = "bench.example";

    @Test
    @Timeout(value = 30, unit = TimeUnit.MINUTES)
    void durable_commits_against_delayed_ones() {
        InboxWorkload.Parameters parameters = new InboxWorkload.Parameters(
                Integer.getInteger("bench.actors", 100),
                Integer.getInteger("bench.activities", 1_500),
                Integer.getInteger("bench.warmUp", 300),
                Integer.getInteger("bench.inFlight", 48),
                Integer.getInteger("bench.rounds", 2));
        List<Configuration> configurations = Configuration.available();
        try (TestPeer peer = TestPeer.start()) {
            List<PeerActor> actors = IntStream.rangeClosed(1, parameters.actors()).parallel()
                    .mapToObj(i -> PeerActor.serve(peer, HOST, "clerk" + i))
                    .toList();
            new InboxWorkload(peer, actors, parameters.forJvmWarmUp()).measure(configurations.get(0));
            InboxWorkload workload = new InboxWorkload(peer, actors, parameters);
            List<Measurement> runs = new ArrayList<>();
            for (int round = 0; round < parameters.rounds(); round++) {
                for (Configuration configuration : mirroredEveryOtherRound(configurations, round)) {
                    runs.add(workload.measure(configuration));
                }
            }
            BenchmarkReport report = new BenchmarkReport(parameters, runs);
            System.out.print(report.table());
            report.writeJson(Path.of(System.getProperty("fellowship.projectDir", "."), "target", "benchmarks",
                    "inbox.json"));
        }
    }

    private static List<Configuration> mirroredEveryOtherRound(List<Configuration> configurations, int round) {
        List<Configuration> order = new ArrayList<>(configurations);
        if (round % 2 == 1) {
            java.util.Collections.reverse(order);
        }
        return order;
    }
}
