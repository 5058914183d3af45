package org.bureaucrathackers.fellowship.practice;

import java.time.Instant;

/** A practice as stored: its stored JSON form ({@link PracticeJson#stored}) with the status and author it belongs to. */
public record PracticeRow(long statusId, long accountId, String document, Instant updatedAt) {
}
