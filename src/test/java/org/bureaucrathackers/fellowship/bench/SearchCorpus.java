package org.bureaucrathackers.fellowship.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.bureaucrathackers.fellowship.json.Json;

/**
 * Seeds many practices and fellows' profiles with varied text in a few batched statements, fast enough for a
 * benchmark (100 k practices in about a minute). The text comes from a fixed seed: a short list of common
 * civil-service words, used often, and thousands of made-up words, each used a few dozen times at most, so that
 * a search for a common word, a rare word and a word that is nowhere behave as they would on a real instance.
 * Fellows are remote accounts of one bench domain, so none needs keys; their practices are public statuses.
 */
final class SearchCorpus {

    static final String COMMON = "permit";
    static final String SECOND = "procurement";
    static final String NOWHERE = "zyxwvutsq";
    private static final String DOMAIN = "search.bench.example";
    private static final int BATCH = 1_000;
    private static final List<String> WORDS = List.of("permit", "procurement", "citizen", "form", "office",
            "service", "rule", "municipal", "budget", "tender", "licence", "school", "health", "transport",
            "housing", "pension", "register", "data", "digital", "portal", "queue", "waiting", "time", "cost",
            "appeal", "inspection", "fine", "grant", "subsidy", "tax", "customs", "border", "police", "court",
            "archive", "library", "water", "energy", "waste", "road", "bridge", "park", "election", "census",
            "ministry", "agency", "council", "mayor", "clerk", "staff", "training", "pilot", "sandbox", "nudge",
            "reform", "simplified", "removed", "reduced", "days", "weeks", "paper", "signature", "stamp",
            "identity", "certificate", "birth", "marriage", "business", "farm", "fishery", "forest", "youth");
    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ren", "tu", "vas", "pe", "dor", "quin", "sa",
        "bel", "nor", "fi", "gat", "hu", "jem", "xo", "ul", "wy", "zan"};

    private final int practices;
    private final int fellows;
    private final List<String> rare;

    SearchCorpus(int practices, int fellows) {
        this.practices = practices;
        this.fellows = fellows;
        Random random = new Random(7);
        List<String> made = new ArrayList<>();
        for (int i = 0; i < 8_000; i++) {
            made.add(SYLLABLES[random.nextInt(20)] + SYLLABLES[random.nextInt(20)] + SYLLABLES[random.nextInt(20)]
                    + SYLLABLES[random.nextInt(20)]);
        }
        this.rare = made;
    }

    /** A made-up word that occurs in some practices but few (the one used most often among the rare ones). */
    String rareWord() {
        return rare.get(0);
    }

    /**
     * Inserts the fellows, their profiles, their practices' statuses and the practices, copying the template's
     * practice document with new text.
     */
    void seed(Connection c, long firstId, ObjectNode template) throws SQLException {
        c.setAutoCommit(false);
        Random random = new Random(11);
        Instant start = Instant.parse("2024-01-01T00:00:00Z");
        try (PreparedStatement account = c.prepareStatement("INSERT INTO account (id, username, username_key,"
                + " domain, uri, actor_type, display_name, summary_html, manually_approves_followers, discoverable,"
                + " indexable, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'Person', ?, ?, FALSE, TRUE, TRUE,"
                + " ?, ?)");
             PreparedStatement profile = c.prepareStatement("INSERT INTO fellow_profile (account_id, organisation,"
                     + " role_title, country, aims) VALUES (?, ?, ?, ?, ?)")) {
            for (int f = 0; f < fellows; f++) {
                long id = firstId + f;
                String name = "clerk" + f;
                Timestamp at = Timestamp.from(start.plusSeconds(f));
                account.setLong(1, id);
                account.setString(2, name);
                account.setString(3, name);
                account.setString(4, DOMAIN);
                account.setString(5, "https://" + DOMAIN + "/users/" + name);
                account.setString(6, capitalised(words(random, 2, 0)));
                account.setString(7, "<p>" + words(random, 20, 2) + "</p>");
                account.setTimestamp(8, at);
                account.setTimestamp(9, at);
                account.addBatch();
                profile.setLong(1, id);
                profile.setString(2, capitalised(words(random, 3, 1)));
                profile.setString(3, capitalised(words(random, 2, 0)));
                profile.setString(4, List.of("UA", "PL", "DE", "FR", "EE").get(f % 5));
                profile.setString(5, words(random, 25, 2));
                profile.addBatch();
                if (f % BATCH == BATCH - 1) {
                    account.executeBatch();
                    profile.executeBatch();
                }
            }
            account.executeBatch();
            profile.executeBatch();
        }
        c.commit();
        long firstPractice = firstId + fellows;
        try (PreparedStatement status = c.prepareStatement("INSERT INTO status (id, account_id, uri, url,"
                + " visibility, content_html, created_at) VALUES (?, ?, ?, ?, 'public', ?, ?)");
             PreparedStatement practice = c.prepareStatement("INSERT INTO practice (status_id, account_id, title,"
                     + " country, stage, search_text, document, updated_at) VALUES (?, ?, ?, ?, 'implementing', ?, ?,"
                     + " ?)")) {
            for (int p = 0; p < practices; p++) {
                long id = firstPractice + p;
                long author = firstId + random.nextInt(fellows);
                String uri = "https://" + DOMAIN + "/practices/" + id;
                Timestamp at = Timestamp.from(start.plusSeconds(3_600L + p * 60L));
                String title = capitalised(words(random, 6, 1));
                String summary = words(random, 30, 2);
                String problem = words(random, 40, 3);
                String changed = words(random, 30, 2);
                ObjectNode document = template.deepCopy();
                document.put("title", title).put("summary", summary).put("problem", problem)
                        .put("what_changed", changed);
                status.setLong(1, id);
                status.setLong(2, author);
                status.setString(3, uri);
                status.setString(4, uri);
                status.setString(5, "<p>" + title + "</p><p>" + summary + "</p>");
                status.setTimestamp(6, at);
                status.addBatch();
                practice.setLong(1, id);
                practice.setLong(2, author);
                practice.setString(3, title);
                practice.setString(4, List.of("UA", "PL", "DE", "FR", "EE").get(p % 5));
                practice.setString(5, String.join(" ", title, summary, problem, changed).toLowerCase(Locale.ROOT));
                practice.setString(6, Json.write(document));
                practice.setTimestamp(7, at);
                practice.addBatch();
                if (p % BATCH == BATCH - 1) {
                    status.executeBatch();
                    practice.executeBatch();
                    c.commit();
                }
            }
            status.executeBatch();
            practice.executeBatch();
        }
        c.commit();
        c.setAutoCommit(true);
    }

    /** Mostly common words; one in {@code rareEvery} drawn from the made-up ones, skewed towards the first. */
    private String words(Random random, int count, int rareCount) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                out.append(' ');
            }
            if (i < rareCount) {
                // The square skews the choice towards the first made-up words: some rare words are rarer still.
                double u = random.nextDouble();
                out.append(rare.get((int) (u * u * rare.size())));
            } else {
                out.append(WORDS.get(random.nextInt(WORDS.size())));
            }
        }
        return out.toString();
    }

    private static String capitalised(String words) {
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
