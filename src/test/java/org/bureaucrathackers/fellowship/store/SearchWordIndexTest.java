package org.bureaucrathackers.fellowship.store;

import static org.bureaucrathackers.fellowship.store.schema.Tables.ACCOUNT;
import static org.bureaucrathackers.fellowship.store.schema.Tables.FELLOW_SEARCH_WORD;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.FellowProfile;
import org.bureaucrathackers.fellowship.actor.GovernmentLevel;
import org.bureaucrathackers.fellowship.actor.LocalProfile;
import org.bureaucrathackers.fellowship.actor.OrganisationType;
import org.bureaucrathackers.fellowship.actor.ProfileField;
import org.bureaucrathackers.fellowship.actor.RemoteAccount;
import org.bureaucrathackers.fellowship.directory.DirectoryFilter;
import org.bureaucrathackers.fellowship.directory.DirectoryOrder;
import org.bureaucrathackers.fellowship.ids.Ids;
import org.bureaucrathackers.fellowship.testing.Accounts;
import org.bureaucrathackers.fellowship.testing.TestDatabases;
import org.bureaucrathackers.fellowship.uri.LocalUris;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The directory's word index (fellow_search_word) on H2 and PostgreSQL: its rows are exactly the words of what
 * is stored for the account, after a remote actor is created or updated, a local fellow edits the profile, the
 * structured profile is replaced, and the account goes; and the lookup gives the same fellows whether a word is
 * read whole from the index (rare) or probed per fellow (common).
 */
class SearchWordIndexTest {

    @TempDir
    Path tempDir;

    static Stream<TestDatabases.Kind> databases() {
        return TestDatabases.available().stream();
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("databases")
    void the_index_follows_remote_actors_local_edits_profiles_and_deletions(TestDatabases.Kind kind) {
        try (Database db = kind.open(tempDir)) {
            Ids ids = new Ids(Clock.systemUTC());
            JooqAccountStore accounts = new JooqAccountStore(db);
            JooqFellowProfileStore profiles = new JooqFellowProfileStore(db);
            JooqFacetedDirectoryStore directory = new JooqFacetedDirectoryStore(db, PracticeStages.NONE);

            Account remote = with(Accounts.remote(ids.next(), "olena_k", "gov.example"), "Olena Kovalenko",
                    "<p><strong>Permits</strong> &amp; licences</p>", List.of(new ProfileField("City", "Lviv")));
            accounts.upsertRemote(new RemoteAccount(remote, Instant.now(), null, List.of()), List.of());
            assertEquals(Set.of("olena", "k", "kovalenko", "permits", "licences", "city", "lviv"),
                    words(db, remote.id()), "username, name, bio text without its markup, fields");
            assertEquals(Set.of(remote.id()), found(directory, "KOVAL"));
            assertEquals(Set.of(), found(directory, "strong"), "markup is not a word");

            profiles.replace(remote.id(), new FellowProfile("State Tax Service", OrganisationType.GOVERNMENT,
                    "Analyst", "UA", GovernmentLevel.NATIONAL, "tax", List.of("opendata"), "Fewer forms"));
            assertEquals(Set.of(remote.id()), found(directory, "tax analy opendata fewer"), "every word begins one");
            assertEquals(Set.of(), found(directory, "tax kyiv"));

            Account renamed = with(remote, "Olena Shevchenko", "<p>Procurement</p>", List.of());
            accounts.upsertRemote(new RemoteAccount(renamed, Instant.now(), null, List.of()), List.of());
            assertEquals(Set.of(), found(directory, "kovalenko"), "a remote update forgets the old name");
            assertEquals(Set.of(), found(directory, "lviv"), "and the old fields");
            assertEquals(Set.of(remote.id()), found(directory, "shevchenko procurement analyst"),
                    "the structured profile stays");

            profiles.replace(remote.id(), FellowProfile.EMPTY);
            assertEquals(Set.of(), found(directory, "analyst"), "a cleared profile forgets its words");

            LocalUris uris = new LocalUris("https://local.example", "local.example");
            Account local = Accounts.local(uris, ids.next(), "taras", List.of(), null, null, Instant.now(), null);
            accounts.insertLocal(local, null, List.of());
            assertEquals(Set.of(local.id()), found(directory, "bio taras"));
            accounts.updateLocalProfile(local.id(), new LocalProfile("Taras the Clerk", "<p>Waiting times</p>",
                    "Waiting times", false, true, true, false, List.of(new ProfileField("Team", "Permits"))),
                    Instant.now());
            assertEquals(Set.of(local.id()), found(directory, "clerk waiting"));
            assertEquals(Set.of(), found(directory, "bio"), "an edited bio forgets the old one");
            assertEquals(Set.of(local.id()), found(directory, "permits team"));
            assertEquals(Set.of(), found(directory, "%_"), "no letters or digits, nobody");

            accounts.deleteRemote(remote.id());
            assertEquals(Set.of(), words(db, remote.id()), "the words go with the account");
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("databases")
    void common_and_rare_words_find_the_same_fellows_and_old_accounts_are_indexed(TestDatabases.Kind kind) {
        try (Database db = kind.open(tempDir)) {
            Ids ids = new Ids(Clock.systemUTC());
            JooqAccountStore accounts = new JooqAccountStore(db);
            JooqFellowProfileStore profiles = new JooqFellowProfileStore(db);
            Set<Long> permits = new HashSet<>();
            Set<Long> permitsAndTax = new HashSet<>();
            long clerk0 = 0;
            for (int i = 0; i < 12; i++) {
                Account a = Accounts.remote(ids.next(), "clerk" + i, "gov.example");
                accounts.insertRemote(a);
                clerk0 = i == 0 ? a.id() : clerk0;
                String organisation = i % 2 == 0 ? "Permits Office" : "Tax Office";
                profiles.replace(a.id(), new FellowProfile(organisation, null, i % 3 == 0 ? "Tax advisor" : null,
                        null, null, null, List.of(), null));
                if (i % 2 == 0) {
                    permits.add(a.id());
                    if (i % 3 == 0) {
                        permitsAndTax.add(a.id());
                    }
                }
            }
            for (int limit : new int[] {1_000, 3}) {
                assertEquals(permits, ids(db, "permit", limit), "limit " + limit);
                assertEquals(permitsAndTax, ids(db, "permit tax", limit), "limit " + limit);
                assertEquals(Set.of(), ids(db, "permit nowhere", limit), "limit " + limit);
                assertEquals(Set.of(clerk0), ids(db, "permit clerk0 tax", limit), "a rare word among common ones");
            }

            // Accounts saved before the index existed have no word; the server's start indexes them.
            long first = permits.iterator().next();
            Set<String> before = words(db, first);
            db.dsl().deleteFrom(FELLOW_SEARCH_WORD).execute();
            assertEquals(Set.of(), ids(db, "permit", 1_000));
            assertEquals(12, new JooqFacetedDirectoryStore(db, PracticeStages.NONE).indexUnindexedWords());
            assertEquals(before, words(db, first));
            assertEquals(permits, ids(db, "permit", 1_000));
            assertEquals(0, new JooqFacetedDirectoryStore(db, PracticeStages.NONE).indexUnindexedWords());
        }
    }

    private static Set<Long> ids(Database db, String query, int drivingLimit) {
        return new HashSet<>(db.dsl().select(ACCOUNT.ID).from(ACCOUNT)
                .where(WordLookup.matches(db.dsl(), SearchWords.ofQuery(query), ACCOUNT.ID, FELLOW_SEARCH_WORD,
                        FELLOW_SEARCH_WORD.WORD, FELLOW_SEARCH_WORD.ACCOUNT_ID, drivingLimit))
                .fetch(ACCOUNT.ID));
    }

    private static Set<Long> found(JooqFacetedDirectoryStore directory, String query) {
        return new HashSet<>(directory.fellows(new DirectoryFilter(Map.of(), List.of(query.split(" "))),
                DirectoryOrder.NEW, 0, 40));
    }

    private static Set<String> words(Database db, long accountId) {
        return new HashSet<>(db.dsl().select(FELLOW_SEARCH_WORD.WORD).from(FELLOW_SEARCH_WORD)
                .where(FELLOW_SEARCH_WORD.ACCOUNT_ID.eq(accountId)).fetch(FELLOW_SEARCH_WORD.WORD));
    }

    private static Account with(Account a, String displayName, String summaryHtml, List<ProfileField> fields) {
        return new Account(a.id(), a.username(), a.domain(), a.uri(), a.url(), a.actorType(), displayName,
                summaryHtml, a.manuallyApprovesFollowers(), a.discoverable(), a.indexable(), a.avatarUrl(),
                a.avatarMediaType(), a.inboxUrl(), a.sharedInboxUrl(), a.outboxUrl(), a.followersUrl(),
                a.followingUrl(), a.featuredUrl(), a.createdAt(), a.updatedAt(), a.deletedAt(), fields);
    }
}
