package org.bureaucrathackers.fellowship.media;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.ProfileImage;
import org.bureaucrathackers.fellowship.ids.Ids;
import org.bureaucrathackers.fellowship.post.Attachment;
import org.bureaucrathackers.fellowship.post.InvalidPostException;
import org.bureaucrathackers.fellowship.post.PostMedia;
import org.bureaucrathackers.fellowship.transaction.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fellows' uploads: checked by content, images re-encoded without metadata (with a preview and a BlurHash),
 * stored, described, and given to the statuses (or practice records) that publish them. An upload stays its
 * uploader's and can be changed or deleted until a status takes it.
 */
public final class MediaService implements PostMedia, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MediaService.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final long PROCESSING_WAIT_SECONDS = 60;

    private final Transactions transactions;
    private final MediaStore store;
    private final MediaStorage storage;
    private final ImageProcessor images = new ImageProcessor();
    private final Semaphore processing = new Semaphore(MediaLimits.CONCURRENT_PROCESSING, true);
    private final Ids ids;
    private final Clock clock;
    private final BackgroundProcessing background;

    public MediaService(Transactions transactions, MediaStore store, MediaStorage storage, Ids ids, Clock clock) {
        this.transactions = transactions;
        this.store = store;
        this.storage = storage;
        this.ids = ids;
        this.clock = clock;
        this.background = new BackgroundProcessing(this::processWaiting,
                () -> store.processing(MediaLimits.PROCESSING_QUEUE).stream().map(MediaAttachment::id).toList());
    }

    /** Starts processing deferred uploads, first those an earlier run left waiting. */
    public void startBackgroundProcessing() {
        background.start();
    }

    @Override
    public void close() {
        background.close();
    }

    /** Checks, re-encodes and stores an upload of {@code owner}'s; {@link InvalidMediaException} on bad input. */
    public MediaAttachment upload(Account owner, MediaUpload upload) {
        return upload(owner, upload, false);
    }

    /**
     * As {@link #upload(Account, MediaUpload)}; when {@code mayDefer}, a large image is checked, stored as
     * received and processed in the background: it comes back {@link MediaAttachment#isProcessing()}.
     */
    public MediaAttachment upload(Account owner, MediaUpload upload, boolean mayDefer) {
        String description = description(upload.description());
        MediaAttachment.Focus focus = FocusPoint.parse(upload.focus());
        byte[] content = upload.content();
        if (content.length == 0) {
            throw new InvalidMediaException(upload.field(), "the file is empty");
        }
        MediaFormat format = MediaFormat.of(content, upload.field());
        int limit = format.isImage() ? MediaLimits.MAX_IMAGE_BYTES : MediaLimits.MAX_DOCUMENT_BYTES;
        if (content.length > limit) {
            throw new InvalidMediaException(upload.field(), (format.isImage() ? "an image" : "a document")
                    + " is at most " + limit / (1024 * 1024) + " MB");
        }
        long id = ids.next();
        String folder = id + "-" + HexFormat.of().formatHex(secret());
        MediaAttachment media;
        int[] size = format.isImage() ? images.size(content, format, upload.field()) : null;
        if (mayDefer && format.isImage() && (content.length > MediaLimits.DEFER_ABOVE_BYTES
                || (long) size[0] * size[1] > MediaLimits.DEFER_ABOVE_PIXELS)) {
            String pendingKey = folder + "/received." + (format == MediaFormat.JPEG ? "jpg" : "png");
            storage.put(pendingKey, content, "application/octet-stream");
            media = new MediaAttachment(id, owner.id(), null, "image", format.mediaType(), pendingKey, null,
                    content.length, size[0], size[1], description, focus, null,
                    clock.instant().truncatedTo(ChronoUnit.MILLIS), MediaAttachment.State.PROCESSING, pendingKey);
            insertOrRemove(media);
            background.submit(id);
            return media;
        }
        if (format.isImage()) {
            ProcessedImage image = process(content, format, upload.field(), Integer.MAX_VALUE, Integer.MAX_VALUE);
            String fileKey = folder + "/original." + image.format().extension();
            String previewKey = folder + "/small.jpg";
            storage.put(fileKey, image.image(), image.format().mediaType());
            storage.put(previewKey, image.preview(), MediaFormat.JPEG.mediaType());
            media = new MediaAttachment(id, owner.id(), null, "image", image.format().mediaType(), fileKey, previewKey,
                    image.image().length, image.width(), image.height(), description, focus, image.blurhash(),
                    clock.instant().truncatedTo(ChronoUnit.MILLIS));
        } else {
            String fileKey = folder + "/original." + format.extension();
            storage.put(fileKey, content, format.mediaType());
            media = new MediaAttachment(id, owner.id(), null, "unknown", format.mediaType(), fileKey, null,
                    content.length, null, null, description, null, null, clock.instant().truncatedTo(ChronoUnit.MILLIS));
        }
        insertOrRemove(media);
        return media;
    }

    private void insertOrRemove(MediaAttachment media) {
        try {
            store.insert(media);
        } catch (RuntimeException e) {
            removeFiles(media);
            throw e;
        }
    }

    /**
     * Processes a deferred upload: re-encodes the file as received, stores the results, marks the upload ready
     * and removes what was received. An upload that cannot be decoded is marked failed.
     */
    void processWaiting(long id) {
        MediaAttachment waiting = store.find(id).filter(MediaAttachment::isProcessing).orElse(null);
        if (waiting == null) {
            return;
        }
        byte[] content = storage.read(waiting.pendingKey()).orElse(null);
        ProcessedImage image;
        try {
            if (content == null) {
                throw new InvalidMediaException("file", "the file as received is gone");
            }
            image = process(content, MediaFormat.of(content, "file"), "file", Integer.MAX_VALUE, Integer.MAX_VALUE);
        } catch (InvalidMediaException e) {
            LOG.info("media {}: cannot be processed: {}", id, e.problem());
            store.markFailed(id);
            deleteQuietly(waiting.pendingKey());
            return;
        }
        String folder = waiting.pendingKey().substring(0, waiting.pendingKey().indexOf('/'));
        String fileKey = folder + "/original." + image.format().extension();
        String previewKey = folder + "/small.jpg";
        storage.put(fileKey, image.image(), image.format().mediaType());
        storage.put(previewKey, image.preview(), MediaFormat.JPEG.mediaType());
        MediaAttachment ready = new MediaAttachment(id, waiting.accountId(), waiting.statusId(), "image",
                image.format().mediaType(), fileKey, previewKey, image.image().length, image.width(), image.height(),
                waiting.description(), waiting.focus(), image.blurhash(), waiting.createdAt());
        if (!store.finishProcessing(ready) && store.find(id).isEmpty()) {
            // Deleted while it was processed: its new files are not wanted either.
            removeFiles(ready);
        }
        deleteQuietly(waiting.pendingKey());
    }

    private void deleteQuietly(String key) {
        try {
            storage.delete(key);
        } catch (MediaStorageException e) {
            LOG.warn("media file {} left in the storage: {}", key, e.getMessage());
        }
    }

    /**
     * Re-encodes and stores a new avatar ({@code field} "avatar") or header ("header") of {@code owner}'s: an
     * image of at most {@link MediaLimits#MAX_PROFILE_IMAGE_BYTES}, brought within the size profiles show.
     */
    public ProfileImage profileImage(Account owner, byte[] content, String field) {
        boolean avatar = field.equals("avatar");
        if (content.length == 0) {
            throw new InvalidMediaException(field, "the file is empty");
        }
        if (content.length > MediaLimits.MAX_PROFILE_IMAGE_BYTES) {
            throw new InvalidMediaException(field, "an image is at most "
                    + MediaLimits.MAX_PROFILE_IMAGE_BYTES / (1024 * 1024) + " MB");
        }
        MediaFormat format = MediaFormat.of(content, field);
        if (!format.isImage()) {
            throw new InvalidMediaException(field, "send a JPEG, PNG or GIF image");
        }
        ProcessedImage image = process(content, format, field,
                avatar ? MediaLimits.AVATAR_SIDE : MediaLimits.HEADER_WIDTH,
                avatar ? MediaLimits.AVATAR_SIDE : MediaLimits.HEADER_HEIGHT);
        String key = owner.id() + "-" + HexFormat.of().formatHex(secret()) + "/" + field + "."
                + image.format().extension();
        storage.put(key, image.image(), image.format().mediaType());
        return new ProfileImage(storage.url(key), image.format().mediaType());
    }

    /** An upload of {@code owner}'s, attached or not. */
    public Optional<MediaAttachment> own(Account owner, long id) {
        return store.find(id).filter(m -> m.accountId() == owner.id());
    }

    /** Changes the alt text and focal point of an upload not yet published; null keeps either as it is. */
    public MediaAttachment describe(Account owner, long id, String description, String focus) {
        MediaAttachment media = own(owner, id).orElseThrow(() -> new UnknownMediaException(id));
        if (media.isAttached()) {
            throw new InvalidMediaException("id", "this media is published with a post; edit the post instead");
        }
        MediaAttachment changed = media.described(description == null ? media.description() : description(description),
                focus == null || !media.isImage() ? media.focus() : FocusPoint.parse(focus));
        store.updateDescription(id, changed.description(), changed.focus());
        return changed;
    }

    /**
     * Changes the alt text of an upload already published with {@code statusId} (what editing that post does);
     * the post's attachments carry it once the post is edited naming its media again.
     */
    public void describePublished(Account owner, long statusId, long id, String description) {
        MediaAttachment media = own(owner, id).filter(m -> m.statusId() != null && m.statusId() == statusId)
                .orElseThrow(() -> new UnknownMediaException(id));
        store.updateDescription(id, description(description), media.focus());
    }

    /** Deletes an upload no status has taken, with its files. */
    public void delete(Account owner, long id) {
        MediaAttachment media = own(owner, id).orElseThrow(() -> new UnknownMediaException(id));
        if (media.isAttached()) {
            throw new InvalidMediaException("id", "this media is published with a post; delete the post instead");
        }
        store.delete(id);
        removeFiles(media);
    }

    @Override
    public List<Attachment> attach(Account author, long statusId, List<Long> mediaIds) {
        if (mediaIds.isEmpty()) {
            return List.of();
        }
        return transactions.inTransaction(() -> {
            Map<Long, MediaAttachment> found = new LinkedHashMap<>();
            store.findAll(mediaIds).forEach(m -> found.put(m.id(), m));
            List<Attachment> result = new ArrayList<>();
            for (long id : mediaIds) {
                MediaAttachment media = found.get(id);
                if (media == null || media.accountId() != author.id()) {
                    throw new InvalidPostException("media_ids: media attachment " + id + " was not found");
                }
                if (media.isProcessing()) {
                    throw new InvalidPostException("media_ids: media attachment " + id
                            + " has not finished processing; try again in a moment");
                }
                if (media.state() == MediaAttachment.State.FAILED) {
                    throw new InvalidPostException("media_ids: media attachment " + id + " could not be processed");
                }
                if (media.isAttached() && media.statusId() != statusId) {
                    throw new InvalidPostException("media_ids: media attachment " + id
                            + " is already published with another post");
                }
                result.add(attachment(media));
            }
            store.attach(mediaIds, statusId);
            return result;
        });
    }

    /** The upload as a status shows and federates it. */
    public Attachment attachment(MediaAttachment media) {
        MediaAttachment.Focus focus = media.focus();
        boolean ready = media.state() == MediaAttachment.State.READY;
        return new Attachment(media.isImage() ? "Image" : "Document", ready ? storage.url(media.fileKey()) : null,
                media.mediaType(), media.description(),
                !ready || media.previewKey() == null ? null : storage.url(media.previewKey()),
                media.blurhash(), media.width(), media.height(), focus == null ? null : focus.x(),
                focus == null ? null : focus.y(), media.id());
    }

    private ProcessedImage process(byte[] content, MediaFormat format, String field, int maxWidth, int maxHeight) {
        try {
            if (!processing.tryAcquire(PROCESSING_WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new MediaBusyException();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MediaBusyException();
        }
        try {
            return images.process(content, format, field, maxWidth, maxHeight);
        } finally {
            processing.release();
        }
    }

    /** Removes the files of media already gone from the database: a storage failure leaves them, logged. */
    private void removeFiles(MediaAttachment media) {
        try {
            storage.delete(media.fileKey());
            if (media.previewKey() != null) {
                storage.delete(media.previewKey());
            }
        } catch (MediaStorageException e) {
            LOG.warn("media {}: files left in the storage: {}", media.id(), e.getMessage());
        }
    }

    private static String description(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.codePointCount(0, text.length()) > MediaLimits.MAX_DESCRIPTION) {
            throw new InvalidMediaException("description", "at most " + MediaLimits.MAX_DESCRIPTION + " characters");
        }
        return text.strip();
    }

    private static byte[] secret() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    /** No upload of the caller's has this id. */
    public static final class UnknownMediaException extends RuntimeException {
        public UnknownMediaException(long id) {
            super("Record not found");
        }
    }

    /** Too many uploads are being processed; the client may try again shortly. */
    public static final class MediaBusyException extends RuntimeException {
        public MediaBusyException() {
            super("Too many uploads are being processed; try again in a moment");
        }
    }
}
