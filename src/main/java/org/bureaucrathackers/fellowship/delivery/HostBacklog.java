package org.bureaucrathackers.fellowship.delivery;

/** What the queue holds for one host: its pending jobs, and the last error any of its jobs recorded (or null). */
public record HostBacklog(long pendingJobs, String lastError) {

    public static final HostBacklog NONE = new HostBacklog(0, null);
}
