package org.bureaucrathackers.fellowship.media;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Uploaded media and which status took them. */
public interface MediaStore {

    void insert(MediaAttachment media);

    Optional<MediaAttachment> find(long id);

    List<MediaAttachment> findAll(Collection<Long> ids);

    void updateDescription(long id, String description, MediaAttachment.Focus focus);

    /** Gives the media to {@code statusId}. */
    void attach(Collection<Long> ids, long statusId);

    void delete(long id);
}
