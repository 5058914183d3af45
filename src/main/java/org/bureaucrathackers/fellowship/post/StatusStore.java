package org.bureaucrathackers.fellowship.post;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Persistence of a status itself: writing, editing, reading and deleting it, with its media. Timelines,
 * boosts, pins, mentions and hashtags have their own stores ({@link TimelineStore}, {@link BoostStore},
 * {@link PinStore}, {@link MentionTagStore}).
 */
public interface StatusStore {

    void insert(Status status);

    /** Replaces the content fields of a status (an edit): content, source, warning, sensitivity, language, edit time. */
    void update(Status status);

    /** Removes a status; its mentions, tags, media, favourites, boosts and pins go with it. */
    void delete(long statusId);

    Optional<Status> findById(long statusId);

    Optional<Status> findByUri(String uri);

    /** The statuses with these ids that are not deleted, in no particular order. */
    List<Status> findByIds(Collection<Long> statusIds);

    /**
     * Of {@code statusIds}, those {@code viewerId} may see, as StatusAccess decides (a null viewer is
     * anonymous); nothing by accounts that block the viewer or that the viewer blocks.
     */
    Set<Long> visibleAmong(Long viewerId, Collection<Long> statusIds);

    void replaceAttachments(long statusId, List<Attachment> attachments);

    List<Attachment> attachments(long statusId);

    /** Media per status, for statuses that have any. */
    Map<Long, List<Attachment>> attachmentsOf(Collection<Long> statusIds);
}
