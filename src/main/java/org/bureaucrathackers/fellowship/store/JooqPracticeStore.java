package org.bureaucrathackers.fellowship.store;

import static org.bureaucrathackers.fellowship.store.schema.Tables.ACCOUNT;
import static org.bureaucrathackers.fellowship.store.schema.Tables.PRACTICE;
import static org.bureaucrathackers.fellowship.store.schema.Tables.PRACTICE_ADAPTATION;
import static org.bureaucrathackers.fellowship.store.schema.Tables.PRACTICE_HACK_KIND;
import static org.bureaucrathackers.fellowship.store.schema.Tables.PRACTICE_THEME;
import static org.bureaucrathackers.fellowship.store.schema.Tables.PRACTICE_VERSION;
import static org.bureaucrathackers.fellowship.store.schema.Tables.STATUS;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.bureaucrathackers.fellowship.paging.PageRequest;
import org.bureaucrathackers.fellowship.paging.Slice;
import org.bureaucrathackers.fellowship.practice.PracticeFilter;
import org.bureaucrathackers.fellowship.practice.PracticeIndex;
import org.bureaucrathackers.fellowship.practice.PracticeRow;
import org.bureaucrathackers.fellowship.practice.PracticeStore;
import org.bureaucrathackers.fellowship.practice.PracticeVersion;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/** Practices in the practice table, with their hack kinds, themes, lineage and earlier versions beside it. */
public final class JooqPracticeStore implements PracticeStore {

    private static final List<String> OPEN = List.of("public", "unlisted");

    private final Database db;

    public JooqPracticeStore(Database db) {
        this.db = db;
    }

    /** Indexes the words of practices saved before the word index existed; returns how many. */
    public int indexUnindexedWords() {
        return PracticeSearchIndex.backfill(db);
    }

    @Override
    public void save(PracticeRow row, PracticeIndex index) {
        long id = row.statusId();
        var dsl = db.dsl();
        int updated = dsl.update(PRACTICE)
                .set(PRACTICE.ACCOUNT_ID, row.accountId())
                .set(PRACTICE.TITLE, index.title())
                .set(PRACTICE.COUNTRY, index.country())
                .set(PRACTICE.GOVERNMENT_LEVEL, index.governmentLevel())
                .set(PRACTICE.ORGANISATION_TYPE, index.organisationType())
                .set(PRACTICE.SECTOR, index.sector())
                .set(PRACTICE.STAGE, index.stage())
                .set(PRACTICE.COMMUNITY_URI, index.communityUri())
                .set(PRACTICE.LANGUAGE, index.language())
                .set(PRACTICE.SEARCH_TEXT, index.searchText())
                .set(PRACTICE.DOCUMENT, row.document())
                .set(PRACTICE.UPDATED_AT, Times.time(row.updatedAt()))
                .where(PRACTICE.STATUS_ID.eq(id))
                .execute();
        if (updated == 0) {
            dsl.insertInto(PRACTICE)
                    .set(PRACTICE.STATUS_ID, id)
                    .set(PRACTICE.ACCOUNT_ID, row.accountId())
                    .set(PRACTICE.TITLE, index.title())
                    .set(PRACTICE.COUNTRY, index.country())
                    .set(PRACTICE.GOVERNMENT_LEVEL, index.governmentLevel())
                    .set(PRACTICE.ORGANISATION_TYPE, index.organisationType())
                    .set(PRACTICE.SECTOR, index.sector())
                    .set(PRACTICE.STAGE, index.stage())
                    .set(PRACTICE.COMMUNITY_URI, index.communityUri())
                    .set(PRACTICE.LANGUAGE, index.language())
                    .set(PRACTICE.SEARCH_TEXT, index.searchText())
                    .set(PRACTICE.DOCUMENT, row.document())
                    .set(PRACTICE.UPDATED_AT, Times.time(row.updatedAt()))
                    .execute();
        }
        PracticeSearchIndex.write(dsl, id, index.searchText());
        dsl.deleteFrom(PRACTICE_HACK_KIND).where(PRACTICE_HACK_KIND.STATUS_ID.eq(id)).execute();
        dsl.deleteFrom(PRACTICE_THEME).where(PRACTICE_THEME.STATUS_ID.eq(id)).execute();
        dsl.deleteFrom(PRACTICE_ADAPTATION).where(PRACTICE_ADAPTATION.STATUS_ID.eq(id)).execute();
        for (String kind : index.hackKinds()) {
            dsl.insertInto(PRACTICE_HACK_KIND).set(PRACTICE_HACK_KIND.STATUS_ID, id)
                    .set(PRACTICE_HACK_KIND.KIND, kind).execute();
        }
        for (String theme : index.themes()) {
            dsl.insertInto(PRACTICE_THEME).set(PRACTICE_THEME.STATUS_ID, id).set(PRACTICE_THEME.THEME, theme)
                    .execute();
        }
        for (String original : index.adaptedFrom()) {
            dsl.insertInto(PRACTICE_ADAPTATION).set(PRACTICE_ADAPTATION.STATUS_ID, id)
                    .set(PRACTICE_ADAPTATION.ORIGINAL_URI, original).execute();
        }
    }

    @Override
    public Optional<PracticeRow> find(long statusId) {
        return db.dsl().selectFrom(PRACTICE).where(PRACTICE.STATUS_ID.eq(statusId))
                .fetchOptional(r -> new PracticeRow(r.getStatusId(), r.getAccountId(), r.getDocument(),
                        Times.instant(r.getUpdatedAt())));
    }

    @Override
    public void remove(long statusId) {
        db.dsl().deleteFrom(PRACTICE).where(PRACTICE.STATUS_ID.eq(statusId)).execute();
    }

    @Override
    public Slice<PracticeRow> list(PracticeFilter filter, PageRequest page) {
        return pageOf(conditions(db.dsl(), filter), page);
    }

    @Override
    public Slice<PracticeRow> adaptationsOf(Collection<String> originalUris, PageRequest page) {
        if (originalUris.isEmpty()) {
            return Slice.empty();
        }
        return pageOf(PRACTICE.STATUS_ID.in(DSL.select(PRACTICE_ADAPTATION.STATUS_ID).from(PRACTICE_ADAPTATION)
                .where(PRACTICE_ADAPTATION.ORIGINAL_URI.in(originalUris))), page);
    }

    private Slice<PracticeRow> pageOf(Condition condition, PageRequest page) {
        Condition visible = condition.and(STATUS.VISIBILITY.in(OPEN)).and(STATUS.DELETED_AT.isNull());
        return KeysetPages.page(page, PRACTICE.STATUS_ID, PracticeRow::statusId,
                (range, order, limit) -> db.dsl().select(PRACTICE.fields()).from(PRACTICE)
                        .join(STATUS).on(STATUS.ID.eq(PRACTICE.STATUS_ID))
                        .join(ACCOUNT).on(ACCOUNT.ID.eq(PRACTICE.ACCOUNT_ID))
                        .where(visible).and(range).orderBy(order).limit(limit)
                        .fetch(JooqPracticeStore::row),
                extra -> db.dsl().fetchExists(DSL.selectOne().from(PRACTICE)
                        .join(STATUS).on(STATUS.ID.eq(PRACTICE.STATUS_ID))
                        .join(ACCOUNT).on(ACCOUNT.ID.eq(PRACTICE.ACCOUNT_ID))
                        .where(visible).and(extra)));
    }

    private static Condition conditions(DSLContext dsl, PracticeFilter f) {
        Condition c = DSL.noCondition();
        if (f.authorId() != null) {
            c = c.and(PRACTICE.ACCOUNT_ID.eq(f.authorId()));
        }
        if (f.country() != null) {
            c = c.and(PRACTICE.COUNTRY.eq(f.country().toUpperCase(Locale.ROOT)));
        }
        if (f.governmentLevel() != null) {
            c = c.and(PRACTICE.GOVERNMENT_LEVEL.equalIgnoreCase(f.governmentLevel()));
        }
        if (f.sector() != null) {
            c = c.and(PRACTICE.SECTOR.equalIgnoreCase(f.sector()));
        }
        if (f.stage() != null) {
            c = c.and(PRACTICE.STAGE.eq(f.stage()));
        }
        if (f.hackKind() != null) {
            c = c.and(DSL.exists(DSL.selectOne().from(PRACTICE_HACK_KIND)
                    .where(PRACTICE_HACK_KIND.STATUS_ID.eq(PRACTICE.STATUS_ID))
                    .and(PRACTICE_HACK_KIND.KIND.eq(f.hackKind()))));
        }
        if (f.theme() != null) {
            c = c.and(DSL.exists(DSL.selectOne().from(PRACTICE_THEME)
                    .where(PRACTICE_THEME.STATUS_ID.eq(PRACTICE.STATUS_ID))
                    .and(PRACTICE_THEME.THEME.eq(f.theme()))));
        }
        if (f.communityUri() != null) {
            c = c.and(PRACTICE.COMMUNITY_URI.eq(f.communityUri()));
        }
        if (f.query() != null) {
            c = c.and(PracticeSearchIndex.matches(dsl, f.query()));
        }
        if (f.local() != null) {
            c = c.and(f.local() ? ACCOUNT.DOMAIN.eq("") : ACCOUNT.DOMAIN.ne(""));
        }
        return c;
    }

    private static PracticeRow row(Record r) {
        return new PracticeRow(r.get(PRACTICE.STATUS_ID), r.get(PRACTICE.ACCOUNT_ID), r.get(PRACTICE.DOCUMENT),
                Times.instant(r.get(PRACTICE.UPDATED_AT)));
    }

    @Override
    public void addVersion(long id, long statusId, Instant createdAt, String document) {
        db.dsl().insertInto(PRACTICE_VERSION)
                .set(PRACTICE_VERSION.ID, id)
                .set(PRACTICE_VERSION.STATUS_ID, statusId)
                .set(PRACTICE_VERSION.CREATED_AT, Times.time(createdAt))
                .set(PRACTICE_VERSION.DOCUMENT, document)
                .execute();
    }

    @Override
    public List<PracticeVersion> versions(long statusId, int limit) {
        return db.dsl().selectFrom(PRACTICE_VERSION).where(PRACTICE_VERSION.STATUS_ID.eq(statusId))
                .orderBy(PRACTICE_VERSION.ID.desc()).limit(limit)
                .fetch(r -> new PracticeVersion(r.getId(), r.getStatusId(), Times.instant(r.getCreatedAt()),
                        r.getDocument()));
    }
}
