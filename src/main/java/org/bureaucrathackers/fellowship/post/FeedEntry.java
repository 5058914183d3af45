package org.bureaucrathackers.fellowship.post;

import java.util.List;
import org.bureaucrathackers.fellowship.actor.Account;

/** A post as a feed lists it: with its author, its hashtags (normalised names) and its media. */
public record FeedEntry(Status status, Account author, List<String> tags, List<Attachment> attachments) {

    public FeedEntry {
        tags = List.copyOf(tags);
        attachments = List.copyOf(attachments);
    }
}
