package org.bureaucrathackers.fellowship.store;

import static org.bureaucrathackers.fellowship.store.schema.Tables.ACCOUNT;
import static org.bureaucrathackers.fellowship.store.schema.Tables.ACCOUNT_FIELD;
import static org.bureaucrathackers.fellowship.store.schema.Tables.FELLOW_PROFILE;
import static org.bureaucrathackers.fellowship.store.schema.Tables.FELLOW_PROFILE_THEME;
import static org.bureaucrathackers.fellowship.store.schema.Tables.FELLOW_SEARCH_WORD;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * The word index of accounts' directory text (table fellow_search_word): username, display name, bio, profile
 * fields, and the structured profile (organisation, role, sector, aims, themes). Rewritten from the stored rows
 * whenever an account or its profile is saved, so that every path that saves them (local edits, remote actors
 * fetched or updated) leaves the same words.
 */
final class FellowSearchIndex {

    private static final int BACKFILL_BATCH = 500;
    /** Bio and field values are HTML: their tags and entities are markup, not words of the fellow's. */
    private static final Pattern MARKUP = Pattern.compile("<[^>]*>|&[#a-zA-Z0-9]+;");

    private FellowSearchIndex() {
    }

    /** Rewrites the words of these accounts from what is stored for them now, in a few statements. */
    static void write(DSLContext dsl, List<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return;
        }
        Map<Long, StringBuilder> texts = new java.util.LinkedHashMap<>();
        for (Record r : dsl.select(ACCOUNT.ID, ACCOUNT.USERNAME, ACCOUNT.DISPLAY_NAME, ACCOUNT.SUMMARY_HTML,
                        FELLOW_PROFILE.ORGANISATION, FELLOW_PROFILE.ROLE_TITLE, FELLOW_PROFILE.SECTOR,
                        FELLOW_PROFILE.AIMS)
                .from(ACCOUNT).leftJoin(FELLOW_PROFILE).on(FELLOW_PROFILE.ACCOUNT_ID.eq(ACCOUNT.ID))
                .where(ACCOUNT.ID.in(accountIds)).fetch()) {
            StringBuilder text = new StringBuilder();
            append(text, r.get(ACCOUNT.USERNAME));
            append(text, r.get(ACCOUNT.DISPLAY_NAME));
            append(text, plain(r.get(ACCOUNT.SUMMARY_HTML)));
            append(text, r.get(FELLOW_PROFILE.ORGANISATION));
            append(text, r.get(FELLOW_PROFILE.ROLE_TITLE));
            append(text, r.get(FELLOW_PROFILE.SECTOR));
            append(text, r.get(FELLOW_PROFILE.AIMS));
            texts.put(r.get(ACCOUNT.ID), text);
        }
        dsl.select(ACCOUNT_FIELD.ACCOUNT_ID, ACCOUNT_FIELD.FIELD_NAME, ACCOUNT_FIELD.FIELD_VALUE).from(ACCOUNT_FIELD)
                .where(ACCOUNT_FIELD.ACCOUNT_ID.in(texts.keySet()))
                .forEach(r -> {
                    StringBuilder text = texts.get(r.value1());
                    append(text, r.value2());
                    append(text, plain(r.value3()));
                });
        dsl.select(FELLOW_PROFILE_THEME.ACCOUNT_ID, FELLOW_PROFILE_THEME.THEME).from(FELLOW_PROFILE_THEME)
                .where(FELLOW_PROFILE_THEME.ACCOUNT_ID.in(texts.keySet()))
                .forEach(r -> append(texts.get(r.value1()), r.value2()));
        // Accounts asked for but gone keep no words.
        accountIds.forEach(id -> texts.putIfAbsent(id, new StringBuilder()));
        WordRows.replace(dsl, FELLOW_SEARCH_WORD, FELLOW_SEARCH_WORD.WORD, FELLOW_SEARCH_WORD.ACCOUNT_ID, texts);
    }

    /**
     * Accounts whose directory text holds every word of the query, each as the beginning of one of its words;
     * a query without any letter or digit matches nobody.
     */
    static Condition matches(DSLContext dsl, String query) {
        return WordLookup.matches(dsl, SearchWords.ofQuery(query), ACCOUNT.ID, FELLOW_SEARCH_WORD,
                FELLOW_SEARCH_WORD.WORD, FELLOW_SEARCH_WORD.ACCOUNT_ID);
    }

    /** Indexes the accounts that have no word yet (saved before the index existed); returns how many. */
    static int backfill(Database db) {
        int total = 0;
        long after = Long.MIN_VALUE;
        while (true) {
            long from = after;
            // Walks the ids upwards, so an account whose text has no word at all is passed once, not forever.
            List<Long> ids = db.inTransaction(dsl -> {
                List<Long> batch = dsl.select(ACCOUNT.ID).from(ACCOUNT)
                        .where(ACCOUNT.ID.gt(from))
                        .andNotExists(DSL.selectOne().from(FELLOW_SEARCH_WORD)
                                .where(FELLOW_SEARCH_WORD.ACCOUNT_ID.eq(ACCOUNT.ID)))
                        .orderBy(ACCOUNT.ID).limit(BACKFILL_BATCH).fetch(ACCOUNT.ID);
                write(dsl, batch);
                return batch;
            });
            total += ids.size();
            if (ids.size() < BACKFILL_BATCH) {
                return total;
            }
            after = ids.get(ids.size() - 1);
        }
    }

    private static String plain(String html) {
        return html == null ? null : MARKUP.matcher(html).replaceAll(" ");
    }

    private static void append(StringBuilder text, String part) {
        if (part != null) {
            text.append(part).append(' ');
        }
    }
}
