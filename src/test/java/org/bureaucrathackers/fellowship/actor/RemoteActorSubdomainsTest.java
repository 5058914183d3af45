package org.bureaucrathackers.fellowship.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.bureaucrathackers.fellowship.fetch.ActivityPubFetcher;
import org.bureaucrathackers.fellowship.fetch.AddressPolicy;
import org.bureaucrathackers.fellowship.fetch.FetchException;
import org.bureaucrathackers.fellowship.fetch.FetchedDocument;
import org.bureaucrathackers.fellowship.fetch.SafeHttpTransport;
import org.bureaucrathackers.fellowship.fetch.TransportLimits;
import org.bureaucrathackers.fellowship.ids.Ids;
import org.bureaucrathackers.fellowship.store.Database;
import org.bureaucrathackers.fellowship.store.JooqAccountStore;
import org.bureaucrathackers.fellowship.store.JooqFellowProfileStore;
import org.bureaucrathackers.fellowship.testing.FakeSigning;
import org.bureaucrathackers.fellowship.testing.MutableClock;
import org.bureaucrathackers.fellowship.testing.Payloads;
import org.bureaucrathackers.fellowship.testing.PeerActor;
import org.bureaucrathackers.fellowship.testing.TestDatabases;
import org.bureaucrathackers.fellowship.testing.TestPeer;
import org.bureaucrathackers.fellowship.uri.LocalUris;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A wildcard DNS record cannot make this server create actors on endless subdomains (X19): the eleventh new host
 * under one domain within a minute is refused before anything is fetched from it, however it was reached.
 */
class RemoteActorSubdomainsTest {

    private static final LocalUris OURS = new LocalUris("https://ministry.example", "ministry.example");

    @TempDir
    Path tempDir;

    private final TestPeer peer = TestPeer.start();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-04-01T08:00:00Z"));
    private Database db;
    private SafeHttpTransport transport;
    private RemoteActors actors;

    @BeforeEach
    void open() {
        db = new TestDatabases.H2().open(tempDir);
        transport = new SafeHttpTransport(new AddressPolicy(true), peer.resolver(), TransportLimits.DEFAULT, "test");
        ActivityPubFetcher fetcher = new ActivityPubFetcher(transport, new FakeSigning(), () -> FakeSigning.KEY, OURS,
                clock);
        actors = new RemoteActors(new JooqAccountStore(db), new JooqFellowProfileStore(db), fetcher, new Ids(clock), clock, RemoteActors.DEFAULT_TTL);
    }

    @AfterEach
    void close() {
        transport.close();
        peer.close();
        db.close();
    }

    private String serveActor(String host) {
        String origin = peer.origin(host);
        peer.serveActivityJson(host, "/users/foo", Payloads.fixture("mastodon/actor-person.json",
                "https://ap.example.com", origin));
        return origin + "/users/foo";
    }

    private long requestsTo(String host) {
        return peer.requests().stream().filter(r -> r.host().equalsIgnoreCase(host)).count();
    }

    @Test
    void the_eleventh_new_subdomain_in_a_minute_is_refused_without_a_request() throws FetchException {
        for (int i = 1; i <= 10; i++) {
            actors.resolve(serveActor("a" + i + ".wild.example"));
        }
        String eleventh = serveActor("a11.wild.example");

        FetchException e = assertThrows(FetchException.class, () -> actors.resolve(eleventh));
        FetchException byUrl = assertThrows(FetchException.class, () -> actors.resolveUrl(eleventh));

        assertEquals(FetchException.Kind.TOO_MANY_NEW_HOSTS, e.kind());
        assertEquals(FetchException.Kind.TOO_MANY_NEW_HOSTS, byUrl.kind());
        assertTrue(e.isTransient(), "worth trying again later");
        assertEquals(0, requestsTo("a11.wild.example"));
        assertTrue(actors.cached(eleventh).isEmpty());
    }

    @Test
    void known_actors_are_refreshed_and_new_hosts_are_taken_again_after_the_window() throws FetchException {
        String first = serveActor("a1.wild.example");
        actors.resolve(first);
        for (int i = 2; i <= 10; i++) {
            actors.resolve(serveActor("a" + i + ".wild.example"));
        }
        String eleventh = serveActor("a11.wild.example");
        assertThrows(FetchException.class, () -> actors.resolve(eleventh));

        actors.resolve(first, true);
        clock.advance(Duration.ofMinutes(2));
        assertEquals(eleventh, actors.resolve(eleventh).uri());
    }

    @Test
    void an_actor_document_fetched_for_a_key_counts_too() throws FetchException {
        for (int i = 1; i <= 10; i++) {
            actors.resolve(serveActor("a" + i + ".wild.example"));
        }
        String eleventh = serveActor("a11.wild.example");
        // As the key resolver hands it over: fetched from its own id while a signature was checked.
        FetchedDocument document = new FetchedDocument(URI.create(eleventh), PeerActor.parse(
                Payloads.fixture("mastodon/actor-person.json", "https://ap.example.com", peer.origin("a11.wild.example"))));

        FetchException e = assertThrows(FetchException.class, () -> actors.store(document));

        assertEquals(FetchException.Kind.TOO_MANY_NEW_HOSTS, e.kind());
    }
}
