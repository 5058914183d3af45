package org.bureaucrathackers.fellowship.reading;

/** An account on a list; {@code id} is the membership's own id, the cursor of the member listing. */
public record ListMember(long id, long accountId) {
}
