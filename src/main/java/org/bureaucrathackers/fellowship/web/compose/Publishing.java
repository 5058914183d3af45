package org.bureaucrathackers.fellowship.web.compose;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.media.InvalidMediaException;
import org.bureaucrathackers.fellowship.media.MediaAttachment;
import org.bureaucrathackers.fellowship.media.MediaService;
import org.bureaucrathackers.fellowship.media.MediaStorageException;
import org.bureaucrathackers.fellowship.media.MediaUpload;
import org.bureaucrathackers.fellowship.post.Attachment;
import org.bureaucrathackers.fellowship.post.InvalidPostException;
import org.bureaucrathackers.fellowship.post.NewPost;
import org.bureaucrathackers.fellowship.post.PostEdit;
import org.bureaucrathackers.fellowship.post.PostIdempotency;
import org.bureaucrathackers.fellowship.post.PostService;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.post.StructuredPostException;
import org.bureaucrathackers.fellowship.web.Visit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishing and editing a checked form through the media and posting services, as the client API does: the
 * images are uploaded first, then the post takes them. When the post is refused, the uploads of this form are
 * deleted again, so a refused form leaves nothing behind.
 */
public final class Publishing {

    private static final Logger LOG = LoggerFactory.getLogger(Publishing.class);

    /** How an edit went. */
    enum Edited { DONE, REFUSED, PRACTICE }

    private final PostService posts;
    private final PostIdempotency idempotency;
    private final MediaService media;

    public Publishing(PostService posts, PostIdempotency idempotency, MediaService media) {
        this.posts = posts;
        this.idempotency = idempotency;
        this.media = media;
    }

    /** The post published, or empty with what went wrong in {@code errors}. */
    Optional<Status> publish(Account fellow, ComposeForm form, Status.Visibility visibility, Status parent,
                             List<ImageParts.ImagePart> images, FormErrors errors, Visit visit) {
        List<Long> uploaded = new ArrayList<>();
        for (ImageParts.ImagePart image : images) {
            String description = form.description(image.slot()).strip();
            try {
                MediaAttachment upload = media.upload(fellow, new MediaUpload(image.content(), "file",
                        description.isEmpty() ? null : description, null));
                uploaded.add(upload.id());
            } catch (InvalidMediaException e) {
                errors.add("file-" + image.slot(), visit.text("compose.error.not_an_image"));
            } catch (MediaService.MediaBusyException | MediaStorageException e) {
                errors.add("file-" + image.slot(), visit.text("compose.error.media_unavailable"));
            }
            if (errors.any()) {
                discard(fellow, uploaded);
                return Optional.empty();
            }
        }
        String spoiler = form.spoilerText().isBlank() ? null : form.spoilerText();
        NewPost request = new NewPost(form.text(), visibility, parent == null ? null : parent.uri(), spoiler,
                form.language(), form.sensitive(), uploaded);
        String key = form.idempotencyKey();
        Status status;
        try {
            status = key.isBlank() ? posts.post(fellow, request)
                    : idempotency.post(fellow, "web:" + key, () -> posts.post(fellow, request));
        } catch (PostIdempotency.InProgressException e) {
            discard(fellow, uploaded);
            errors.add("status", visit.text("compose.error.in_progress"));
            return Optional.empty();
        } catch (InvalidPostException e) {
            LOG.debug("post refused: {}", e.getMessage());
            discard(fellow, uploaded);
            errors.add("status", visit.text("compose.error.refused"));
            return Optional.empty();
        }
        // A form sent twice gets the post the first sending made: this sending's uploads are not wanted.
        discard(fellow, uploaded.stream()
                .filter(id -> media.own(fellow, id).map(m -> !m.isAttached()).orElse(false)).toList());
        return Optional.of(status);
    }

    /**
     * Edits {@code status} with the form's text, warning, language and sensitivity, and the alt text of its
     * images; on refusal, the alt text is put back as it was.
     */
    Edited edit(Account fellow, Status status, ComposeForm form, List<Attachment> published, FormErrors errors,
                Visit visit) {
        Map<Long, String> before = new LinkedHashMap<>();
        List<Long> mediaIds = new ArrayList<>();
        try {
            for (int i = 0; i < published.size(); i++) {
                Attachment attachment = published.get(i);
                mediaIds.add(attachment.mediaId());
                String description = form.description(i + 1).strip();
                String old = attachment.description() == null ? "" : attachment.description();
                if (!description.equals(old)) {
                    media.describePublished(fellow, status.id(), attachment.mediaId(), description);
                    before.put(attachment.mediaId(), old);
                }
            }
            String spoiler = form.spoilerText().isBlank() ? null : form.spoilerText();
            posts.edit(fellow, status.id(), new PostEdit(form.text(), spoiler, form.language(), form.sensitive(),
                    before.isEmpty() ? null : mediaIds));
            return Edited.DONE;
        } catch (StructuredPostException e) {
            restore(fellow, status, before);
            return Edited.PRACTICE;
        } catch (InvalidPostException | InvalidMediaException | MediaService.UnknownMediaException e) {
            LOG.debug("edit refused: {}", e.getMessage());
            restore(fellow, status, before);
            errors.add("status", visit.text("compose.error.refused"));
            return Edited.REFUSED;
        }
    }

    private void restore(Account fellow, Status status, Map<Long, String> before) {
        before.forEach((id, description) -> {
            try {
                media.describePublished(fellow, status.id(), id, description);
            } catch (RuntimeException e) {
                LOG.warn("media {}: alt text not restored: {}", id, e.getMessage());
            }
        });
    }

    /** Deletes uploads no post took; one that cannot be deleted stays unattached, as the API leaves them. */
    private void discard(Account fellow, List<Long> uploads) {
        for (long id : uploads) {
            try {
                media.delete(fellow, id);
            } catch (RuntimeException e) {
                LOG.warn("media {}: upload of a refused form left unattached: {}", id, e.getMessage());
            }
        }
    }
}
