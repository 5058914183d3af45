package org.bureaucrathackers.fellowship.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.FellowSettings;
import org.bureaucrathackers.fellowship.actor.LocalProfile;
import org.bureaucrathackers.fellowship.actor.LocalUser;
import org.bureaucrathackers.fellowship.directory.AccountQuery;
import org.bureaucrathackers.fellowship.directory.DirectoryOrder;
import org.bureaucrathackers.fellowship.follow.Block;
import org.bureaucrathackers.fellowship.follow.Follow;
import org.bureaucrathackers.fellowship.ids.Ids;
import org.bureaucrathackers.fellowship.post.PostingDefaults;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.testing.Accounts;
import org.bureaucrathackers.fellowship.testing.TestDatabases;
import org.bureaucrathackers.fellowship.uri.LocalUris;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The search and directory queries on H2 and PostgreSQL. */
class JooqDirectoryStoreTest {

    private static final LocalUris URIS = new LocalUris("https://ministry.example", "ministry.example");

    @TempDir
    Path tempDir;

    static Stream<TestDatabases.Kind> databases() {
        return TestDatabases.available().stream();
    }

    private static Account local(Database db, Ids ids, String name, Instant createdAt) {
        Account account = Accounts.local(URIS, ids.next(), name, List.of(), null, null, createdAt, null);
        new JooqAccountStore(db).insertLocal(account, new LocalUser(account.id(), null, null, false, createdAt),
                List.of());
        return account;
    }

    private static Account remote(Database db, Ids ids, String name, String domain) {
        Account account = Accounts.remote(ids.next(), name, domain);
        new JooqAccountStore(db).insertRemote(account);
        return account;
    }

    private static long status(Database db, Ids ids, Account author, String html, Status.Visibility visibility,
                               List<String> tags) {
        JooqStatusStore statuses = new JooqStatusStore(db);
        JooqMentionTagStore mentionTags = new JooqMentionTagStore(db);
        long id = ids.next();
        statuses.insert(new Status(id, author.id(), author.uri() + "/statuses/" + id, null, visibility, html, null,
                null, Instant.now()));
        mentionTags.replaceTags(id, tags);
        return id;
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("databases")
    void accounts_match_by_username_prefix_or_display_name_exact_and_local_first(TestDatabases.Kind kind) {
        try (Database db = kind.open(tempDir)) {
            Ids ids = new Ids(Clock.systemUTC());
            Instant t = Instant.parse("2026-01-01T00:00:00Z");
            Account annette = local(db, ids, "annette", t);
            Account ann = local(db, ids, "ann", t);
            Account remoteAnn = remote(db, ids, "ann", "far.example");
            Account bob = local(db, ids, "bob", t);
            new JooqAccountStore(db).updateLocalProfile(bob.id(), new LocalProfile(
                    "Ann's 100% friend_", "", null, false, true, true, false, List.of()), t);
            JooqDirectoryStore directory = new JooqDirectoryStore(db);

            assertEquals(List.of(ann.id(), remoteAnn.id(), annette.id(), bob.id()),
                    directory.accounts(new AccountQuery("ann", "ann", null, null, null), 0, 10));
            assertEquals(List.of(remoteAnn.id()),
                    directory.accounts(new AccountQuery("ann", null, "far", null, null), 0, 10));
            assertEquals(List.of(ann.id(), annette.id()),
                    directory.accounts(new AccountQuery("ann", null, "", null, null), 0, 10));
            assertEquals(List.of(bob.id()),
                    directory.accounts(new AccountQuery(null, "100% friend_", null, null, null), 0, 10));
            assertEquals(List.of(), directory.accounts(new AccountQuery(null, "100%_", null, null, null), 0, 10),
                    "wildcards are matched literally");
            assertEquals(List.of(remoteAnn.id()),
                    directory.accounts(new AccountQuery("ann", "ann", null, null, null), 1, 1));

            new JooqFollowStore(db).insert(new Follow(ids.next(), bob.id(), annette.id(), Follow.State.ACCEPTED, null,
                    t));
            new JooqFollowStore(db).insert(new Follow(ids.next(), bob.id(), ann.id(), Follow.State.PENDING, null, t));
            assertEquals(List.of(annette.id()),
                    directory.accounts(new AccountQuery("ann", null, null, bob.id(), null), 0, 10));
            new JooqBlockStore(db).insert(new Block(ids.next(), remoteAnn.id(), bob.id(), null, t));
            assertEquals(List.of(ann.id(), annette.id()),
                    directory.accounts(new AccountQuery("ann", null, null, null, bob.id()), 0, 10));
        } finally {
            kind.cleanUp();
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("databases")
    void the_directory_lists_discoverable_accounts_by_activity_or_age(TestDatabases.Kind kind) {
        try (Database db = kind.open(tempDir)) {
            Ids ids = new Ids(Clock.systemUTC());
            Account old = local(db, ids, "old", Instant.parse("2025-01-01T00:00:00Z"));
            Account fresh = local(db, ids, "fresh", Instant.parse("2026-01-01T00:00:00Z"));
            Account shy = local(db, ids, "shy", Instant.parse("2026-02-01T00:00:00Z"));
            new JooqAccountStore(db).updateLocalProfile(shy.id(), new LocalProfile(
                    "shy", "", null, false, false, true, false, List.of()), Instant.now());
            Account far = remote(db, ids, "far", "far.example");
            status(db, ids, old, "<p>hi</p>", Status.Visibility.PUBLIC, List.of());
            status(db, ids, fresh, "<p>secret</p>", Status.Visibility.DIRECT, List.of());
            JooqDirectoryStore directory = new JooqDirectoryStore(db);

            assertEquals(old.id(), directory.discoverable(DirectoryOrder.ACTIVE, false, 0, 10).get(0));
            assertEquals(List.of(far.id(), fresh.id(), old.id()),
                    directory.discoverable(DirectoryOrder.NEW, false, 0, 10).subList(0, 3));
            assertEquals(List.of(fresh.id(), old.id()), directory.discoverable(DirectoryOrder.NEW, true, 0, 10));
            assertEquals(List.of(old.id()), directory.discoverable(DirectoryOrder.NEW, true, 1, 5));
        } finally {
            kind.cleanUp();
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("databases")
    void tags_and_words_are_found_in_open_statuses(TestDatabases.Kind kind) {
        try (Database db = kind.open(tempDir)) {
            Ids ids = new Ids(Clock.systemUTC());
            Account ann = remote(db, ids, "ann", "far.example");
            long first = status(db, ids, ann, "<p>Permits &amp; licences</p>", Status.Visibility.PUBLIC,
                    List.of("permits", "permit"));
            long second = status(db, ids, ann, "<p>More PERMITS</p>", Status.Visibility.UNLISTED,
                    List.of("permits"));
            long hidden = status(db, ids, ann, "<p>permits, privately</p>", Status.Visibility.PRIVATE,
                    List.of("permitsecret"));
            JooqDirectoryStore directory = new JooqDirectoryStore(db);

            assertEquals(List.of("permit", "permits"), directory.tags("permit", 0, 10));
            assertEquals(List.of("permits"), directory.tags("permits", 0, 10));
            assertEquals(List.of("permits"), directory.tags("permit", 1, 10));

            assertEquals(List.of(hidden, second, first), directory.statusesContaining(List.of("permits"), null, null,
                    10));
            assertEquals(List.of(first), directory.statusesContaining(List.of("permits", "&amp;"), null, null, 10));
            assertEquals(List.of(second, first), directory.statusesContaining(List.of("permits"), ann.id(), hidden,
                    10));
            assertEquals(List.of(), directory.statusesContaining(List.of("permits"), ann.id() + 1, null, 10));
            assertEquals(List.of(), directory.statusesContaining(List.of("%"), null, null, 10));
        } finally {
            kind.cleanUp();
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("databases")
    void posting_defaults_and_profile_settings_live_with_the_fellow(TestDatabases.Kind kind) {
        try (Database db = kind.open(tempDir)) {
            Ids ids = new Ids(Clock.systemUTC());
            Account ann = local(db, ids, "ann", Instant.now());
            Account far = remote(db, ids, "far", "far.example");
            JooqPostingDefaultsStore defaults = new JooqPostingDefaultsStore(db);
            JooqAccountStore accounts = new JooqAccountStore(db);

            assertEquals(PostingDefaults.INITIAL, defaults.of(ann.id()));
            PostingDefaults changed =
                    new PostingDefaults(Status.Visibility.PRIVATE, true, "fr");
            defaults.save(ann.id(), changed);
            assertEquals(changed, defaults.of(ann.id()));
            assertEquals(PostingDefaults.INITIAL, defaults.of(far.id()));

            assertEquals(FellowSettings.DEFAULT,
                    accounts.fellowSettings(ann.id()));
            accounts.updateLocalProfile(ann.id(), new LocalProfile("Ann",
                    "<p>Hi <em>there</em></p>", "Hi *there*", true, false, false, true, List.of()), Instant.now());
            assertEquals(new FellowSettings("Hi *there*", true),
                    accounts.fellowSettings(ann.id()));
            Account stored = accounts.findById(ann.id()).orElseThrow();
            assertEquals("Ann", stored.displayName());
            assertEquals(true, stored.manuallyApprovesFollowers());
            assertEquals(false, stored.discoverable());
            assertEquals(false, stored.indexable());
        } finally {
            kind.cleanUp();
        }
    }
}
