package org.bureaucrathackers.fellowship.activitypub;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.FellowService;
import org.bureaucrathackers.fellowship.actor.ProofSigner;
import org.bureaucrathackers.fellowship.post.NewPost;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.signature.ObjectProofs;
import org.bureaucrathackers.fellowship.testing.SocialFixture;
import org.bureaucrathackers.fellowship.web.Pages;
import org.bureaucrathackers.fellowship.web.PostViews;
import org.bureaucrathackers.fellowship.web.WebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Followers-only and direct statuses reach a signed requester in their audience, and nobody else. The
 * signature check itself lives elsewhere: here a stand-in {@link Requester} names the signer from a header.
 */
class StatusRoutesAudienceTest {

    static final String SIGNER = "X-Test-Signed-Actor";
    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path tempDir;
    SocialFixture world;
    WebServer server;
    Account alice;
    Account follower;
    Account mentioned;
    Account stranger;

    @BeforeEach
    void start() {
        world = new SocialFixture(tempDir);
        alice = world.local("alice");
        follower = world.remote("follower", "mastodon.example");
        mentioned = world.remote("mentioned", "gts.example");
        stranger = world.remote("stranger", "misskey.example");
        world.acceptedFollow(follower, alice);
        Requester fromHeader = ctx -> Optional.ofNullable(ctx.header(SIGNER));
        Pages pages = new Pages(new Pages.SiteView("Test", "Test", "ministry.example", world.uris.home()));
        StatusRoutes routes = new StatusRoutes(new ServedActors(new FellowService(world.accounts, world.uris, world.ids,
                world.clock), world.uris), world.statuses, world.timelines, world.lookup, world.tombstones, world.accounts, world.access, fromHeader,
                new PostViews(world.timelines, world.accounts, world.uris), pages, world.uris,
                new ProofSigner(world.accounts, new ObjectProofs(world.clock)));
        server = new WebServer(List.of(routes), pages).start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        server.stop();
        world.close();
    }

    HttpResponse<String> get(Status status, String signer) throws Exception {
        String path = status.uri().substring(world.uris.base().length());
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Accept", "application/activity+json");
        if (signer != null) {
            request.header(SIGNER, signer);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void a_followers_only_post_is_served_to_a_signed_follower_and_the_addressed_only() throws Exception {
        Status post = world.posts.post(alice, new NewPost("followers only @mentioned@gts.example",
                Status.Visibility.PRIVATE, null, null, null));
        HttpResponse<String> toFollower = get(post, follower.uri());
        assertEquals(200, toFollower.statusCode());
        assertEquals("private, no-store", toFollower.headers().firstValue("Cache-Control").orElse(""));
        assertEquals("Accept, Signature", toFollower.headers().firstValue("Vary").orElse(""));
        assertEquals(200, get(post, mentioned.uri()).statusCode());
        assertEquals(404, get(post, stranger.uri()).statusCode());
        assertEquals(404, get(post, "https://unknown.example/users/nobody").statusCode());
        assertEquals(404, get(post, null).statusCode());
    }

    @Test
    void a_direct_post_is_served_to_its_addressees_only_not_to_followers() throws Exception {
        Status post = world.posts.post(alice, new NewPost("psst @mentioned@gts.example", Status.Visibility.DIRECT, null,
                null, null));
        assertEquals(200, get(post, mentioned.uri()).statusCode());
        assertEquals(404, get(post, follower.uri()).statusCode());
        assertEquals(404, get(post, stranger.uri()).statusCode());
    }

    @Test
    void blocking_a_follower_takes_followers_only_posts_away_from_them() throws Exception {
        Status post = world.posts.post(alice, new NewPost("followers only", Status.Visibility.PRIVATE, null, null, null));
        world.blockService.block(alice, follower);
        assertEquals(404, get(post, follower.uri()).statusCode(), "the block ended the follow");
    }
}
