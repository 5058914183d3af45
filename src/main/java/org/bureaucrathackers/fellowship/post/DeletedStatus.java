package org.bureaucrathackers.fellowship.post;

import java.util.List;

/**
 * A status as it was just before it was deleted, with the accounts it mentioned, its hashtags and the accounts
 * that had boosted it: what deciding who saw it (and which communities announced it) needs, once the rows are gone.
 */
public record DeletedStatus(Status status, List<Long> mentionedAccountIds, List<String> tags,
                            List<Long> boosterIds) {

    /** Boosters remembered per deleted status: enough for every community that announced it. */
    static final int MAX_BOOSTERS = 1_000;

    public DeletedStatus {
        mentionedAccountIds = List.copyOf(mentionedAccountIds);
        tags = List.copyOf(tags);
        boosterIds = List.copyOf(boosterIds);
    }

    /** Reads what the status links to; call it before deleting the status. */
    static DeletedStatus capture(Status status, MentionTagStore statuses, BoostStore boosts) {
        return new DeletedStatus(status, statuses.mentionedAccountIds(status.id()), statuses.tags(status.id()),
                boosts.boosterIds(status.id(), MAX_BOOSTERS));
    }
}
