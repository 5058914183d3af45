package org.bureaucrathackers.fellowship.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
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
import org.bureaucrathackers.fellowship.json.Json;
import org.bureaucrathackers.fellowship.signature.KeyMaterial;
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

/** Key resolution for signature checks (S11, S12, A12, X3, X11) against a real loopback peer and H2. */
class ActorKeyResolverTest {

    private static final LocalUris OURS = new LocalUris("https://ministry.example", "ministry.example");

    @TempDir
    Path tempDir;

    private final TestPeer peer = TestPeer.start();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-04-01T08:00:00Z"));
    private final String social = peer.origin("social.example");
    private final String gts = peer.origin("gts.example");
    private final String actorId = social + "/users/foo";
    private Database db;
    private SafeHttpTransport transport;
    private JooqAccountStore accounts;
    private RemoteActors actors;
    private ActorKeyResolver keys;

    @BeforeEach
    void open() {
        db = new TestDatabases.H2().open(tempDir);
        accounts = new JooqAccountStore(db);
        transport = new SafeHttpTransport(new AddressPolicy(true), peer.resolver(), TransportLimits.DEFAULT, "test");
        ActivityPubFetcher fetcher = new ActivityPubFetcher(transport, new FakeSigning(), () -> FakeSigning.KEY, OURS,
                clock);
        actors = new RemoteActors(accounts, new JooqFellowProfileStore(db), fetcher, new Ids(clock), clock, RemoteActors.DEFAULT_TTL);
        keys = new ActorKeyResolver(accounts, actors, fetcher, clock, ActorKeyResolver.DEFAULT_REFRESH_INTERVAL);
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

    private static String pemOf(String actorJson) {
        try {
            return Json.MAPPER.readTree(actorJson).get("publicKey").get("publicKeyPem").textValue();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The Mastodon actor with its key listed by reference only, the key living in its own document. */
    private String actorListingKeyByReference(String keyUrl) {
        try {
            ObjectNode actor = (ObjectNode) Json.MAPPER.readTree(mastodonActor());
            actor.put("publicKey", keyUrl);
            return Json.write(actor);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private String keyDocument(String keyUrl, String owner) {
        ObjectNode key = Json.object();
        key.put("@context", "https://w3id.org/security/v1");
        key.put("id", keyUrl);
        key.put("type", "CryptographicKey");
        key.put("owner", owner);
        key.put("publicKeyPem", pemOf(mastodonActor()));
        return Json.write(key);
    }

    @Test
    void a_fragment_key_id_resolves_to_its_actor_and_is_cached() throws FetchException {
        peer.serveActivityJson("social.example", "/users/foo", mastodonActor());

        PublicKeyInfo key = keys.lookup(actorId + "#main-key", false);

        assertEquals(actorId + "#main-key", key.keyId());
        assertEquals(actorId, key.ownerActorId());
        assertEquals(KeyMaterial.publicKeyFromPem(pemOf(mastodonActor())), key.key());
        assertFalse(key.fromCache());
        assertTrue(accounts.findByUri(actorId).isPresent(), "the owner actor is stored too");

        PublicKeyInfo again = keys.lookup(actorId + "#main-key", false);
        assertTrue(again.fromCache());
        assertEquals(key.key(), again.key());
        assertEquals(1, peer.requests().size());
    }

    @Test
    void a_gotosocial_key_id_leads_through_its_stub_to_the_actor_that_lists_it() throws FetchException {
        String zork = gts + "/users/the_mighty_zork";
        String actor = Payloads.fixture("gotosocial/application-bot.json", "http://localhost:8080", gts);
        ObjectNode stub = Json.object();
        try {
            ObjectNode full = (ObjectNode) Json.MAPPER.readTree(actor);
            stub.set("@context", full.get("@context"));
            stub.put("id", zork);
            stub.put("type", "Application");
            stub.put("preferredUsername", "the_mighty_zork");
            stub.set("publicKey", full.get("publicKey"));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        peer.serveActivityJson("gts.example", "/users/the_mighty_zork/main-key", Json.write(stub));
        peer.serveActivityJson("gts.example", "/users/the_mighty_zork", actor);

        PublicKeyInfo key = keys.lookup(zork + "/main-key", false);

        assertEquals(zork, key.ownerActorId());
        assertEquals(zork + "/main-key", key.keyId());
        assertEquals(1, peer.requestsTo("/users/the_mighty_zork").size(), "the full actor was fetched by its id");
        assertTrue(accounts.findKey(zork + "/main-key").isPresent());
        assertTrue(accounts.findKey(zork).isEmpty(), "nothing is stored under the stub's URL");
    }

    @Test
    void a_standalone_key_document_resolves_to_an_owner_that_lists_it() throws FetchException {
        String keyUrl = social + "/keys/1";
        peer.serveActivityJson("social.example", "/keys/1", keyDocument(keyUrl, actorId));
        peer.serveActivityJson("social.example", "/users/foo", actorListingKeyByReference(keyUrl));

        PublicKeyInfo key = keys.lookup(keyUrl, false);

        assertEquals(actorId, key.ownerActorId());
        assertFalse(key.fromCache());
        Account owner = accounts.findByUri(actorId).orElseThrow();
        assertEquals(owner.id(), accounts.findKey(keyUrl).orElseThrow().accountId());

        clock.advance(Duration.ofDays(2));
        actors.resolve(actorId, true);
        assertTrue(accounts.findKey(keyUrl).isPresent(), "refreshing the actor keeps the key it lists by reference");
        assertTrue(keys.lookup(keyUrl, false).fromCache());
    }

    @Test
    void a_key_document_whose_owner_does_not_list_it_is_refused() {
        String keyUrl = social + "/keys/1";
        peer.serveActivityJson("social.example", "/keys/1", keyDocument(keyUrl, actorId));
        peer.serveActivityJson("social.example", "/users/foo", mastodonActor());

        FetchException e = assertThrows(FetchException.class, () -> keys.lookup(keyUrl, false));

        assertEquals(FetchException.Kind.BAD_DOCUMENT, e.kind());
        assertTrue(e.getMessage().contains("does not list the key"), e.getMessage());
        assertTrue(accounts.findKey(keyUrl).isEmpty());
        assertTrue(accounts.findByUri(actorId).isEmpty());
    }

    @Test
    void a_key_document_naming_an_owner_on_another_host_is_refused_without_asking_that_host() {
        String keyUrl = social + "/keys/1";
        String elsewhere = peer.origin("elsewhere.example") + "/users/foo";
        peer.serveActivityJson("social.example", "/keys/1", keyDocument(keyUrl, elsewhere));

        FetchException e = assertThrows(FetchException.class, () -> keys.lookup(keyUrl, false));

        assertEquals(FetchException.Kind.BAD_DOCUMENT, e.kind());
        assertTrue(peer.requests().stream().noneMatch(r -> r.host().equals("elsewhere.example")));
    }

    @Test
    void a_key_document_under_another_url_is_not_kept_under_the_key_id() {
        String keyUrl = social + "/keys/1";
        peer.serveActivityJson("social.example", "/keys/1", keyDocument(social + "/keys/2", actorId));
        peer.serveActivityJson("social.example", "/keys/2", keyDocument(social + "/keys/2", actorId));

        FetchException e = assertThrows(FetchException.class, () -> keys.lookup(keyUrl, false));

        assertEquals(FetchException.Kind.ID_MISMATCH, e.kind());
        assertTrue(accounts.findKey(keyUrl).isEmpty());
    }

    @Test
    void a_key_id_leading_to_an_actor_on_another_host_is_refused() {
        String elsewhere = peer.origin("elsewhere.example");
        peer.serveRedirect("social.example", "/users/foo", 302, elsewhere + "/users/foo");
        peer.serveActivityJson("elsewhere.example", "/users/foo",
                Payloads.fixture("mastodon/actor-person.json", "https://ap.example.com", elsewhere));

        FetchException e = assertThrows(FetchException.class, () -> keys.lookup(actorId + "#main-key", false));

        assertEquals(FetchException.Kind.BAD_DOCUMENT, e.kind());
        assertTrue(accounts.findByUri(elsewhere + "/users/foo").isEmpty());
    }

    @Test
    void an_actor_that_does_not_list_the_key_id_gives_no_key() {
        peer.serveActivityJson("social.example", "/users/foo", mastodonActor());

        FetchException e = assertThrows(FetchException.class, () -> keys.lookup(actorId + "#other-key", false));

        assertEquals(FetchException.Kind.BAD_DOCUMENT, e.kind());
    }

    @Test
    void acct_key_ids_and_non_urls_are_refused_without_a_request() {
        assertEquals(FetchException.Kind.BAD_URL,
                assertThrows(FetchException.class, () -> keys.lookup("acct:foo@social.example", false)).kind());
        assertEquals(FetchException.Kind.BAD_URL,
                assertThrows(FetchException.class, () -> keys.lookup("main-key", false)).kind());
        assertEquals(FetchException.Kind.BAD_URL,
                assertThrows(FetchException.class, () -> keys.lookup("ftp://social.example/k", false)).kind());
        assertTrue(peer.requests().isEmpty());
    }

    @Test
    void local_keys_come_from_the_database_and_are_never_fetched() throws FetchException {
        Account alice = Accounts.local(OURS, 1, "alice", List.of(), null, null, clock.instant(), null);
        accounts.insertLocal(alice, null, Accounts.freshKeys(alice));

        PublicKeyInfo key = keys.lookup(OURS.mainKey("alice"), true);
        assertEquals(OURS.actor("alice"), key.ownerActorId());
        assertEquals("RSA", key.key().getAlgorithm());
        assertEquals("Ed25519", keys.lookup(OURS.ed25519Key("alice"), false).key().getAlgorithm());

        assertEquals(FetchException.Kind.NOT_FOUND,
                assertThrows(FetchException.class, () -> keys.lookup(OURS.mainKey("bob"), false)).kind());
        assertTrue(peer.requests().isEmpty());
    }

    @Test
    void refreshes_are_limited_to_one_per_host_per_minute() throws FetchException {
        peer.serveActivityJson("social.example", "/users/foo", mastodonActor());
        keys.lookup(actorId + "#main-key", false);

        assertFalse(keys.lookup(actorId + "#main-key", true).fromCache());
        assertEquals(2, peer.requests().size());

        clock.advance(Duration.ofSeconds(30));
        assertTrue(keys.lookup(actorId + "#main-key", true).fromCache(), "refused refresh: the cached key");
        assertEquals(2, peer.requests().size());

        clock.advance(Duration.ofSeconds(31));
        assertFalse(keys.lookup(actorId + "#main-key", true).fromCache());
        assertEquals(3, peer.requests().size());
    }

    @Test
    void a_refreshed_actor_that_answers_410_is_marked_deleted() throws FetchException {
        peer.serveActivityJson("social.example", "/users/foo", mastodonActor());
        keys.lookup(actorId + "#main-key", false);
        peer.serveStatus("social.example", "/users/foo", 410);

        FetchException e = assertThrows(FetchException.class, () -> keys.lookup(actorId + "#main-key", true));

        assertEquals(FetchException.Kind.GONE, e.kind());
        assertTrue(accounts.findByUri(actorId).orElseThrow().isDeleted());
    }
}
