package org.bureaucrathackers.fellowship.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Sends prepared requests with a fixed number in flight, as a busy peer server would, from a small client thread
 * pool: a new request leaves as soon as an answer frees a slot. Each request is timed from send to answer.
 */
final class ConcurrentLoad implements AutoCloseable {

    private static final int CLIENT_THREADS = 4;

    private final int inFlight;
    private final int expectedStatus;
    private final ExecutorService threads;
    private final HttpClient client;

    ConcurrentLoad(int inFlight, int expectedStatus) {
        this.inFlight = inFlight;
        this.expectedStatus = expectedStatus;
        this.threads = Executors.newFixedThreadPool(CLIENT_THREADS, task -> {
            Thread thread = new Thread(task, "bench-client");
            thread.setDaemon(true);
            return thread;
        });
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .executor(threads)
                .build();
    }

    /** Sends every request and waits for every answer, failing once {@code limit} has passed. */
    LoadResult run(List<HttpRequest> requests, Duration limit) {
        int count = requests.size();
        int[] statuses = new int[count];
        long[] latencies = new long[count];
        AtomicReference<String> firstUnexpected = new AtomicReference<>();
        Semaphore slots = new Semaphore(inFlight);
        CountDownLatch answered = new CountDownLatch(count);
        long deadline = System.nanoTime() + limit.toNanos();
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            acquire(slots, deadline);
            int index = i;
            long sent = System.nanoTime();
            client.sendAsync(requests.get(i), HttpResponse.BodyHandlers.ofString()).whenComplete((response, error) -> {
                latencies[index] = System.nanoTime() - sent;
                statuses[index] = error == null ? response.statusCode() : -1;
                if (statuses[index] != expectedStatus) {
                    firstUnexpected.compareAndSet(null, error == null
                            ? response.statusCode() + " " + response.body() : error.toString());
                }
                slots.release();
                answered.countDown();
            });
        }
        await(answered, deadline);
        // The latch's count-down publishes what the client threads wrote into the arrays.
        return new LoadResult(statuses, latencies, System.nanoTime() - start, firstUnexpected.get());
    }

    private static void acquire(Semaphore slots, long deadline) {
        try {
            if (!slots.tryAcquire(Math.max(deadline - System.nanoTime(), 0), TimeUnit.NANOSECONDS)) {
                throw new AssertionError("requests still in flight when the time limit passed");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static void await(CountDownLatch answered, long deadline) {
        try {
            if (!answered.await(Math.max(deadline - System.nanoTime(), 0), TimeUnit.NANOSECONDS)) {
                throw new AssertionError(answered.getCount() + " requests unanswered when the time limit passed");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
