package org.bureaucrathackers.fellowship.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.bureaucrathackers.fellowship.transaction.Transactions;

/** Reads the {@link QueueSummary} operators see; it only reads, so it can run beside a running server. */
public final class QueueOverview {

    /** Finished jobs are counted over the last day. */
    public static final Duration FINISHED_WINDOW = Duration.ofHours(24);

    private final Transactions transactions;
    private final DeliveryJobStore jobs;
    private final DeliveryHostStore hosts;
    private final Clock clock;

    public QueueOverview(Transactions transactions, DeliveryJobStore jobs, DeliveryHostStore hosts, Clock clock) {
        this.transactions = transactions;
        this.jobs = jobs;
        this.hosts = hosts;
        this.clock = clock;
    }

    /** The queue now, with at most {@code hostLimit} failing hosts listed. */
    public QueueSummary summarize(int hostLimit) {
        if (hostLimit < 0 || hostLimit > 1000) {
            throw new IllegalArgumentException("hostLimit must be 0 to 1000");
        }
        Instant now = clock.instant();
        Instant since = now.minus(FINISHED_WINDOW);
        // One transaction, so the counts and the hosts are read from the same moment as far as the database allows.
        return transactions.inTransaction(() -> {
            QueueCounts counts = jobs.countQueue(now, since);
            List<HostStatus> failing = hosts.findFailing(hostLimit);
            int total = hosts.countFailing();
            Map<String, HostBacklog> backlogs = jobs.backlogOf(failing.stream().map(HostStatus::host).toList());
            List<QueueSummary.FailingHost> listed = failing.stream()
                    .map(h -> new QueueSummary.FailingHost(h, backlogs.getOrDefault(h.host(), HostBacklog.NONE)))
                    .toList();
            return new QueueSummary(now, since, counts, listed, Math.max(0, total - listed.size()));
        });
    }
}
