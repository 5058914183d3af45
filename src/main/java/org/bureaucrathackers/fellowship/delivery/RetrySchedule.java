package org.bureaucrathackers.fellowship.delivery;

import java.time.Duration;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * When to try a failed delivery again: {@code firstDelay · 2^(n−1)} after the n-th attempt, capped at
 * {@code maxDelay}, each delay spread by ±{@code jitter} so retries to a host that comes back do not arrive
 * together; no further attempt after {@code maxAttempts}. The standard schedule spans about a week (DL8).
 */
public record RetrySchedule(Duration firstDelay, Duration maxDelay, double jitter, int maxAttempts) {

    public RetrySchedule {
        if (firstDelay.isNegative() || firstDelay.isZero() || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("delays must be positive with maxDelay >= firstDelay");
        }
        if (!(jitter >= 0 && jitter < 1)) {
            throw new IllegalArgumentException("jitter must be in [0, 1)");
        }
        if (maxAttempts < 1 || maxAttempts > 100) {
            throw new IllegalArgumentException("maxAttempts must be 1 to 100");
        }
    }

    /** 30 s doubling to 12 h, ±20 %, 25 attempts: about 7.2 days from the first attempt to the last. */
    public static RetrySchedule standard() {
        return new RetrySchedule(Duration.ofSeconds(30), Duration.ofHours(12), 0.2, 25);
    }

    /** The delay after the {@code attemptsMade}-th attempt, before jitter. */
    public Duration nominalDelayAfter(int attemptsMade) {
        int doublings = Math.max(0, attemptsMade - 1);
        if (doublings >= 40) {
            return maxDelay;
        }
        long millis = firstDelay.toMillis();
        long doubled = millis > (Long.MAX_VALUE >> doublings) ? Long.MAX_VALUE : millis << doublings;
        return doubled >= maxDelay.toMillis() ? maxDelay : Duration.ofMillis(doubled);
    }

    /** The jittered delay after the {@code attemptsMade}-th attempt, or empty when that was the last one. */
    public Optional<Duration> delayAfter(int attemptsMade, RandomGenerator random) {
        if (attemptsMade >= maxAttempts) {
            return Optional.empty();
        }
        double factor = 1 + jitter * (2 * random.nextDouble() - 1);
        long millis = Math.round(nominalDelayAfter(attemptsMade).toMillis() * factor);
        return Optional.of(Duration.ofMillis(Math.min(millis, maxDelay.toMillis())));
    }
}
