package org.bureaucrathackers.fellowship.reading;

import java.time.Instant;

/** A hashtag a fellow follows; {@code name} is normalised, without the '#'. */
public record FollowedTag(long id, long accountId, String name, Instant createdAt) {
}
