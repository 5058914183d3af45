package org.bureaucrathackers.fellowship.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import org.bureaucrathackers.fellowship.testing.FakeSigning;
import org.bureaucrathackers.fellowship.testing.Payloads;
import org.bureaucrathackers.fellowship.testing.TestPeer;
import org.bureaucrathackers.fellowship.uri.LocalUris;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Signed, checked fetches against real loopback peers (X9, X10, X11, A1, S6, S17). */
class ActivityPubFetcherTest {

    private static final LocalUris OURS = new LocalUris("https://ministry.example", "ministry.example");

    private final TestPeer peer = TestPeer.start();
    private final SafeHttpTransport transport = new SafeHttpTransport(new AddressPolicy(true), peer.resolver(),
            TransportLimits.DEFAULT, "test");
    private final ActivityPubFetcher fetcher = new ActivityPubFetcher(transport, new FakeSigning(),
            () -> FakeSigning.KEY, OURS, Clock.systemUTC());
    private final String social = peer.origin("social.example");

    @AfterEach
    void stop() {
        transport.close();
        peer.close();
    }

    private String mastodonActor() {
        return Payloads.fixture("mastodon/actor-person.json", "https://ap.example.com", social);
    }

    @Test
    void a_document_whose_id_is_its_url_is_fetched_with_a_signed_request() throws FetchException {
        peer.serveActivityJson("social.example", "/users/foo", mastodonActor());

        FetchedDocument document = fetcher.fetch(URI.create(social + "/users/foo"));

        assertEquals(social + "/users/foo", document.id());
        assertEquals("foo", document.json().get("preferredUsername").textValue());
        TestPeer.Recorded request = peer.requestsTo("/users/foo").get(0);
        assertEquals("GET", request.method());
        assertEquals(ActivityPubFetcher.ACCEPT, request.header("Accept"));
        assertEquals("CAVAGE", FakeSigning.schemeOf(request));
        assertTrue(request.header("Signature").contains("keyId=" + FakeSigning.KEY.keyId()));
    }

    @Test
    void the_fragment_of_a_key_id_is_not_sent() throws FetchException {
        peer.serveActivityJson("social.example", "/users/foo", mastodonActor());

        FetchedDocument document = fetcher.fetch(URI.create(social + "/users/foo#main-key"));

        assertEquals(social + "/users/foo", document.id());
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/activity+json", "application/activity+json; charset=utf-8",
            "application/ld+json; profile=\"https://www.w3.org/ns/activitystreams\"",
            "Application/LD+JSON;profile=\"https://www.w3.org/ns/activitystreams https://example.org/other\""})
    void activity_streams_content_types_are_accepted(String contentType) throws FetchException {
        peer.serveDocument("social.example", "/users/foo", contentType, mastodonActor());

        assertEquals(social + "/users/foo", fetcher.fetch(URI.create(social + "/users/foo")).id());
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "application/ld+json", "text/html; charset=utf-8",
            "application/ld+json; profile=\"https://example.org/not-activitystreams\"", "image/png"})
    void other_content_types_are_refused(String contentType) {
        peer.serveDocument("social.example", "/users/foo", contentType, mastodonActor());

        FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch(URI.create(social + "/users/foo")));

        assertEquals(FetchException.Kind.BAD_CONTENT_TYPE, e.kind());
    }

    @Test
    void a_document_without_a_content_type_is_refused() {
        peer.serve("social.example", "/users/foo", exchange -> {
            exchange.sendResponseHeaders(200, 2);
            exchange.getResponseBody().write("{}".getBytes());
        });

        assertEquals(FetchException.Kind.BAD_CONTENT_TYPE,
                assertThrows(FetchException.class, () -> fetcher.fetch(URI.create(social + "/users/foo"))).kind());
    }

    @Test
    void a_body_that_is_not_a_json_object_is_refused() {
        peer.serveActivityJson("social.example", "/broken", "{\"id\": ");
        peer.serveActivityJson("social.example", "/array", "[1, 2]");

        assertEquals(FetchException.Kind.BAD_DOCUMENT,
                assertThrows(FetchException.class, () -> fetcher.fetch(URI.create(social + "/broken"))).kind());
        assertEquals(FetchException.Kind.BAD_DOCUMENT,
                assertThrows(FetchException.class, () -> fetcher.fetch(URI.create(social + "/array"))).kind());
    }

    @Test
    void a_document_claiming_another_id_is_refused_when_that_id_does_not_confirm_it() {
        // The document at /impostor claims to be /users/foo, which is gone.
        peer.serveActivityJson("social.example", "/impostor", mastodonActor());
        peer.serveActivityJson("social.example", "/users/foo",
                mastodonActor().replace(social + "/users/foo\"", social + "/users/someone-else\""));

        FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch(URI.create(social + "/impostor")));

        assertEquals(FetchException.Kind.ID_MISMATCH, e.kind());
        assertEquals(1, peer.requestsTo("/users/foo").size(), "refetched by id exactly once");
    }

    @Test
    void a_document_claiming_another_id_is_replaced_by_what_that_id_serves() throws FetchException {
        String evil = peer.origin("evil.example");
        peer.serveActivityJson("evil.example", "/forged",
                mastodonActor().replace("\"preferredUsername\":\"foo\"", "\"preferredUsername\":\"forged\""));
        peer.serveActivityJson("social.example", "/users/foo", mastodonActor());

        FetchedDocument document = fetcher.fetch(URI.create(evil + "/forged"));

        assertEquals(social + "/users/foo", document.id());
        assertEquals("foo", document.json().get("preferredUsername").textValue(),
                "the content comes from the id's own origin, never from the forger");
    }

    @Test
    void a_profile_url_leads_to_the_actor_by_its_id() throws FetchException {
        peer.serveActivityJson("social.example", "/@foo", mastodonActor());
        peer.serveActivityJson("social.example", "/users/foo", mastodonActor());

        assertEquals(social + "/users/foo", fetcher.fetch(URI.create(social + "/@foo")).id());
    }

    @Test
    void a_document_without_an_id_is_refused() {
        peer.serveActivityJson("social.example", "/anonymous", "{\"type\":\"Note\"}");

        assertEquals(FetchException.Kind.ID_MISMATCH,
                assertThrows(FetchException.class, () -> fetcher.fetch(URI.create(social + "/anonymous"))).kind());
    }

    @Test
    void a_remote_document_claiming_a_local_id_is_refused_without_fetching_us() {
        peer.serveActivityJson("social.example", "/fake-local", mastodonActor()
                .replace(social + "/users/foo\"", "https://ministry.example/users/alice\""));

        FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch(URI.create(social + "/fake-local")));

        assertEquals(FetchException.Kind.ID_MISMATCH, e.kind());
        assertTrue(e.getMessage().contains("local id"), e.getMessage());
    }

    @Test
    void our_own_urls_are_never_fetched() {
        FetchException e = assertThrows(FetchException.class,
                () -> fetcher.fetch(URI.create("https://MINISTRY.example:443/users/alice")));

        assertEquals(FetchException.Kind.LOCAL_URI, e.kind());
        assertTrue(peer.requests().isEmpty());
    }

    @Test
    void a_redirect_to_our_own_url_is_not_followed() {
        peer.serveRedirect("social.example", "/users/foo", 302, "https://ministry.example/users/alice");

        assertEquals(FetchException.Kind.LOCAL_URI,
                assertThrows(FetchException.class, () -> fetcher.fetch(URI.create(social + "/users/foo"))).kind());
    }

    @Test
    void five_redirects_are_followed_each_signed_afresh() throws FetchException {
        for (int i = 0; i < 5; i++) {
            peer.serveRedirect("social.example", "/hop" + i, 302, "/hop" + (i + 1));
        }
        peer.serveActivityJson("social.example", "/hop5",
                mastodonActor().replace(social + "/users/foo\"", social + "/hop5\""));

        FetchedDocument document = fetcher.fetch(URI.create(social + "/hop0"));

        assertEquals(social + "/hop5", document.id());
        List<TestPeer.Recorded> requests = peer.requests();
        assertEquals(6, requests.size());
        for (TestPeer.Recorded request : requests) {
            assertTrue(request.header("Signature").endsWith("target=" + social + request.path()),
                    "each hop is signed for its own URL: " + request.header("Signature"));
        }
    }

    @Test
    void more_than_five_redirects_are_refused() {
        for (int i = 0; i < 6; i++) {
            peer.serveRedirect("social.example", "/hop" + i, 301, social + "/hop" + (i + 1));
        }
        peer.serveActivityJson("social.example", "/hop6",
                mastodonActor().replace(social + "/users/foo\"", social + "/hop6\""));

        FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch(URI.create(social + "/hop0")));

        assertEquals(FetchException.Kind.TOO_MANY_REDIRECTS, e.kind());
        assertTrue(peer.requestsTo("/hop6").isEmpty());
    }

    @Test
    void a_redirect_loop_is_detected() {
        peer.serveRedirect("social.example", "/a", 307, "/b");
        peer.serveRedirect("social.example", "/b", 308, "/a");

        FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch(URI.create(social + "/a")));

        assertEquals(FetchException.Kind.TOO_MANY_REDIRECTS, e.kind());
        assertTrue(e.getMessage().contains("loop"), e.getMessage());
        assertEquals(2, peer.requests().size(), "the loop is seen before /a is asked for again");
    }

    @Test
    void a_redirect_to_a_refused_address_is_refused() {
        peer.resolve("internal.example", "198.18.0.10");
        peer.serveRedirect("social.example", "/users/foo", 302, "http://internal.example/admin");

        FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch(URI.create(social + "/users/foo")));

        assertEquals(FetchException.Kind.FORBIDDEN_ADDRESS, e.kind());
    }

    @Test
    void a_redirect_to_another_scheme_is_refused() {
        peer.serveRedirect("social.example", "/users/foo", 302, "file:///etc/passwd");

        assertEquals(FetchException.Kind.BAD_URL,
                assertThrows(FetchException.class, () -> fetcher.fetch(URI.create(social + "/users/foo"))).kind());
    }

    @Test
    void a_refused_cavage_signature_is_retried_once_with_rfc9421_which_is_then_used_first() throws FetchException {
        peer.serve("social.example", "/users/foo", exchange -> {
            if (exchange.getRequestHeaders().getFirst("Signature").contains("scheme=CAVAGE")) {
                TestPeer.reply(exchange, 401, "text/plain", "signature refused");
            } else {
                TestPeer.reply(exchange, 200, TestPeer.ACTIVITY_JSON, mastodonActor());
            }
        });

        fetcher.fetch(URI.create(social + "/users/foo"));
        fetcher.fetch(URI.create(social + "/users/foo"));

        List<String> schemes = peer.requests().stream().map(FakeSigning::schemeOf).toList();
        assertEquals(List.of("CAVAGE", "RFC9421", "RFC9421"), schemes);
    }

    @Test
    void a_peer_refusing_both_schemes_is_asked_twice_and_reported() {
        peer.serveStatus("social.example", "/users/foo", 401);

        FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch(URI.create(social + "/users/foo")));

        assertEquals(FetchException.Kind.HTTP_STATUS, e.kind());
        assertEquals(401, e.status());
        assertFalse(e.isTransient());
        assertEquals(2, peer.requests().size());
    }

    @Test
    void gone_not_found_and_server_errors_are_told_apart() {
        peer.serveStatus("social.example", "/gone", 410);
        peer.serveStatus("social.example", "/missing", 404);
        peer.serveStatus("social.example", "/broken", 503);

        FetchException gone = assertThrows(FetchException.class, () -> fetcher.fetch(URI.create(social + "/gone")));
        FetchException missing = assertThrows(FetchException.class,
                () -> fetcher.fetch(URI.create(social + "/missing")));
        FetchException broken = assertThrows(FetchException.class, () -> fetcher.fetch(URI.create(social + "/broken")));

        assertEquals(FetchException.Kind.GONE, gone.kind());
        assertEquals(FetchException.Kind.NOT_FOUND, missing.kind());
        assertEquals(FetchException.Kind.HTTP_STATUS, broken.kind());
        assertTrue(broken.isTransient());
        assertFalse(gone.isTransient());
        assertFalse(missing.isTransient());
    }

    @Test
    void content_type_rules_follow_a1() {
        assertTrue(ActivityPubFetcher.isActivityStreams("application/activity+json"));
        assertTrue(ActivityPubFetcher.isActivityStreams(
                "application/ld+json; charset=utf-8; profile=https://www.w3.org/ns/activitystreams"));
        assertFalse(ActivityPubFetcher.isActivityStreams(null));
        assertFalse(ActivityPubFetcher.isActivityStreams("application/activity+jsonp"));
        assertFalse(ActivityPubFetcher.isActivityStreams("application/ld+json; profile=\"https://www.w3.org/ns/activitystreams#\""));
    }
}
