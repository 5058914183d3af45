package org.bureaucrathackers.fellowship.delivery;

/** A job that is due, and whether its host is marked unavailable (then it may only go as the host's probe). */
public record DueJob(DeliveryJob job, boolean hostUnavailable) {
}
