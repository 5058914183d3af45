package org.bureaucrathackers.fellowship.delivery;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.bureaucrathackers.fellowship.fetch.FetchException;
import org.bureaucrathackers.fellowship.transaction.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One attempt at one claimed job: POSTs it and writes the outcome with the host's health in one transaction —
 * delivered, gone (410), refused for good, or rescheduled with backoff and jitter (and any Retry-After the inbox
 * asked for, up to the longest backoff). The claim's token guards every write, so an attempt whose lease was lost
 * records nothing.
 */
final class DeliveryAttempts {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryAttempts.class);
    private static final int MAX_ERROR_LENGTH = 500;

    private final Transactions transactions;
    private final DeliveryJobStore jobs;
    private final HostHealth hosts;
    private final InboxPoster poster;
    private final Clock clock;
    private final RandomGenerator random;
    private final RetrySchedule retries;

    /** @param random jitter for retry delays; used under a lock, so it need not be thread-safe */
    DeliveryAttempts(Transactions transactions, DeliveryJobStore jobs, HostHealth hosts, InboxPoster poster,
                     Clock clock, RandomGenerator random, RetrySchedule retries) {
        this.transactions = transactions;
        this.jobs = jobs;
        this.hosts = hosts;
        this.poster = poster;
        this.clock = clock;
        this.random = random;
        this.retries = retries;
    }

    /** Sends the job claimed with {@code token} and records what came of it. */
    void attempt(DeliveryJob job, long token) {
        int attemptsMade = job.attempts() + 1;
        InboxPoster.Answer answer;
        try {
            answer = poster.post(job);
        } catch (FetchException e) {
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
            backoff = retries.delayAfter(attemptsMade, random);
        }
        if (backoff.isEmpty()) {
            finish(job, token, DeliveryState.FAILED, status, "gave up after " + attemptsMade + " attempts: " + what);
            return;
        }
        Instant now = clock.instant();
        Duration delay = backoff.get();
        Optional<Duration> asked = RetryAfter.parse(retryAfter, now);
        if (asked.isPresent()) {
            Duration bounded = asked.get().compareTo(retries.maxDelay()) > 0 ? retries.maxDelay() : asked.get();
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
}
