package org.bureaucrathackers.fellowship.delivery;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.random.RandomGenerator;
import org.bureaucrathackers.fellowship.transaction.Transactions;
import org.bureaucrathackers.fellowship.fetch.HttpTransport;
import org.bureaucrathackers.fellowship.signature.RequestSigning;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends queued deliveries. One dispatcher thread reads due jobs and claims each with a lease (one conditional
 * UPDATE, so no two workers, here or on another node, attempt a job at once); a bounded pool POSTs them, at most
 * {@link DeliveryLimits#perHost()} at a time per host. Each outcome is written in one transaction with the host's
 * health: delivered, gone (410), refused for good, or rescheduled with backoff and jitter. Jobs live in the
 * database, so a restart loses nothing: leases carry the node's name, {@link #start()} takes back what this node
 * held when it crashed, {@link #stop()} lets deliveries in flight finish and hands back the rest, and the leases of
 * a node that never returns expire.
 */
public final class DeliveryWorker {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryWorker.class);
    private static final int MAX_ERROR_LENGTH = 500;
    private static final Duration MAINTENANCE_INTERVAL = Duration.ofHours(1);
    private static final int PURGE_BATCH = 1000;
    /** Up to 100 000 finished jobs deleted per hour, in short statements. */
    private static final int MAX_PURGE_ROUNDS = 100;

    private final Transactions transactions;
    private final DeliveryJobStore jobs;
    private final HostHealth hosts;
    private final InboxPoster poster;
    private final Clock clock;
    private final RandomGenerator random;
    private final DeliveryLimits limits;
    private final String node;
    private final HostSlots hostSlots;
    private final Semaphore freeThreads;
    private final Object signal = new Object();
    private final AtomicInteger threadNumber = new AtomicInteger();

    private volatile boolean running;
    private boolean signalled;
    private Thread dispatcher;
    private ExecutorService senders;
    private Instant lastMaintenance;

    /**
     * @param random jitter for retry delays; used under a lock, so it need not be thread-safe
     * @param node   the name this node's leases carry (stable across its restarts, unique among nodes)
     */
    public DeliveryWorker(Transactions transactions, DeliveryJobStore jobs, HostHealth hosts, SchemeMemory schemes,
                          HttpTransport transport, RequestSigning signing, SenderKeyLookup keys, Clock clock,
                          RandomGenerator random, DeliveryLimits limits, String node) {
        this.transactions = transactions;
        this.jobs = jobs;
        this.hosts = hosts;
        this.poster = new InboxPoster(transport, signing, keys, schemes, clock, limits.requestTimeout());
        this.clock = clock;
        this.random = random;
        this.limits = limits;
        this.node = node;
        this.hostSlots = new HostSlots(limits.perHost());
        this.freeThreads = new Semaphore(limits.threads());
    }

    public synchronized void start() {
        if (running) {
            return;
        }
        takeBackLeases();
        running = true;
        senders = Executors.newFixedThreadPool(limits.threads(), runnable -> daemon(runnable,
                "delivery-" + threadNumber.incrementAndGet()));
        dispatcher = daemon(this::dispatchLoop, "delivery-dispatcher");
        dispatcher.start();
    }

    /**
     * Stops claiming jobs and waits up to {@link DeliveryLimits#shutdownGrace()} for deliveries in flight; the jobs
     * of any still running then are handed back to the queue, due at once. Their threads are not interrupted: an
     * interrupt inside an embedded-database write closes the database file.
     */
    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        wakeUp();
        long deadline = System.nanoTime() + limits.shutdownGrace().toNanos();
        try {
            dispatcher.join(Math.max(1, remainingMillis(deadline)));
            senders.shutdown();
            senders.awaitTermination(remainingMillis(deadline), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        handBackLeases();
    }

    /** A crash leaves this node's leases behind; nothing else can be holding them while it starts. */
    private void takeBackLeases() {
        try {
            int taken = jobs.releaseLeasesOf(node);
            if (taken > 0) {
                LOG.info("took back {} deliveries that node {} had in flight when it last stopped", taken, node);
            }
        } catch (RuntimeException e) {
            LOG.warn("could not take back the deliveries node {} held before; they return when their leases expire",
                    node, e);
        }
    }

    private void handBackLeases() {
        if (freeThreads.availablePermits() == limits.threads()) {
            // Every claim of this run has been recorded: nothing is leased, and the database need not be asked.
            return;
        }
        try {
            int handed = jobs.releaseLeasesOf(node);
            if (handed > 0) {
                LOG.warn("delivery worker stopped with {} deliveries unfinished after {}; handed them back to the queue",
                        handed, limits.shutdownGrace());
            } else {
                LOG.debug("delivery worker stopped; no delivery was left in flight");
            }
        } catch (RuntimeException e) {
            if (org.bureaucrathackers.fellowship.lifecycle.JvmShutdown.inProgress()) {
                LOG.debug("could not hand back unfinished deliveries while the JVM exits", e);
            } else {
                LOG.warn("could not hand back unfinished deliveries; they return when node {} starts again", node,
                        e);
            }
        }
    }

    private static long remainingMillis(long deadlineNanos) {
        return Math.max(0, TimeUnit.NANOSECONDS.toMillis(deadlineNanos - System.nanoTime()));
    }

    /** Looks for due jobs now rather than at the next poll (after a commit that queued some, say). */
    public void wakeUp() {
        synchronized (signal) {
            signalled = true;
            signal.notifyAll();
        }
    }

    private void dispatchLoop() {
        while (running) {
            int started = 0;
            try {
                maintainIfDue();
                started = dispatchDue();
            } catch (RuntimeException e) {
                if (running && !org.bureaucrathackers.fellowship.lifecycle.JvmShutdown.inProgress()) {
                    LOG.warn("delivery dispatch failed; trying again shortly", e);
                }
            }
            if (started == 0) {
                awaitSignal();
            }
        }
    }

    /** Claims and starts as many due jobs as there are free threads and host slots; returns how many started. */
    private int dispatchDue() {
        int free = freeThreads.availablePermits();
        if (free == 0) {
            return 0;
        }
        Instant now = clock.instant();
        Instant probeBefore = now.minus(limits.probeInterval());
        List<DueJob> due = jobs.findDue(now, probeBefore, hostSlots.fullHosts(),
                Math.min(limits.batchSize(), free * 4));
        int started = 0;
        for (DueJob candidate : due) {
            if (!running || !freeThreads.tryAcquire()) {
                break;
            }
            DeliveryJob job = candidate.job();
            if (!hostSlots.tryAcquire(job.inboxHost())) {
                freeThreads.release();
                continue;
            }
            if (startIfClaimed(candidate, now, probeBefore)) {
                started++;
            } else {
                hostSlots.release(job.inboxHost());
                freeThreads.release();
            }
        }
        return started;
    }

    private boolean startIfClaimed(DueJob candidate, Instant now, Instant probeBefore) {
        DeliveryJob job = candidate.job();
        if (candidate.hostUnavailable() && !hosts.claimProbe(job.inboxHost(), now, probeBefore)) {
            return false;
        }
        long token = ThreadLocalRandom.current().nextLong();
        if (!jobs.claim(job.id(), token, node, now, now.plus(limits.lease()))) {
            return false;
        }
        try {
            senders.execute(() -> {
                try {
                    attempt(job, token);
                } catch (RuntimeException e) {
                    // Most likely the database: the lease expires and the job is attempted again.
                    LOG.warn("could not record the outcome of delivery {}", job, e);
                } finally {
                    hostSlots.release(job.inboxHost());
                    freeThreads.release();
                    wakeUp();
                }
            });
            return true;
        } catch (RejectedExecutionException e) {
            // Shutting down: stop() hands the lease back.
            return false;
        }
    }

    private void attempt(DeliveryJob job, long token) {
        int attemptsMade = job.attempts() + 1;
        InboxPoster.Answer answer;
        try {
            answer = poster.post(job);
        } catch (org.bureaucrathackers.fellowship.fetch.FetchException e) {
            if (!e.isTransient()) {
                // A forbidden address or a malformed inbox will be refused on every attempt.
                finish(job, token, DeliveryState.FAILED, null, "refused: " + e.reason());
                return;
            }
            record(job, token, attemptsMade, new InboxPoster.Answer(0, null), describe(e));
            return;
        } catch (IOException e) {
            record(job, token, attemptsMade, new InboxPoster.Answer(0, null), describe(e));
            return;
        } catch (InboxPoster.Undeliverable e) {
            finish(job, token, DeliveryState.FAILED, null, e.getMessage());
            return;
        } catch (RuntimeException e) {
            // A transport or signer that refuses outright (a forbidden address, say) will refuse again.
            LOG.warn("delivery of {} to {} was refused before sending", job.activityId(), job.inboxUrl(), e);
            finish(job, token, DeliveryState.FAILED, null, "refused: " + describe(e));
            return;
        }
        record(job, token, attemptsMade, answer, "HTTP " + answer.status());
    }

    /** Writes the outcome and the host's health together; a database failure here leaves the lease to expire. */
    private void record(DeliveryJob job, long token, int attemptsMade, InboxPoster.Answer answer, String what) {
        int status = answer.status();
        String retryAfter = answer.retryAfter();
        Integer stored = status == 0 ? null : status;
        Verdict verdict = Verdict.of(status);
        transactions.run(() -> {
            if (Verdict.isHostFailure(status)) {
                hosts.recordFailure(job.inboxHost());
            } else if (verdict == Verdict.DELIVERED) {
                hosts.recordDelivered(job.inboxHost());
            } else {
                hosts.markAlive(job.inboxHost());
            }
            switch (verdict) {
                case DELIVERED -> finish(job, token, DeliveryState.DONE, stored, null);
                case GONE -> finish(job, token, DeliveryState.GONE, stored, what);
                case REFUSED -> finish(job, token, DeliveryState.FAILED, stored, what);
                case RETRY -> retryOrGiveUp(job, token, attemptsMade, stored, retryAfter, what);
            }
        });
    }

    private void retryOrGiveUp(DeliveryJob job, long token, int attemptsMade, Integer status, String retryAfter,
                               String what) {
        Optional<Duration> backoff;
        synchronized (random) {
            backoff = limits.retries().delayAfter(attemptsMade, random);
        }
        if (backoff.isEmpty()) {
            finish(job, token, DeliveryState.FAILED, status, "gave up after " + attemptsMade + " attempts: " + what);
            return;
        }
        Instant now = clock.instant();
        Duration delay = backoff.get();
        Optional<Duration> asked = RetryAfter.parse(retryAfter, now);
        if (asked.isPresent()) {
            Duration bounded = asked.get().compareTo(limits.retries().maxDelay()) > 0
                    ? limits.retries().maxDelay() : asked.get();
            delay = bounded.compareTo(delay) > 0 ? bounded : delay;
        }
        LOG.debug("delivery of {} to {} failed ({}); next attempt in {}", job.activityId(), job.inboxUrl(), what,
                delay);
        if (!jobs.reschedule(job.id(), token, now.plus(delay), status, bounded(what))) {
            LOG.warn("delivery {} lost its lease before its outcome was recorded", job);
        }
    }

    private void finish(DeliveryJob job, long token, DeliveryState state, Integer status, String error) {
        if (state != DeliveryState.DONE) {
            LOG.info("delivery of {} to {} ended {}: {}", job.activityId(), job.inboxUrl(), state.stored(), error);
        }
        if (!jobs.finish(job.id(), token, state, status, bounded(error), clock.instant())) {
            LOG.warn("delivery {} lost its lease before its outcome was recorded", job);
        }
    }

    /** Fails jobs stuck too long behind an unavailable host and deletes old finished jobs, hourly. */
    private void maintainIfDue() {
        Instant now = clock.instant();
        if (lastMaintenance != null && now.isBefore(lastMaintenance.plus(MAINTENANCE_INTERVAL))) {
            return;
        }
        lastMaintenance = now;
        int expired = jobs.expirePendingCreatedBefore(now.minus(limits.maxJobAge()),
                "expired after " + limits.maxJobAge().toDays() + " days undelivered", now);
        int purged = 0;
        for (int round = 0; round < MAX_PURGE_ROUNDS && running; round++) {
            int deleted = jobs.deleteFinishedBefore(now.minus(limits.finishedRetention()), PURGE_BATCH);
            purged += deleted;
            if (deleted < PURGE_BATCH) {
                break;
            }
        }
        if (expired > 0 || purged > 0) {
            LOG.info("delivery queue: {} stuck jobs expired, {} finished jobs deleted", expired, purged);
        }
    }

    private void awaitSignal() {
        synchronized (signal) {
            if (!signalled && running) {
                try {
                    signal.wait(limits.pollInterval().toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    running = false;
                }
            }
            signalled = false;
        }
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    private static String bounded(String error) {
        if (error == null || error.length() <= MAX_ERROR_LENGTH) {
            return error;
        }
        return error.substring(0, MAX_ERROR_LENGTH - 1) + "…";
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }
}
