package org.bureaucrathackers.fellowship.actor;

import java.time.Instant;

/** The credentials of a local fellow. The password is only ever stored as a KDF hash. */
public record LocalUser(long accountId, String email, String passwordHash, boolean admin, Instant createdAt) {
}
