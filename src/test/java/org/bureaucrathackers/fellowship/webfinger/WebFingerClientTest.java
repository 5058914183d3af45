package org.bureaucrathackers.fellowship.webfinger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.RemoteActors;
import org.bureaucrathackers.fellowship.fetch.ActivityPubFetcher;
import org.bureaucrathackers.fellowship.fetch.AddressPolicy;
import org.bureaucrathackers.fellowship.fetch.FetchException;
import org.bureaucrathackers.fellowship.fetch.HostResolver;
import org.bureaucrathackers.fellowship.fetch.SafeHttpTransport;
import org.bureaucrathackers.fellowship.fetch.TransportLimits;
import org.bureaucrathackers.fellowship.ids.Ids;
import org.bureaucrathackers.fellowship.store.Database;
import org.bureaucrathackers.fellowship.store.JooqAccountStore;
import org.bureaucrathackers.fellowship.store.JooqFellowProfileStore;
import org.bureaucrathackers.fellowship.testing.Accounts;
import org.bureaucrathackers.fellowship.testing.FakeSigning;
import org.bureaucrathackers.fellowship.testing.TestDatabases;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.bureaucrathackers.fellowship.testing.TestPeer;
import org.bureaucrathackers.fellowship.uri.LocalUris;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The WebFinger client against a real Fellowship instance and against misbehaving peers (D3, D4, D15). */
class WebFingerClientTest {

    private static final LocalUris OURS = new LocalUris("https://ministry.example", "ministry.example");
    private static TestInstance remote;

    @TempDir
    Path tempDir;

    private final TestPeer peer = TestPeer.start();
    private Database db;
    private JooqAccountStore accounts;
    private SafeHttpTransport transport;
    private WebFingerClient client;

    @BeforeAll
    static void startRemoteInstance() {
        remote = TestInstance.start();
        remote.createFellow("alice");
    }

    @AfterAll
    static void stopRemoteInstance() {
        remote.close();
    }

    @BeforeEach
    void open() {
        db = new TestDatabases.H2().open(tempDir);
        accounts = new JooqAccountStore(db);
        client = client(true);
    }

    private WebFingerClient client(boolean allowPrivateNetwork) {
        if (transport != null) {
            transport.close();
        }
        HostResolver peerNames = peer.resolver();
        HostResolver resolver = host -> {
            try {
                return peerNames.resolve(host);
            } catch (UnknownHostException notAPeer) {
                return HostResolver.SYSTEM.resolve(host);
            }
        };
        transport = new SafeHttpTransport(new AddressPolicy(allowPrivateNetwork), resolver, TransportLimits.DEFAULT,
                "test");
        Clock clock = Clock.systemUTC();
        ActivityPubFetcher fetcher = new ActivityPubFetcher(transport, new FakeSigning(), () -> FakeSigning.KEY, OURS,
                clock);
        RemoteActors actors = new RemoteActors(accounts, new JooqFellowProfileStore(db), fetcher, new Ids(clock), clock, RemoteActors.DEFAULT_TTL);
        // The JDK server of the test peer never answers a TLS handshake: give https little time before http.
        return new WebFingerClient(transport, allowPrivateNetwork, OURS, accounts, actors, Duration.ofMillis(300));
    }

    @AfterEach
    void close() {
        transport.close();
        peer.close();
        db.close();
    }

    /** {@code wf.example:port}: the peer's WebFinger host as a handle names it. */
    private String wf() {
        peer.origin("wf.example");
        return "wf.example:" + peer.port();
    }

    /** The path and query of a WebFinger request for {@code user} at {@code host}. */
    private static String query(String user, String host) {
        return "/.well-known/webfinger?resource=" + java.net.URLEncoder.encode("acct:" + user + "@" + host,
                java.nio.charset.StandardCharsets.UTF_8);
    }

    private String jrd(String subject, String type, String href) {
        return "{\"subject\":\"" + subject + "\",\"links\":[{\"rel\":\"http://webfinger.net/rel/profile-page\","
                + "\"type\":\"text/html\",\"href\":\"https://x.example/@a\"},{\"rel\":\"self\",\"type\":\"" + type
                + "\",\"href\":\"" + href + "\"}]}";
    }

    @Test
    void a_fellow_on_another_instance_is_found_by_handle() throws FetchException {
        URI actor = client.lookup("alice@" + remote.domain());

        assertEquals(URI.create(remote.base() + "/users/alice"), actor);
    }

    @Test
    void a_handle_resolves_to_a_stored_remote_account_in_every_spelling() throws FetchException {
        for (String handle : List.of("alice@" + remote.domain(), "@alice@" + remote.domain(),
                "acct:alice@" + remote.domain(), "ALICE@" + remote.domain().toUpperCase())) {
            ResolvedHandle resolved = client.resolveHandleOrUrl(handle);

            assertEquals(remote.base() + "/users/alice", resolved.account().uri(), handle);
            assertEquals("alice@" + remote.domain(), resolved.handle(), handle);
            assertFalse(resolved.account().isLocal());
        }
        Account stored = accounts.findByUri(remote.base() + "/users/alice").orElseThrow();
        assertEquals(remote.base() + "/users/alice/inbox", stored.inboxUrl());
        assertEquals(1, accounts.keysOf(stored.id()).stream()
                .filter(k -> k.keyId().equals(remote.base() + "/users/alice#main-key")).count());
    }

    @Test
    void an_actor_url_and_a_profile_url_resolve_to_the_same_account() throws FetchException {
        ResolvedHandle byActor = client.resolveHandleOrUrl(remote.base() + "/users/alice");
        ResolvedHandle byProfile = client.resolveHandleOrUrl(remote.base() + "/@alice");

        assertEquals(byActor.account().id(), byProfile.account().id());
        assertEquals("alice@" + remote.domain(), byProfile.handle());
    }

    @Test
    void an_unknown_user_is_not_found() {
        FetchException e = assertThrows(FetchException.class, () -> client.lookup("nobody@" + remote.domain()));

        assertEquals(FetchException.Kind.NOT_FOUND, e.kind());
    }

    @Test
    void our_own_handles_and_urls_come_from_the_database() throws FetchException {
        Account bob = Accounts.local(OURS, 7, "bob", List.of(), null, null, java.time.Instant.now(), null);
        accounts.insertLocal(bob, null, List.of());

        assertEquals(URI.create(OURS.actor("bob")), client.lookup("Bob@ministry.example"));
        assertEquals(bob.id(), client.resolveHandleOrUrl("@bob@ministry.example").account().id());
        assertEquals("bob@ministry.example", client.resolveHandleOrUrl(OURS.profile("bob")).handle());
        assertEquals(FetchException.Kind.NOT_FOUND,
                assertThrows(FetchException.class, () -> client.lookup("carol@ministry.example")).kind());
        assertTrue(peer.requests().isEmpty());
    }

    @Test
    void malformed_handles_are_refused_before_any_request() {
        for (String bad : List.of("", "alice", "alice@", "@example.org", "a@b@c", "al ice@example.org",
                "alice@exa mple.org", "alice@example.org/path")) {
            FetchException e = assertThrows(FetchException.class, () -> client.lookup(bad), bad);
            assertEquals(FetchException.Kind.BAD_URL, e.kind(), bad);
        }
        assertTrue(peer.requests().isEmpty());
    }

    @Test
    void a_gone_account_is_told_apart_from_an_unknown_one() {
        peer.serveStatus("gone.example", query("old", "gone.example:" + peer.port()), 410);

        FetchException e = assertThrows(FetchException.class, () -> client.lookup("old@gone.example:" + peer.port()));

        assertEquals(FetchException.Kind.GONE, e.kind());
    }

    @Test
    void a_subject_for_another_user_is_refused() {
        String origin = peer.origin("wf.example");
        peer.serveDocument("wf.example", query("alice", wf()),
                "application/jrd+json", jrd("acct:mallory@" + wf(), "application/activity+json",
                        origin + "/users/mallory"));

        FetchException e = assertThrows(FetchException.class, () -> client.lookup("alice@" + wf()));

        assertEquals(FetchException.Kind.BAD_DOCUMENT, e.kind());
        assertTrue(e.getMessage().contains("mallory"), e.getMessage());
    }

    @Test
    void the_subject_may_differ_in_case_and_the_self_link_may_be_ld_json() throws FetchException {
        String origin = peer.origin("wf.example");
        peer.serveDocument("wf.example", query("alice", wf()),
                "application/jrd+json", jrd("acct:Alice@" + wf(),
                        "application/ld+json; profile=\\\"https://www.w3.org/ns/activitystreams\\\"",
                        origin + "/users/Alice"));

        assertEquals(URI.create(origin + "/users/Alice"), client.lookup("alice@" + wf()));
    }

    @Test
    void a_jrd_without_an_activitypub_self_link_is_refused() {
        peer.serveDocument("wf.example", query("alice", wf()),
                "application/jrd+json", jrd("acct:alice@" + wf(), "text/html", "https://" + wf() + "/@alice"));

        FetchException e = assertThrows(FetchException.class, () -> client.lookup("alice@" + wf()));

        assertEquals(FetchException.Kind.BAD_DOCUMENT, e.kind());
        assertTrue(e.getMessage().contains("self link"), e.getMessage());
    }

    @Test
    void a_self_link_pointing_at_this_instance_is_refused() {
        peer.serveDocument("wf.example", query("alice", wf()),
                "application/jrd+json", jrd("acct:alice@" + wf(), "application/activity+json",
                        OURS.actor("alice")));

        assertEquals(FetchException.Kind.BAD_DOCUMENT,
                assertThrows(FetchException.class, () -> client.lookup("alice@" + wf())).kind());
    }

    @Test
    void a_handle_whose_actor_has_another_username_is_refused() {
        peer.serveDocument("wf.example", query("notalice", wf()), "application/jrd+json",
                jrd("acct:notalice@" + wf(), "application/activity+json", remote.base() + "/users/alice"));

        FetchException e = assertThrows(FetchException.class,
                () -> client.resolveHandleOrUrl("notalice@" + wf()));

        assertEquals(FetchException.Kind.BAD_DOCUMENT, e.kind());
        assertTrue(e.getMessage().contains("whose username is alice"), e.getMessage());
    }

    @Test
    void five_redirects_are_followed_and_a_sixth_is_refused() throws FetchException {
        String origin = peer.origin("wf.example");
        String query = query("alice", wf());
        peer.serveRedirect("wf.example", query, 302, "/r1");
        for (int i = 1; i < 5; i++) {
            peer.serveRedirect("wf.example", "/r" + i, 302, "/r" + (i + 1));
        }
        peer.serveDocument("wf.example", "/r5", "application/jrd+json",
                jrd("acct:alice@" + wf(), "application/activity+json", origin + "/users/alice"));

        assertEquals(URI.create(origin + "/users/alice"), client.lookup("alice@" + wf()));

        peer.serveRedirect("wf.example", "/r5", 302, "/r6");
        FetchException e = assertThrows(FetchException.class, () -> client.lookup("alice@" + wf()));
        assertEquals(FetchException.Kind.TOO_MANY_REDIRECTS, e.kind());
    }

    @Test
    void a_redirect_to_another_scheme_is_refused() {
        peer.serveRedirect("wf.example", query("alice", wf()), 302,
                "https://" + wf() + query("alice", wf()));

        FetchException e = assertThrows(FetchException.class, () -> client.lookup("alice@" + wf()));

        assertEquals(FetchException.Kind.BAD_URL, e.kind());
    }

    @Test
    void without_the_private_network_only_https_is_tried_and_loopback_is_refused() {
        WebFingerClient strict = client(false);
        peer.serveDocument("wf.example", query("alice", wf()),
                "application/jrd+json", jrd("acct:alice@" + wf(), "application/activity+json",
                        "https://" + wf() + "/users/alice"));

        FetchException e = assertThrows(FetchException.class, () -> strict.lookup("alice@" + wf()));

        assertEquals(FetchException.Kind.FORBIDDEN_ADDRESS, e.kind());
        assertTrue(peer.requests().isEmpty());
    }
}
