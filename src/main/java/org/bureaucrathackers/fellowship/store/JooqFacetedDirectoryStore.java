package org.bureaucrathackers.fellowship.store;

import static org.bureaucrathackers.fellowship.store.schema.Tables.ACCOUNT;
import static org.bureaucrathackers.fellowship.store.schema.Tables.FELLOW_PROFILE;
import static org.bureaucrathackers.fellowship.store.schema.Tables.FELLOW_PROFILE_THEME;
import static org.bureaucrathackers.fellowship.store.schema.Tables.STATUS;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.directory.DirectoryFilter;
import org.bureaucrathackers.fellowship.directory.DirectoryOrder;
import org.bureaucrathackers.fellowship.directory.Facet;
import org.bureaucrathackers.fellowship.directory.FacetedDirectoryStore;
import org.bureaucrathackers.fellowship.post.Status;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * The fellows' directory in SQL: accounts left-joined to their structured profile, every filter a condition,
 * every facet one GROUP BY over the accounts matching the other filters.
 */
public final class JooqFacetedDirectoryStore implements FacetedDirectoryStore {

    private static final List<String> OPEN = List.of(Status.Visibility.PUBLIC.stored(),
            Status.Visibility.UNLISTED.stored());
    private static final Table<?> FELLOWS = ACCOUNT.leftJoin(FELLOW_PROFILE).on(FELLOW_PROFILE.ACCOUNT_ID.eq(ACCOUNT.ID));

    private final Database db;
    private final PracticeStages stages;

    public JooqFacetedDirectoryStore(Database db, PracticeStages stages) {
        this.db = db;
        this.stages = stages;
    }

    @Override
    public List<Long> fellows(DirectoryFilter filter, DirectoryOrder order, int offset, int limit) {
        var query = db.dsl().select(ACCOUNT.ID).from(FELLOWS).where(matching(filter));
        if (order == DirectoryOrder.NEW) {
            return query.orderBy(ACCOUNT.CREATED_AT.desc(), ACCOUNT.ID.desc()).offset(offset).limit(limit)
                    .fetch(ACCOUNT.ID);
        }
        Field<OffsetDateTime> lastStatus = DSL.field(DSL.select(DSL.max(STATUS.CREATED_AT)).from(STATUS)
                .where(STATUS.ACCOUNT_ID.eq(ACCOUNT.ID)).and(STATUS.VISIBILITY.in(OPEN))
                .and(STATUS.DELETED_AT.isNull()));
        return query.orderBy(lastStatus.desc().nullsLast(), ACCOUNT.ID.desc()).offset(offset).limit(limit)
                .fetch(ACCOUNT.ID);
    }

    @Override
    public Map<String, Long> counts(Facet facet, DirectoryFilter filter, int maxValues) {
        Condition matching = matching(filter);
        return switch (facet) {
            case COUNTRY -> grouped(FELLOWS, FELLOW_PROFILE.COUNTRY, matching, maxValues);
            case GOVERNMENT_LEVEL -> grouped(FELLOWS, FELLOW_PROFILE.GOVERNMENT_LEVEL, matching, maxValues);
            case ORGANISATION -> grouped(FELLOWS, FELLOW_PROFILE.ORGANISATION, matching, maxValues);
            case SECTOR -> grouped(FELLOWS, FELLOW_PROFILE.SECTOR, matching, maxValues);
            case THEME -> grouped(FELLOWS.join(FELLOW_PROFILE_THEME).on(FELLOW_PROFILE_THEME.ACCOUNT_ID.eq(ACCOUNT.ID)),
                    FELLOW_PROFILE_THEME.THEME, matching, maxValues);
            case STAGE -> stages.counts(db.dsl(), FELLOWS, ACCOUNT.ID, matching, maxValues);
        };
    }

    private Map<String, Long> grouped(Table<?> from, Field<String> value, Condition matching, int maxValues) {
        Field<Integer> count = DSL.count();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Record2<String, Integer> row : db.dsl().select(value, count).from(from)
                .where(matching).and(value.isNotNull())
                .groupBy(value)
                .orderBy(count.desc(), value)
                .limit(maxValues)
                .fetch()) {
            counts.put(row.value1(), row.value2().longValue());
        }
        return counts;
    }

    /** Indexes the words of accounts saved before the directory's word index existed; returns how many. */
    public int indexUnindexedWords() {
        return FellowSearchIndex.backfill(db);
    }

    /** Listed as Mastodon's directory lists: discoverable, not deleted or suspended, no instance actor. */
    private Condition matching(DirectoryFilter filter) {
        Condition condition = ACCOUNT.DELETED_AT.isNull().and(ACCOUNT.SUSPENDED_AT.isNull())
                .and(ACCOUNT.DISCOVERABLE.isTrue())
                .and(ACCOUNT.ACTOR_TYPE.ne(Account.ActorType.Application.name()));
        for (Map.Entry<Facet, String> chosen : filter.values().entrySet()) {
            String value = chosen.getValue();
            condition = condition.and(switch (chosen.getKey()) {
                case COUNTRY -> FELLOW_PROFILE.COUNTRY.eq(value);
                case GOVERNMENT_LEVEL -> FELLOW_PROFILE.GOVERNMENT_LEVEL.eq(value);
                case ORGANISATION -> DSL.lower(FELLOW_PROFILE.ORGANISATION).eq(value.toLowerCase(Locale.ROOT));
                case SECTOR -> FELLOW_PROFILE.SECTOR.eq(value);
                case THEME -> DSL.exists(DSL.selectOne().from(FELLOW_PROFILE_THEME)
                        .where(FELLOW_PROFILE_THEME.ACCOUNT_ID.eq(ACCOUNT.ID)).and(FELLOW_PROFILE_THEME.THEME.eq(value)));
                case STAGE -> stages.hasStage(ACCOUNT.ID, value);
            });
        }
        if (!filter.words().isEmpty()) {
            condition = condition.and(FellowSearchIndex.matches(db.dsl(), String.join(" ", filter.words())));
        }
        return condition;
    }
}
