package org.bureaucrathackers.fellowship.inbox;

import java.time.Instant;

/** An accepted activity waiting for its handler; {@code body} is the exact JSON received. */
public record InboxJob(long id, String activityId, String signerActorUri, boolean trustEmbeddedObject, String body,
                       int attempts, Instant createdAt) {
}
