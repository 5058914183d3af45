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

    /** Uploads still to be processed, oldest first, at most {@code limit}. */
    List<MediaAttachment> processing(int limit);

    /**
     * Records the result of background processing ({@code processed} is ready, its files stored); false when the
     * upload is no longer waiting for it (deleted meanwhile), so its new files are not wanted.
     */
    boolean finishProcessing(MediaAttachment processed);

    /** The upload could not be processed. */
    void markFailed(long id);
}
