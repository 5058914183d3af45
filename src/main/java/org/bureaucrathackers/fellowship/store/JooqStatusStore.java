package org.bureaucrathackers.fellowship.store;

import static org.bureaucrathackers.fellowship.store.schema.Tables.STATUS;
import static org.bureaucrathackers.fellowship.store.schema.Tables.STATUS_ATTACHMENT;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bureaucrathackers.fellowship.post.Attachment;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.post.StatusStore;
import org.bureaucrathackers.fellowship.store.schema.tables.records.StatusAttachmentRecord;

/** Statuses themselves and their media, in the status and status_attachment tables. */
public final class JooqStatusStore implements StatusStore {

    private final Database db;

    public JooqStatusStore(Database db) {
        this.db = db;
    }

    @Override
    public void insert(Status s) {
        db.dsl().insertInto(STATUS)
                .set(STATUS.ID, s.id())
                .set(STATUS.ACCOUNT_ID, s.accountId())
                .set(STATUS.URI, s.uri())
                .set(STATUS.URL, s.url())
                .set(STATUS.VISIBILITY, s.visibility().stored())
                .set(STATUS.CONTENT_HTML, s.contentHtml())
                .set(STATUS.LANGUAGE, s.language())
                .set(STATUS.IN_REPLY_TO_URI, s.inReplyToUri())
                .set(STATUS.CREATED_AT, Times.time(s.createdAt()))
                .set(STATUS.SPOILER_TEXT, s.spoilerText())
                .set(STATUS.SENSITIVE, s.sensitive())
                .set(STATUS.CONTENT_SOURCE, s.contentSource())
                .set(STATUS.IN_REPLY_TO_ID, s.inReplyToId())
                .set(STATUS.IN_REPLY_TO_ACCOUNT_ID, s.inReplyToAccountId())
                .set(STATUS.CONVERSATION_URI, s.conversationUri())
                .set(STATUS.REBLOG_OF_ID, s.reblogOfId())
                .set(STATUS.EDITED_AT, Times.time(s.editedAt()))
                .execute();
    }

    @Override
    public void update(Status s) {
        db.dsl().update(STATUS)
                .set(STATUS.CONTENT_HTML, s.contentHtml())
                .set(STATUS.CONTENT_SOURCE, s.contentSource())
                .set(STATUS.SPOILER_TEXT, s.spoilerText())
                .set(STATUS.SENSITIVE, s.sensitive())
                .set(STATUS.LANGUAGE, s.language())
                .set(STATUS.EDITED_AT, Times.time(s.editedAt()))
                .where(STATUS.ID.eq(s.id()))
                .execute();
    }

    @Override
    public void delete(long statusId) {
        db.dsl().deleteFrom(STATUS).where(STATUS.ID.eq(statusId)).execute();
    }

    @Override
    public Optional<Status> findById(long statusId) {
        return db.dsl().selectFrom(STATUS).where(STATUS.ID.eq(statusId)).and(STATUS.DELETED_AT.isNull())
                .fetchOptional(StatusRows::toStatus);
    }

    @Override
    public Optional<Status> findByUri(String uri) {
        return db.dsl().selectFrom(STATUS).where(STATUS.URI.eq(uri)).and(STATUS.DELETED_AT.isNull())
                .fetchOptional(StatusRows::toStatus);
    }

    @Override
    public List<Status> findByIds(Collection<Long> statusIds) {
        List<Status> found = new ArrayList<>();
        for (List<Long> chunk : StatusRows.chunks(statusIds)) {
            found.addAll(db.dsl().selectFrom(STATUS).where(STATUS.ID.in(chunk)).and(STATUS.DELETED_AT.isNull())
                    .fetch(StatusRows::toStatus));
        }
        return found;
    }

    @Override
    public Set<Long> visibleAmong(Long viewerId, Collection<Long> statusIds) {
        Set<Long> visible = new HashSet<>();
        for (List<Long> chunk : StatusRows.chunks(statusIds)) {
            visible.addAll(db.dsl().select(STATUS.ID).from(STATUS)
                    .where(STATUS.ID.in(chunk)).and(STATUS.DELETED_AT.isNull())
                    .and(StatusConditions.visibleTo(viewerId))
                    .fetch(STATUS.ID));
        }
        return visible;
    }

    @Override
    public void replaceAttachments(long statusId, List<Attachment> attachments) {
        db.inTransaction(tx -> {
            tx.deleteFrom(STATUS_ATTACHMENT).where(STATUS_ATTACHMENT.STATUS_ID.eq(statusId)).execute();
            int order = 0;
            for (Attachment a : attachments) {
                tx.insertInto(STATUS_ATTACHMENT)
                        .set(STATUS_ATTACHMENT.STATUS_ID, statusId)
                        .set(STATUS_ATTACHMENT.SORT_ORDER, order++)
                        .set(STATUS_ATTACHMENT.ATTACHMENT_TYPE, a.type())
                        .set(STATUS_ATTACHMENT.URL, a.url())
                        .set(STATUS_ATTACHMENT.MEDIA_TYPE, a.mediaType())
                        .set(STATUS_ATTACHMENT.DESCRIPTION, a.description())
                        .set(STATUS_ATTACHMENT.PREVIEW_URL, a.previewUrl())
                        .set(STATUS_ATTACHMENT.BLURHASH, a.blurhash())
                        .set(STATUS_ATTACHMENT.WIDTH, a.width())
                        .set(STATUS_ATTACHMENT.HEIGHT, a.height())
                        .set(STATUS_ATTACHMENT.FOCUS_X, a.focusX())
                        .set(STATUS_ATTACHMENT.FOCUS_Y, a.focusY())
                        .set(STATUS_ATTACHMENT.MEDIA_ID, a.mediaId())
                        .execute();
            }
            return null;
        });
    }

    @Override
    public List<Attachment> attachments(long statusId) {
        return db.dsl().selectFrom(STATUS_ATTACHMENT)
                .where(STATUS_ATTACHMENT.STATUS_ID.eq(statusId))
                .orderBy(STATUS_ATTACHMENT.SORT_ORDER.asc())
                .fetch(JooqStatusStore::attachment);
    }

    @Override
    public Map<Long, List<Attachment>> attachmentsOf(Collection<Long> statusIds) {
        Map<Long, List<Attachment>> result = new LinkedHashMap<>();
        for (List<Long> chunk : StatusRows.chunks(statusIds)) {
            db.dsl().selectFrom(STATUS_ATTACHMENT)
                    .where(STATUS_ATTACHMENT.STATUS_ID.in(chunk))
                    .orderBy(STATUS_ATTACHMENT.STATUS_ID, STATUS_ATTACHMENT.SORT_ORDER)
                    .forEach(r -> result.computeIfAbsent(r.getStatusId(), k -> new ArrayList<>()).add(attachment(r)));
        }
        return result;
    }

    private static Attachment attachment(StatusAttachmentRecord r) {
        return new Attachment(r.getAttachmentType(), r.getUrl(), r.getMediaType(), r.getDescription(),
                r.getPreviewUrl(), r.getBlurhash(), r.getWidth(), r.getHeight(), r.getFocusX(), r.getFocusY(),
                r.getMediaId());
    }
}
