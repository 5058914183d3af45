package org.bureaucrathackers.fellowship.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.random.RandomGenerator;
import org.bureaucrathackers.fellowship.fetch.HttpTransport;
import org.bureaucrathackers.fellowship.signature.RequestSigning;
import org.bureaucrathackers.fellowship.transaction.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends queued deliveries. One dispatcher thread reads due jobs and claims each with a lease (one conditional
 * UPDATE, so no two workers, here or on another node, attempt a job at once); a bounded pool POSTs them, at most
 * {@link DeliveryLimits#perHost()} at a time per host; {@link DeliveryAttempts} sends each and records its outcome
 * with the host's health, and {@link QueueMaintenance} keeps the queue's size in check. Jobs live in the
 * database, so a restart loses nothing: leases carry the node's name, {@link #start()} takes back what this node
 * held when it crashed, {@link #stop()} lets deliveries in flight finish and hands back the rest, and the leases of
 * a node that never returns expire.
 */
public final class DeliveryWorker {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryWorker.class);

    private final DeliveryJobStore jobs;
    private final HostHealth hosts;
    private final DeliveryAttempts attempts;
    private final QueueMaintenance maintenance;
    private final DispatchPasses passes = new DispatchPasses();
    private final Clock clock;
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

    /**
     * @param random jitter for retry delays; used under a lock, so it need not be thread-safe
     * @param node   the name this node's leases carry (stable across its restarts, unique among nodes)
     */
    public DeliveryWorker(Transactions transactions, DeliveryJobStore jobs, HostHealth hosts, SchemeMemory schemes,
                          HttpTransport transport, RequestSigning signing, SenderKeyLookup keys, Clock clock,
                          RandomGenerator random, DeliveryLimits limits, String node) {
        this.jobs = jobs;
        this.hosts = hosts;
        this.attempts = new DeliveryAttempts(transactions, jobs, hosts,
                new InboxPoster(transport, signing, keys, schemes, clock, limits.requestTimeout()), clock, random,
                limits.retries());
        this.maintenance = new QueueMaintenance(jobs, clock, limits);
        this.clock = clock;
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

    /**
     * Waits until the dispatcher has made a whole pass, begun after this call, that found nothing due and no delivery
     * in flight: everything that was due when this was called has been sent and its outcome recorded. A stopped
     * worker sends nothing more, so for it this returns true at once.
     *
     * @return false if {@code timeout} passed first
     */
    public boolean awaitCaughtUp(Duration timeout) throws InterruptedException {
        if (!running) {
            return true;
        }
        long from = passes.next();
        wakeUp();
        return passes.awaitCaughtUp(from, timeout);
    }

    private void dispatchLoop() {
        while (running) {
            long pass = passes.begin();
            int started = -1;
            try {
                maintenance.runIfDue(() -> running);
                started = dispatchDue();
            } catch (RuntimeException e) {
                if (running && !org.bureaucrathackers.fellowship.lifecycle.JvmShutdown.inProgress()) {
                    LOG.warn("delivery dispatch failed; trying again shortly", e);
                }
            }
            passes.end(pass, started == 0 && freeThreads.availablePermits() == limits.threads());
            if (started <= 0) {
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
                    attempts.attempt(job, token);
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

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }
}
