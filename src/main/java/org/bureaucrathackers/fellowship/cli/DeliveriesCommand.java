package org.bureaucrathackers.fellowship.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Callable;
import org.bureaucrathackers.fellowship.config.SettingsLoader;
import org.bureaucrathackers.fellowship.delivery.HostStatus;
import org.bureaucrathackers.fellowship.delivery.QueueCounts;
import org.bureaucrathackers.fellowship.delivery.QueueSummary;
import org.bureaucrathackers.fellowship.json.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code deliveries}: the outgoing delivery queue and the hosts it is failing to reach, read from the database,
 * so it works beside a running server. Text for people, or one JSON object for scripts.
 */
@Command(name = "deliveries", mixinStandardHelpOptions = true,
        description = "Show the outgoing delivery queue: pending, in flight and recently finished deliveries,"
                + " and the hosts that are failing or unavailable.")
final class DeliveriesCommand implements Callable<Integer> {

    /** Hosts listed at most; the rest are counted. */
    static final int MAX_HOSTS = 50;
    /** Errors are cut to keep each host on one readable line. */
    private static final int MAX_ERROR_SHOWN = 100;

    private final SettingsLoader loader;

    private final Instance.Opener instances;

    @Option(names = "--json", description = "Print one JSON object instead of text")
    boolean json;

    @Mixin
    SettingsOptions options;

    @Spec
    CommandSpec spec;

    DeliveriesCommand(SettingsLoader loader, Instance.Opener instances) {
        this.loader = loader;
        this.instances = instances;
    }

    @Override
    public Integer call() {
        QueueSummary summary;
        try (Instance instance = instances.open(options.load(loader))) {
            summary = instance.queueOverview().summarize(MAX_HOSTS);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(toJson(summary)));
        } else {
            printText(summary, out);
        }
        return FellowshipCommand.OK;
    }

    static ObjectNode toJson(QueueSummary summary) {
        QueueCounts counts = summary.counts();
        ObjectNode root = Json.object();
        root.put("at", summary.at().toString());
        ObjectNode pending = root.putObject("pending");
        pending.put("due_now", counts.dueNow());
        pending.put("scheduled_later", counts.scheduledLater());
        pending.put("leased", counts.leased());
        pending.put("total", counts.pending());
        Duration age = summary.oldestPendingAge();
        if (age == null) {
            pending.putNull("oldest_age_seconds");
        } else {
            pending.put("oldest_age_seconds", age.toSeconds());
        }
        ObjectNode finished = root.putObject("finished_last_24h");
        finished.put("done", counts.doneSince());
        finished.put("failed", counts.failedSince());
        finished.put("gone", counts.goneSince());
        ArrayNode hosts = root.putArray("failing_hosts");
        for (QueueSummary.FailingHost failing : summary.failingHosts()) {
            HostStatus status = failing.status();
            ObjectNode host = hosts.addObject();
            host.put("host", status.host());
            host.put("unavailable_since", status.unavailableSince() == null ? null
                    : status.unavailableSince().toString());
            host.put("failure_days", status.failureDays());
            host.put("consecutive_failures", status.consecutiveFailures());
            host.put("last_error", failing.backlog().lastError());
            host.put("pending_jobs", failing.backlog().pendingJobs());
        }
        root.put("failing_hosts_not_listed", summary.failingHostsNotListed());
        return root;
    }

    static void printText(QueueSummary summary, PrintWriter out) {
        QueueCounts counts = summary.counts();
        out.println("Delivery queue at " + summary.at().truncatedTo(ChronoUnit.SECONDS));
        row(out, "pending, due now", counts.dueNow());
        row(out, "pending, scheduled later", counts.scheduledLater());
        row(out, "leased (in flight)", counts.leased());
        Duration age = summary.oldestPendingAge();
        out.printf("  %-26s %s%n", "oldest pending", age == null ? "-" : readable(age) + " old");
        out.println("Finished in the last 24 h");
        row(out, "done", counts.doneSince());
        row(out, "failed", counts.failedSince());
        row(out, "gone", counts.goneSince());
        int total = summary.failingHosts().size() + summary.failingHostsNotListed();
        if (total == 0) {
            out.println("No failing hosts.");
            return;
        }
        out.println("Failing hosts (" + total + ")");
        int hostWidth = "HOST".length();
        for (QueueSummary.FailingHost failing : summary.failingHosts()) {
            hostWidth = Math.max(hostWidth, failing.status().host().length());
        }
        String format = "  %-" + hostWidth + "s  %-20s  %12s  %7s  %s%n";
        out.printf(format, "HOST", "UNAVAILABLE SINCE", "FAILURE DAYS", "PENDING", "LAST ERROR");
        for (QueueSummary.FailingHost failing : summary.failingHosts()) {
            HostStatus status = failing.status();
            Instant since = status.unavailableSince();
            out.printf(format, status.host(), since == null ? "-" : since.truncatedTo(ChronoUnit.SECONDS),
                    status.failureDays(), failing.backlog().pendingJobs(), oneLine(failing.backlog().lastError()));
        }
        if (summary.failingHostsNotListed() > 0) {
            out.println("  and " + summary.failingHostsNotListed() + " more");
        }
    }

    private static void row(PrintWriter out, String label, long count) {
        out.printf("  %-26s %d%n", label, count);
    }

    /** "3 d 4 h", "2 h 5 min", "40 s": precise enough to see how stuck the queue is. */
    static String readable(Duration age) {
        long seconds = Math.max(0, age.toSeconds());
        if (seconds >= 86_400) {
            return seconds / 86_400 + " d " + seconds % 86_400 / 3600 + " h";
        }
        if (seconds >= 3600) {
            return seconds / 3600 + " h " + seconds % 3600 / 60 + " min";
        }
        return seconds >= 60 ? seconds / 60 + " min" : seconds + " s";
    }

    /** A remote error on one line, bounded: it came from another server's answer. */
    private static String oneLine(String error) {
        if (error == null) {
            return "-";
        }
        String flat = error.replaceAll("\\p{Cntrl}+", " ").strip();
        return flat.length() <= MAX_ERROR_SHOWN ? flat : flat.substring(0, MAX_ERROR_SHOWN - 1) + "…";
    }
}
