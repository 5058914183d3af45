package org.bureaucrathackers.fellowship.practice;

import java.time.Instant;

/** An earlier version of a practice: its stored JSON form, and when that version was written. */
public record PracticeVersion(long id, long statusId, Instant createdAt, String document) {
}
