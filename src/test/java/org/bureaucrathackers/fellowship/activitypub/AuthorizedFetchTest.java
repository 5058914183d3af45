package org.bureaucrathackers.fellowship.activitypub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.post.NewPost;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.signature.KeyMaterial;
import org.bureaucrathackers.fellowship.signature.SigningKey;
import org.bureaucrathackers.fellowship.testing.SigningPeer;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.bureaucrathackers.fellowship.testing.TestPeer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** S18 over real HTTP: with authorized fetch on, ActivityPub reads need a signature; with it off, they do not. */
class AuthorizedFetchTest {

    static TestInstance secure;
    static TestInstance open;
    static TestPeer peer;
    static SigningPeer reader;
    static SigningPeer blocked;
    static Status post;

    @BeforeAll
    static void start() throws Exception {
        secure = TestInstance.startWith(settings -> settings.withAuthorizedFetch(true));
        open = TestInstance.start();
        peer = TestPeer.start();
        reader = SigningPeer.serve(peer, "reader");
        blocked = SigningPeer.serve(peer, "pest");
        for (TestInstance instance : new TestInstance[]{secure, open}) {
            Account alice = instance.createFellow("alice");
            Status status = instance.posts().post(alice, NewPost.publicText("Opening hours changed."));
            if (instance == secure) {
                post = status;
                Account pest = instance.remoteActors().resolve(blocked.id());
                instance.blocks().block(alice, pest);
            }
        }
    }

    @AfterAll
    static void stop() {
        secure.close();
        open.close();
        peer.close();
    }

    private static HttpResponse<String> unsigned(TestInstance instance, String path) {
        return instance.get(path, "Accept", "application/activity+json");
    }

    @Test
    void unsigned_activitypub_reads_of_actors_collections_and_posts_are_refused_with_401() {
        for (String path : new String[]{"/users/alice", "/users/alice/outbox", "/users/alice/followers",
                "/users/alice/following", "/users/alice/collections/featured", post.uri(), post.uri() + "/activity"}) {
            HttpResponse<String> response = unsigned(secure, path);
            assertEquals(401, response.statusCode(), path);
            assertTrue(response.body().contains("signed"), response.body());
            assertTrue(response.headers().firstValue("Vary").orElse("").contains("Signature"), path);
        }
    }

    @Test
    void signed_reads_are_served_privately() {
        for (String path : new String[]{"/users/alice", "/users/alice/outbox", "/users/alice/followers", post.uri()}) {
            HttpResponse<String> response = secure.send(reader.signedGet(secure.url(path)));
            assertEquals(200, response.statusCode(), path + ": " + response.body());
            assertTrue(response.headers().firstValue("Vary").orElse("").contains("Signature"), path);
            assertTrue(response.headers().firstValue("Cache-Control").orElse("").contains("private"), path);
        }
    }

    @Test
    void a_signature_by_a_key_the_actor_does_not_have_is_refused() {
        SigningKey forged = new SigningKey(reader.keyId(), KeyMaterial.generateRsa().getPrivate());
        HttpResponse<String> response = secure.send(SigningPeer.signedGet(secure.url("/users/alice"), forged));
        assertEquals(401, response.statusCode(), response.body());
    }

    @Test
    void a_requester_the_fellow_blocks_finds_nothing() {
        HttpResponse<String> response = secure.send(blocked.signedGet(secure.url("/users/alice")));
        assertEquals(404, response.statusCode(), response.body());
        assertEquals(404, secure.send(blocked.signedGet(post.uri())).statusCode());
    }

    @Test
    void the_instance_actor_and_its_key_stay_public() {
        HttpResponse<String> actor = unsigned(secure, "/actor");
        assertEquals(200, actor.statusCode());
        assertTrue(actor.body().contains("publicKeyPem"));
    }

    @Test
    void html_pages_and_webfinger_need_no_signature() {
        assertEquals(200, secure.get("/users/alice", "Accept", "text/html").statusCode());
        assertEquals(200, secure.get("/@alice", "Accept", "text/html").statusCode());
        assertEquals(200, secure.get("/.well-known/webfinger?resource=acct:alice@" + secure.domain()).statusCode());
    }

    @Test
    void with_authorized_fetch_off_unsigned_reads_are_served() {
        assertEquals(200, unsigned(open, "/users/alice").statusCode());
        assertEquals(200, unsigned(open, "/users/alice/outbox").statusCode());
    }

    @Test
    void another_instance_fetches_a_fellow_from_a_secure_instance_with_its_signed_gets() throws Exception {
        Account fetched = open.remoteActors().resolve(secure.base() + "/users/alice");
        assertEquals("alice", fetched.username());
        assertEquals(secure.domain(), fetched.domain());
    }
}
