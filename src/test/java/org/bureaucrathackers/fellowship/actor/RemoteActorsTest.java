package org.bureaucrathackers.fellowship.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.bureaucrathackers.fellowship.fetch.ActivityPubFetcher;
import org.bureaucrathackers.fellowship.fetch.AddressPolicy;
import org.bureaucrathackers.fellowship.fetch.FetchException;
import org.bureaucrathackers.fellowship.fetch.SafeHttpTransport;
import org.bureaucrathackers.fellowship.fetch.TransportLimits;
import org.bureaucrathackers.fellowship.ids.Ids;
import org.bureaucrathackers.fellowship.store.Database;
import org.bureaucrathackers.fellowship.store.JooqAccountStore;
import org.bureaucrathackers.fellowship.store.JooqFellowProfileStore;
import org.bureaucrathackers.fellowship.testing.Accounts;
import org.bureaucrathackers.fellowship.testing.FakeSigning;
import org.bureaucrathackers.fellowship.testing.MutableClock;
import org.bureaucrathackers.fellowship.testing.Payloads;
import org.bureaucrathackers.fellowship.testing.TestDatabases;
import org.bureaucrathackers.fellowship.testing.TestPeer;
import org.bureaucrathackers.fellowship.uri.LocalUris;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Remote actor resolution against a real loopback peer and a real H2 database. */
class RemoteActorsTest {

    private static final LocalUris OURS = new LocalUris("https://ministry.example", "ministry.example");

    @TempDir
    Path tempDir;

    private final TestPeer peer = TestPeer.start();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-04-01T08:00:00Z"));
    private final String social = peer.origin("social.example");
    private final String actorId = social + "/users/foo";
    private Database db;
    private SafeHttpTransport transport;
    private JooqAccountStore accounts;
    private RemoteActors actors;

    @BeforeEach
    void open() {
        db = new TestDatabases.H2().open(tempDir);
        accounts = new JooqAccountStore(db);
        transport = new SafeHttpTransport(new AddressPolicy(true), peer.resolver(), TransportLimits.DEFAULT, "test");
        ActivityPubFetcher fetcher = new ActivityPubFetcher(transport, new FakeSigning(), () -> FakeSigning.KEY, OURS,
                clock);
        actors = new RemoteActors(accounts, new JooqFellowProfileStore(db), fetcher, new Ids(clock), clock, RemoteActors.DEFAULT_TTL);
    }

    @AfterEach
    void close() {
        transport.close();
        peer.close();
        db.close();
    }

    private String mastodonActor() {
        return Payloads.fixture("mastodon/actor-person.json", "https://ap.example.com", social);
    }

    @Test
    void an_unknown_actor_is_fetched_and_stored() throws FetchException {
        peer.serveActivityJson("social.example", "/users/foo", mastodonActor());

        Account foo = actors.resolve(actorId);

        assertFalse(foo.isLocal());
        assertEquals("foo", foo.username());
        assertEquals("social.example:" + peer.port(), foo.domain());
        assertEquals(actorId, foo.uri());
        assertEquals(social + "/@foo", foo.url());
        assertEquals(Account.ActorType.Person, foo.actorType());
        assertEquals("<p>test</p>", foo.summaryHtml());
        assertEquals(actorId + "/inbox", foo.inboxUrl());
        assertEquals(social + "/inbox", foo.sharedInboxUrl());
        assertEquals(actorId + "/followers", foo.followersUrl());
        assertEquals("https://quitter.no/avatar/7477-300-20160211190340.png", foo.avatarUrl());
        assertEquals(clock.instant(), foo.createdAt());
        List<StoredKey> keys = accounts.keysOf(foo.id());
        assertEquals(1, keys.size());
        assertEquals(actorId + "#main-key", keys.get(0).keyId());
        assertEquals(StoredKey.KeyType.RSA, keys.get(0).type());
        assertEquals(foo, accounts.findByUri(actorId).orElseThrow());
        assertEquals(clock.instant(), accounts.findRemote(actorId).orElseThrow().fetchedAt());
    }

    @Test
    void a_fresh_actor_is_answered_from_the_database_and_a_stale_one_is_fetched_again() throws FetchException {
        peer.serveActivityJson("social.example", "/users/foo", mastodonActor());

        Account first = actors.resolve(actorId);
        clock.advance(Duration.ofHours(23));
        actors.resolve(actorId);
        assertEquals(1, peer.requestsTo("/users/foo").size());

        clock.advance(Duration.ofHours(2));
        Account again = actors.resolve(actorId);
        assertEquals(2, peer.requestsTo("/users/foo").size());
        assertEquals(first.id(), again.id());

        actors.resolve(actorId, true);
        assertEquals(3, peer.requestsTo("/users/foo").size(), "a refresh ignores the cache");
    }

    @Test
    void a_refresh_keeps_the_account_id_and_replaces_fields_and_keys() throws FetchException {
        String service = Payloads.fixture("mastodon/actor-service.json", "https://mastodont.cat", social);
        peer.serveActivityJson("social.example", "/users/fediverse", service);
        Account before = actors.resolve(social + "/users/fediverse");
        assertEquals(3, before.fields().size());
        String oldKey = social + "/users/fediverse#main-key";
        assertTrue(accounts.findKey(oldKey).isPresent());

        String rotated = Payloads.fixture("mastodon/actor-person.json", "https://ap.example.com/users/foo",
                social + "/users/fediverse").replace("\"type\":\"Person\"", "\"type\":\"Service\"")
                .replace("#main-key", "#new-key")
                .replace("\"manuallyApprovesFollowers\":false,", "\"manuallyApprovesFollowers\":false,"
                        + "\"attachment\":[{\"type\":\"PropertyValue\",\"name\":\"Now\","
                        + "\"value\":\"<b>bold</b><script>alert(1)</script>\"}],");
        peer.serveActivityJson("social.example", "/users/fediverse", rotated);
        clock.advance(Duration.ofMinutes(5));
        Account after = actors.resolve(social + "/users/fediverse", true);

        assertEquals(before.id(), after.id());
        assertEquals(before.createdAt(), after.createdAt());
        assertEquals(clock.instant(), after.updatedAt());
        assertEquals(List.of(new ProfileField("Now", "<b>bold</b>")), after.fields());
        assertTrue(accounts.findKey(oldKey).isEmpty(), "the key the actor no longer lists is gone");
        assertEquals(List.of(social + "/users/fediverse#new-key"),
                accounts.keysOf(after.id()).stream().map(StoredKey::keyId).toList());
    }

    @Test
    void profile_field_html_is_sanitised() throws FetchException {
        peer.serveActivityJson("social.example", "/users/fediverse",
                Payloads.fixture("mastodon/actor-service.json", "https://mastodont.cat", social));

        Account account = actors.resolve(social + "/users/fediverse");

        String link = account.fields().get(0).valueHtml();
        assertTrue(link.startsWith("<a href=\"https://codeberg.org/spla/stats\""), link);
        assertFalse(link.contains("target="), link);
        assertTrue(link.contains("nofollow noopener noreferrer"), link);
    }

    @Test
    void a_gone_actor_is_marked_deleted() throws FetchException {
        peer.serveActivityJson("social.example", "/users/foo", mastodonActor());
        Account foo = actors.resolve(actorId);

        peer.serveStatus("social.example", "/users/foo", 410);
        clock.advance(Duration.ofMinutes(1));
        FetchException e = assertThrows(FetchException.class, () -> actors.resolve(actorId, true));

        assertEquals(FetchException.Kind.GONE, e.kind());
        assertEquals(clock.instant(), accounts.findById(foo.id()).orElseThrow().deletedAt());
        assertTrue(actors.resolve(actorId).isDeleted(), "the deleted account is answered while fresh");
    }

    @Test
    void profile_and_collection_urls_on_another_host_are_dropped() throws FetchException {
        peer.serveActivityJson("social.example", "/users/foo", mastodonActor()
                .replace("\"url\":\"" + social + "/@foo\"", "\"url\":\"https://phishing.example/@foo\"")
                .replace("\"outbox\":\"" + actorId + "/outbox\"", "\"outbox\":\"https://elsewhere.example/outbox\"")
                .replace("\"followers\":\"" + actorId + "/followers\"",
                        "\"followers\":\"https://elsewhere.example/followers\""));

        Account foo = actors.resolve(actorId);

        assertNull(foo.url());
        assertNull(foo.outboxUrl());
        assertNull(foo.followersUrl());
        assertEquals(actorId + "/following", foo.followingUrl());
    }

    @Test
    void keys_on_another_host_under_another_actor_or_owned_by_someone_else_are_not_stored() throws FetchException {
        peer.serveActivityJson("social.example", "/users/foo", mastodonActor()
                .replace("\"id\":\"" + actorId + "#main-key\"", "\"id\":\"https://elsewhere.example/keys/1\""));
        peer.serveActivityJson("social.example", "/users/bar", withId(mastodonActor(), "bar")
                .replace("\"owner\":\"" + social + "/users/bar\"", "\"owner\":\"" + actorId + "\""));
        peer.serveActivityJson("social.example", "/users/baz", withId(mastodonActor(), "baz")
                .replace("\"id\":\"" + social + "/users/baz#main-key\"", "\"id\":\"" + actorId + "#main-key\""));

        Account foo = actors.resolve(actorId);
        Account bar = actors.resolve(social + "/users/bar");
        Account baz = actors.resolve(social + "/users/baz");

        assertTrue(accounts.keysOf(foo.id()).isEmpty(), "foo's key is on another host");
        assertTrue(accounts.keysOf(bar.id()).isEmpty(), "bar's key names foo as its owner");
        assertTrue(accounts.keysOf(baz.id()).isEmpty(), "baz lists a key that lives under foo's id");
    }

    /** The Mastodon fixture moved to another username on the same server. */
    private String withId(String actor, String username) {
        return actor.replace(actorId, social + "/users/" + username)
                .replace("\"preferredUsername\":\"foo\"", "\"preferredUsername\":\"" + username + "\"");
    }

    @Test
    void multikeys_are_stored_as_ed25519_keys() throws FetchException {
        String wizard = peer.origin("wizard.example");
        peer.serveActivityJson("wizard.example", "/users/hongminhee",
                Payloads.fixture("mitra/person-multikey.json", "https://wizard.casa", wizard));

        Account account = actors.resolve(wizard + "/users/hongminhee");

        List<StoredKey> keys = accounts.keysOf(account.id());
        assertEquals(java.util.Set.of(wizard + "/users/hongminhee#main-key", wizard + "/users/hongminhee#ed25519-key"),
                java.util.Set.copyOf(keys.stream().map(StoredKey::keyId).toList()));
        StoredKey ed = accounts.findKey(wizard + "/users/hongminhee#ed25519-key").orElseThrow();
        assertEquals(StoredKey.KeyType.ED25519, ed.type());
        assertTrue(ed.publicKey().startsWith("z6Mk"), ed.publicKey());
    }

    @Test
    void only_keys_listed_under_assertion_method_may_make_object_proofs() throws FetchException {
        String fedify = peer.origin("fedify.example");
        peer.serveActivityJson("fedify.example", "/users/bob",
                Payloads.fixture("fedify/2.3.6/person-with-multikeys.json", "http://127.0.0.1:19510", fedify));

        actors.resolve(fedify + "/users/bob");

        assertTrue(accounts.findKey(fedify + "/users/bob#multikey-2").orElseThrow().assertionMethod());
        assertFalse(accounts.findKey(fedify + "/users/bob#main-key").orElseThrow().assertionMethod());
    }

    @Test
    void a_gotosocial_application_actor_is_stored_as_an_application() throws FetchException {
        String gts = peer.origin("gts.example");
        peer.serveActivityJson("gts.example", "/users/the_mighty_zork",
                Payloads.fixture("gotosocial/application-bot.json", "http://localhost:8080", gts));

        Account zork = actors.resolve(gts + "/users/the_mighty_zork");

        assertEquals(Account.ActorType.Application, zork.actorType());
        assertEquals("original zork (he/they)", zork.displayName());
        assertNotNull(accounts.findKey(gts + "/users/the_mighty_zork/main-key").orElse(null));
    }

    @Test
    void local_actors_come_from_the_database_and_are_never_fetched() throws FetchException {
        Account alice = Accounts.local(OURS, 1, "alice", List.of(), null, null, clock.instant(), null);
        accounts.insertLocal(alice, null, List.of());

        assertEquals(alice, actors.resolve(OURS.actor("alice")));
        FetchException e = assertThrows(FetchException.class, () -> actors.resolve(OURS.actor("nobody")));
        assertEquals(FetchException.Kind.NOT_FOUND, e.kind());
        assertTrue(peer.requests().isEmpty());
    }

    @Test
    void an_actor_id_must_lead_to_that_actor_but_a_profile_url_may_lead_to_its_actor() throws FetchException {
        peer.serveActivityJson("social.example", "/@foo", mastodonActor());
        peer.serveActivityJson("social.example", "/users/foo", mastodonActor());

        FetchException e = assertThrows(FetchException.class, () -> actors.resolve(social + "/@foo"));
        assertEquals(FetchException.Kind.ID_MISMATCH, e.kind());

        Account foo = actors.resolveUrl(social + "/@foo");
        assertEquals(actorId, foo.uri());
    }

    @Test
    void an_actor_without_a_usable_username_is_refused() {
        peer.serveActivityJson("social.example", "/users/foo",
                mastodonActor().replace("\"preferredUsername\":\"foo\"", "\"preferredUsername\":\"two words\""));

        FetchException e = assertThrows(FetchException.class, () -> actors.resolve(actorId));

        assertEquals(FetchException.Kind.BAD_DOCUMENT, e.kind());
        assertTrue(accounts.findByUri(actorId).isEmpty());
    }

    @Test
    void an_actor_taking_a_handle_another_actor_of_its_server_has_is_refused() throws FetchException {
        peer.serveActivityJson("social.example", "/users/foo", mastodonActor());
        peer.serveActivityJson("social.example", "/users/foo2", mastodonActor().replace(actorId, social + "/users/foo2"));
        actors.resolve(actorId);

        FetchException e = assertThrows(FetchException.class, () -> actors.resolve(social + "/users/foo2"));

        assertEquals(FetchException.Kind.BAD_DOCUMENT, e.kind());
        assertTrue(e.getMessage().contains("already has"), e.getMessage());
    }

    @Test
    void a_non_actor_document_is_refused() {
        peer.serveActivityJson("social.example", "/notes/1",
                "{\"@context\":\"https://www.w3.org/ns/activitystreams\",\"id\":\"" + social
                        + "/notes/1\",\"type\":\"Note\",\"content\":\"hi\"}");

        FetchException e = assertThrows(FetchException.class, () -> actors.resolve(social + "/notes/1"));

        assertEquals(FetchException.Kind.BAD_DOCUMENT, e.kind());
    }
}
