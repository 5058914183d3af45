package org.bureaucrathackers.fellowship.follow;

/** One entry of a followers or following list: the follow's id (the paging cursor) and the other actor's id. */
public record FollowedActor(long followId, String actorUri) {
}
