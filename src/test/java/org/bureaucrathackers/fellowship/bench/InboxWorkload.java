package org.bureaucrathackers.fellowship.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import org.bureaucrathackers.fellowship.testing.PeerActor;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.bureaucrathackers.fellowship.testing.TestPeer;

/**
 * The load, run the same way on each configuration: a fresh instance with one fellow; a first Create from every
 * remote actor (so the instance fetches and stores each key once) and a warm-up, both untimed and handled; then
 * the ceiling, then the timed deliveries. Checks only that every request was answered as expected and every
 * activity handled, never how fast.
 */
final class InboxWorkload {

    /** Generous: a slow machine may take minutes, but a stuck server must not hang the build. */
    private static final Duration LIMIT = Duration.ofMinutes(5);

    private final TestPeer peer;
    private final List<PeerActor> actors;
    private final Parameters parameters;

    /**
     * @param actors     how many remote actors sign the deliveries, in turn
     * @param activities how many signed Creates are timed in each run
     * @param warmUp     how many more go first in each run, untimed, after one from every actor
     * @param inFlight   how many requests the client keeps in flight
     * @param rounds     how many runs each configuration gets
     */
    record Parameters(int actors, int activities, int warmUp, int inFlight, int rounds) {

        /**
         * A run as long as a timed one, whose numbers are thrown away: the JVM compiles the hot paths before anything
         * counts (a shorter one left the first timed run several times slower than the last).
         */
        Parameters forJvmWarmUp() {
            return new Parameters(actors, activities, warmUp, inFlight, 1);
        }
    }

    InboxWorkload(TestPeer peer, List<PeerActor> actors, Parameters parameters) {
        this.peer = peer;
        this.actors = actors;
        this.parameters = parameters;
    }

    Measurement measure(Configuration configuration) {
        try (TestInstance instance = TestInstance.startOn(configuration.storage().get(), peer.resolverOrSystem());
             ConcurrentLoad inboxLoad = new ConcurrentLoad(parameters.inFlight(), 202);
             ConcurrentLoad ceilingLoad = new ConcurrentLoad(parameters.inFlight(), 200)) {
            String fellow = instance.createFellow("bob").uri();
            int handled = 0;

            // Every key fetched once, each actor's first delivery alone in flight for it.
            handled += deliver(instance, inboxLoad, NoteDeliveries.signed(instance, actors, fellow, actors.size()),
                    handled);
            handled += deliver(instance, inboxLoad, NoteDeliveries.signed(instance, actors, fellow,
                    parameters.warmUp()), handled);
            expectAll(200, ceilingLoad.run(nodeInfoRequests(instance, parameters.warmUp()), LIMIT));

            LoadResult ceiling = ceilingLoad.run(nodeInfoRequests(instance, parameters.activities()), LIMIT);
            expectAll(200, ceiling);

            List<HttpRequest> timed = NoteDeliveries.signed(instance, actors, fellow, parameters.activities());
            long start = System.nanoTime();
            LoadResult inbox = inboxLoad.run(timed, LIMIT);
            expectAll(202, inbox);
            handled += timed.size();
            long processed = InboxQueue.awaitFinished(instance, handled, start, LIMIT);
            expectHandled(instance, handled);
            return new Measurement(configuration, InboxQueue.writeDelay(instance), ceiling, inbox, processed);
        } finally {
            configuration.cleanUp().run();
        }
    }

    /** Delivers untimed, waits until all is handled, and returns how many were delivered. */
    private static int deliver(TestInstance instance, ConcurrentLoad load, List<HttpRequest> requests,
                               int handledBefore) {
        expectAll(202, load.run(requests, LIMIT));
        InboxQueue.awaitFinished(instance, handledBefore + requests.size(), System.nanoTime(), LIMIT);
        return requests.size();
    }

    private static List<HttpRequest> nodeInfoRequests(TestInstance instance, int count) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(instance.url("/.well-known/nodeinfo")))
                .timeout(Duration.ofSeconds(20)).GET().build();
        return Collections.nCopies(count, request);
    }

    private static void expectAll(int status, LoadResult result) {
        assertEquals(result.requests(), result.count(status),
                "every request should have been answered " + status + "; the first other answer: "
                        + result.firstUnexpected());
    }

    /** Every job done, none failed, and each Create left its post (the mention made it concern the fellow). */
    private static void expectHandled(TestInstance instance, int handled) {
        InboxQueue.Counts counts = InboxQueue.counts(instance);
        assertEquals(new InboxQueue.Counts(handled, handled, 0), counts, "inbox jobs by state");
        assertEquals(handled, InboxQueue.posts(instance), "posts kept");
    }
}
