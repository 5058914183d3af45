package org.bureaucrathackers.fellowship.inbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.bureaucrathackers.fellowship.json.Json;
import org.bureaucrathackers.fellowship.post.RefusedActivityException;
import org.bureaucrathackers.fellowship.vocab.ActivityReader;
import org.bureaucrathackers.fellowship.vocab.IncomingActivity;
import org.bureaucrathackers.fellowship.vocab.RefusedDocumentException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs queued activities through their handlers. Transient failures are retried with backoff up to
 * {@link #MAX_ATTEMPTS} times (DL10); anything else fails the job once, with the reason kept. Claims carry the
 * node's name: {@link #start} takes back what this node held when it crashed, and {@link #close} hands back what
 * it had claimed but not run.
 */
public final class InboxWorker implements AutoCloseable {

    public static final int MAX_ATTEMPTS = 8;
    private static final Logger LOG = LoggerFactory.getLogger(InboxWorker.class);
    private static final Duration LEASE = Duration.ofMinutes(5);
    private static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    private static final Duration SEEN_KEPT = Duration.ofDays(7);
    private static final int BATCH = 20;
    private static final Duration STOP_GRACE = Duration.ofSeconds(5);

    private final InboxStore store;
    private final HandlerTable handlers;
    private final ModerationGate moderation;
    private final DiscoveryBudget.Limits limits;
    private final Clock clock;
    private final String node;
    private final ActivityReader reader = new ActivityReader();
    private final Object passLock = new Object();
    private ScheduledExecutorService executor;
    private volatile boolean closing;
    private volatile boolean polling = true;

    /**
     * @param limits what each activity may make us discover (X19); a fresh budget per job
     * @param node   the name this node's claims carry (stable across its restarts, unique among nodes)
     */
    public InboxWorker(InboxStore store, HandlerTable handlers, ModerationGate moderation,
                       DiscoveryBudget.Limits limits, Clock clock, String node) {
        this.node = node;
        this.limits = limits;
        this.store = store;
        this.handlers = handlers;
        this.moderation = moderation;
        this.clock = clock;
    }

    public synchronized void start(Duration pollInterval) {
        if (executor != null) {
            return;
        }
        takeBackClaims();
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "inbox-worker");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::drainSafely, 0, pollInterval.toMillis(), TimeUnit.MILLISECONDS);
        executor.scheduleWithFixedDelay(this::tidySafely, 1, 60, TimeUnit.MINUTES);
    }

    /**
     * Processes every job that is due now; returns how many ran. Tests call this directly: one pass at a time,
     * so when it returns, every job due before the call has run (here or on the polling thread).
     */
    public int drain() {
        synchronized (passLock) {
            int processed = 0;
            List<InboxJob> batch;
            do {
                batch = store.claimDue(node, clock.instant(), LEASE, BATCH);
                for (int i = 0; i < batch.size(); i++) {
                    if (closing) {
                        handBack(batch.subList(i, batch.size()));
                        return processed;
                    }
                    process(batch.get(i));
                    processed++;
                }
            } while (batch.size() == BATCH && !closing);
            return processed;
        }
    }

    /**
     * Stops the polling thread from taking jobs; {@link #drain()} still runs them when called. Returns once no
     * polling pass is under way, so a test can queue, change what the handlers read, then drain, without the
     * worker taking the job in between.
     */
    public void pausePolling() {
        polling = false;
        synchronized (passLock) {
            // Waits for a pass in progress; later passes see the flag.
        }
    }

    public void resumePolling() {
        polling = true;
    }

    void process(InboxJob job) {
        try {
            JsonNode document = Json.MAPPER.readTree(job.body());
            IncomingActivity activity = reader.read(document);
            java.util.Optional<String> refusal = moderation.refusal(activity, job.signerActorUri());
            if (refusal.isPresent()) {
                // Blocked or suspended since the activity was queued (X17).
                refuse(job, refusal.get());
                return;
            }
            ActivityHandler handler = handlers.find(activity.type(), activity.objectType()).orElse(null);
            if (handler == null) {
                store.complete(job.id(), clock.instant());
                LOG.debug("no handler for {} of {}; ignored", activity.type(), activity.objectType());
                return;
            }
            handler.handle(new ReceivedActivity(activity, job.signerActorUri(), job.trustEmbeddedObject(),
                    new DiscoveryBudget(limits)));
            store.complete(job.id(), clock.instant());
        } catch (TransientFailure e) {
            if (job.attempts() >= MAX_ATTEMPTS) {
                store.fail(job.id(), "gave up: " + e.getMessage(), clock.instant());
            } else {
                store.retryLater(job.id(), clock.instant().plus(backoff(job.attempts())), e.getMessage());
            }
        } catch (RefusedDocumentException e) {
            refuse(job, e.reason());
        } catch (RefusedActivityException e) {
            refuse(job, e.reason());
        } catch (Exception e) {
            LOG.warn("inbox job {} ({}) failed", job.id(), job.activityId(), e);
            store.fail(job.id(), e.getClass().getSimpleName() + ": " + e.getMessage(), clock.instant());
        }
    }

    /** Jobs claimed but not started when the worker stops go back to the queue as they were. */
    private void handBack(List<InboxJob> unstarted) {
        for (InboxJob job : unstarted) {
            store.release(job.id());
        }
        LOG.info("inbox worker stopping: handed back {} activities it had not started", unstarted.size());
    }

    /** A crash leaves this node's claims behind; nothing else can be holding them while it starts. */
    private void takeBackClaims() {
        try {
            int taken = store.releaseLeasesOf(node);
            if (taken > 0) {
                LOG.info("took back {} inbox activities that node {} had claimed when it last stopped", taken, node);
            }
        } catch (RuntimeException e) {
            LOG.warn("could not take back the inbox activities node {} held; they return when their leases expire",
                    node, e);
        }
    }

    /** A refusal is an answer, not an error: logged briefly and kept on the job. */
    private void refuse(InboxJob job, String reason) {
        LOG.info("inbox job {} ({}) refused: {}", job.id(), job.activityId(), reason);
        store.fail(job.id(), "refused: " + reason, clock.instant());
    }

    /** 30 s, 1 min, 2 min … doubling per attempt. */
    static Duration backoff(int attempts) {
        return FIRST_RETRY.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 12));
    }

    private void drainSafely() {
        try {
            synchronized (passLock) {
                if (polling) {
                    drain();
                }
            }
        } catch (RuntimeException e) {
            if (!closing && !org.bureaucrathackers.fellowship.lifecycle.JvmShutdown.inProgress()) {
                LOG.warn("inbox worker pass failed; will try again", e);
            }
        }
    }

    private void tidySafely() {
        try {
            Instant cutoff = clock.instant().minus(SEEN_KEPT);
            store.forgetSeenBefore(cutoff);
            store.purgeFinishedBefore(cutoff);
        } catch (RuntimeException e) {
            LOG.warn("inbox tidy-up failed", e);
        }
    }

    /**
     * Stops taking jobs: the activity being processed may finish within a few seconds, and the rest of the claimed
     * batch goes back to the queue. An activity still running after that keeps its claim (its thread is not
     * interrupted: an interrupt inside an embedded-database write closes the database file) and runs again when
     * this node starts.
     */
    @Override
    public synchronized void close() {
        closing = true;
        if (executor != null) {
            executor.shutdown();
            try {
                if (!executor.awaitTermination(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                    LOG.warn("inbox worker stopped after {} with an activity still running; node {} runs it again "
                            + "when it starts", STOP_GRACE, node);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            executor = null;
        }
    }
}
