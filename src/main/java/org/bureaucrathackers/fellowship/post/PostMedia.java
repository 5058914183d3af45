package org.bureaucrathackers.fellowship.post;

import java.util.List;
import org.bureaucrathackers.fellowship.actor.Account;

/** The uploads a local post takes (implemented by the media feature). */
public interface PostMedia {

    /** Where media cannot be uploaded: any media id is refused. */
    PostMedia NONE = (author, statusId, mediaIds) -> {
        if (!mediaIds.isEmpty()) {
            throw new InvalidPostException("media_ids: media attachment " + mediaIds.get(0) + " was not found");
        }
        return List.of();
    };

    /**
     * Gives the uploads {@code mediaIds} (in that order) to {@code statusId} and returns them as attachments.
     * Each must be {@code author}'s and not taken by another status; else {@link InvalidPostException}. Runs in
     * the caller's transaction.
     */
    List<Attachment> attach(Account author, long statusId, List<Long> mediaIds);
}
