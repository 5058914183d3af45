package org.bureaucrathackers.fellowship.post;

import java.util.List;

/**
 * A status as it was just before it was deleted, with the accounts it mentioned and its hashtags: what deciding
 * who saw it needs, once the rows are gone.
 */
public record DeletedStatus(Status status, List<Long> mentionedAccountIds, List<String> tags) {

    public DeletedStatus {
        mentionedAccountIds = List.copyOf(mentionedAccountIds);
        tags = List.copyOf(tags);
    }

    /** Reads what the status links to; call it before deleting the status. */
    static DeletedStatus capture(Status status, MentionTagStore statuses) {
        return new DeletedStatus(status, statuses.mentionedAccountIds(status.id()), statuses.tags(status.id()));
    }
}
