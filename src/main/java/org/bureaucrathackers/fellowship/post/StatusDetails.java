package org.bureaucrathackers.fellowship.post;

import java.util.List;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.paging.Slice;

/**
 * A status with everything its documents and pages show: the author, the accounts it mentions, its
 * hashtags and media, and the first page of replies on this server (CO6).
 */
public record StatusDetails(Status status, Account author, List<Account> mentions, List<String> tags,
                            List<Attachment> attachments, Slice<Status> firstReplies) {

    public StatusDetails {
        mentions = List.copyOf(mentions);
        tags = List.copyOf(tags);
        attachments = List.copyOf(attachments);
    }
}
