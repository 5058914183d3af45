package org.bureaucrathackers.fellowship.store;

import static org.bureaucrathackers.fellowship.store.schema.Tables.MEDIA_ATTACHMENT;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.bureaucrathackers.fellowship.media.MediaAttachment;
import org.bureaucrathackers.fellowship.media.MediaStore;
import org.bureaucrathackers.fellowship.store.schema.tables.records.MediaAttachmentRecord;

/** Uploads in the media_attachment table. */
public final class JooqMediaStore implements MediaStore {

    private final Database db;

    public JooqMediaStore(Database db) {
        this.db = db;
    }

    @Override
    public void insert(MediaAttachment m) {
        db.dsl().insertInto(MEDIA_ATTACHMENT)
                .set(MEDIA_ATTACHMENT.ID, m.id())
                .set(MEDIA_ATTACHMENT.ACCOUNT_ID, m.accountId())
                .set(MEDIA_ATTACHMENT.STATUS_ID, m.statusId())
                .set(MEDIA_ATTACHMENT.KIND, m.kind())
                .set(MEDIA_ATTACHMENT.MEDIA_TYPE, m.mediaType())
                .set(MEDIA_ATTACHMENT.FILE_KEY, m.fileKey())
                .set(MEDIA_ATTACHMENT.PREVIEW_KEY, m.previewKey())
                .set(MEDIA_ATTACHMENT.FILE_SIZE, m.fileSize())
                .set(MEDIA_ATTACHMENT.WIDTH, m.width())
                .set(MEDIA_ATTACHMENT.HEIGHT, m.height())
                .set(MEDIA_ATTACHMENT.DESCRIPTION, m.description())
                .set(MEDIA_ATTACHMENT.FOCUS_X, m.focus() == null ? null : m.focus().x())
                .set(MEDIA_ATTACHMENT.FOCUS_Y, m.focus() == null ? null : m.focus().y())
                .set(MEDIA_ATTACHMENT.BLURHASH, m.blurhash())
                .set(MEDIA_ATTACHMENT.CREATED_AT, Times.time(m.createdAt()))
                .set(MEDIA_ATTACHMENT.STATE, m.state().code())
                .set(MEDIA_ATTACHMENT.PENDING_KEY, m.pendingKey())
                .execute();
    }

    @Override
    public Optional<MediaAttachment> find(long id) {
        return db.dsl().selectFrom(MEDIA_ATTACHMENT).where(MEDIA_ATTACHMENT.ID.eq(id))
                .fetchOptional(JooqMediaStore::toMedia);
    }

    @Override
    public List<MediaAttachment> findAll(Collection<Long> ids) {
        List<MediaAttachment> result = new ArrayList<>();
        for (List<Long> chunk : StatusRows.chunks(ids)) {
            result.addAll(db.dsl().selectFrom(MEDIA_ATTACHMENT).where(MEDIA_ATTACHMENT.ID.in(chunk))
                    .fetch(JooqMediaStore::toMedia));
        }
        return result;
    }

    @Override
    public void updateDescription(long id, String description, MediaAttachment.Focus focus) {
        db.dsl().update(MEDIA_ATTACHMENT)
                .set(MEDIA_ATTACHMENT.DESCRIPTION, description)
                .set(MEDIA_ATTACHMENT.FOCUS_X, focus == null ? null : focus.x())
                .set(MEDIA_ATTACHMENT.FOCUS_Y, focus == null ? null : focus.y())
                .where(MEDIA_ATTACHMENT.ID.eq(id))
                .execute();
    }

    @Override
    public void attach(Collection<Long> ids, long statusId) {
        for (List<Long> chunk : StatusRows.chunks(ids)) {
            db.dsl().update(MEDIA_ATTACHMENT).set(MEDIA_ATTACHMENT.STATUS_ID, statusId)
                    .where(MEDIA_ATTACHMENT.ID.in(chunk)).execute();
        }
    }

    @Override
    public void delete(long id) {
        db.dsl().deleteFrom(MEDIA_ATTACHMENT).where(MEDIA_ATTACHMENT.ID.eq(id)).execute();
    }

    @Override
    public List<MediaAttachment> processing(int limit) {
        return db.dsl().selectFrom(MEDIA_ATTACHMENT)
                .where(MEDIA_ATTACHMENT.STATE.eq(MediaAttachment.State.PROCESSING.code()))
                .orderBy(MEDIA_ATTACHMENT.ID).limit(limit).fetch(JooqMediaStore::toMedia);
    }

    @Override
    public boolean finishProcessing(MediaAttachment m) {
        return db.dsl().update(MEDIA_ATTACHMENT)
                .set(MEDIA_ATTACHMENT.KIND, m.kind())
                .set(MEDIA_ATTACHMENT.MEDIA_TYPE, m.mediaType())
                .set(MEDIA_ATTACHMENT.FILE_KEY, m.fileKey())
                .set(MEDIA_ATTACHMENT.PREVIEW_KEY, m.previewKey())
                .set(MEDIA_ATTACHMENT.FILE_SIZE, m.fileSize())
                .set(MEDIA_ATTACHMENT.WIDTH, m.width())
                .set(MEDIA_ATTACHMENT.HEIGHT, m.height())
                .set(MEDIA_ATTACHMENT.BLURHASH, m.blurhash())
                .set(MEDIA_ATTACHMENT.STATE, MediaAttachment.State.READY.code())
                .setNull(MEDIA_ATTACHMENT.PENDING_KEY)
                .where(MEDIA_ATTACHMENT.ID.eq(m.id()))
                .and(MEDIA_ATTACHMENT.STATE.eq(MediaAttachment.State.PROCESSING.code()))
                .execute() == 1;
    }

    @Override
    public void markFailed(long id) {
        db.dsl().update(MEDIA_ATTACHMENT)
                .set(MEDIA_ATTACHMENT.STATE, MediaAttachment.State.FAILED.code())
                .setNull(MEDIA_ATTACHMENT.PENDING_KEY)
                .where(MEDIA_ATTACHMENT.ID.eq(id))
                .execute();
    }

    private static MediaAttachment toMedia(MediaAttachmentRecord r) {
        MediaAttachment.Focus focus = r.getFocusX() == null || r.getFocusY() == null ? null
                : new MediaAttachment.Focus(r.getFocusX(), r.getFocusY());
        return new MediaAttachment(r.getId(), r.getAccountId(), r.getStatusId(), r.getKind(), r.getMediaType(),
                r.getFileKey(), r.getPreviewKey(), r.getFileSize(), r.getWidth(), r.getHeight(), r.getDescription(),
                focus, r.getBlurhash(), Times.instant(r.getCreatedAt()), MediaAttachment.State.of(r.getState()),
                r.getPendingKey());
    }
}
