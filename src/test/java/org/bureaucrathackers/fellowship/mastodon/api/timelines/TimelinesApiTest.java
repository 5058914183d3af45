package org.bureaucrathackers.fellowship.mastodon.api.timelines;

import static org.bureaucrathackers.fellowship.mastodon.api.EntityIds.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.mastodon.api.RemoteStatuses;
import org.bureaucrathackers.fellowship.mastodon.api.TestFellow;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.testing.ApiClient;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Home, public and hashtag timelines over real HTTP: what each shows, to whom, and how it pages. */
class TimelinesApiTest {

    private static final AtomicInteger TAGS = new AtomicInteger();
    private static TestInstance instance;
    private static RemoteStatuses remote;

    @BeforeAll
    static void start() {
        instance = TestInstance.start();
        remote = new RemoteStatuses(instance);
    }

    @AfterAll
    static void stop() {
        instance.close();
    }

    private static TestFellow fellow(String name) {
        return TestFellow.create(instance, name);
    }

    private static JsonNode ok(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        return ApiClient.json(response);
    }

    private static void assertError(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(ApiClient.json(response).path("error").isTextual(), response.body());
    }

    /** A hashtag no other test uses. */
    private static String freshTag() {
        return "civic" + "abcdefghij".charAt(TAGS.get() % 10) + "x" + TAGS.incrementAndGet();
    }

    @Test
    void home_shows_own_followed_boosted_and_mentioning_statuses_newest_first() {
        TestFellow alice = fellow("alice");
        TestFellow bob = fellow("bob");
        TestFellow carol = fellow("carol");
        TestFellow dave = fellow("dave");
        alice.follows(instance, bob);
        String b1 = bob.postId("Bob public");
        String b2 = bob.postId(Map.of("status", "Bob followers only", "visibility", "private"));
        String b3 = bob.postId(Map.of("status", "@" + carol.username() + " not for alice", "visibility", "direct"));
        String c1 = carol.postId("Carol, not followed");
        String c2 = carol.postId("Hello @" + alice.username());
        String c3 = carol.postId(Map.of("status", "@" + alice.username() + " secret", "visibility", "direct"));
        String c4 = carol.postId("Worth a boost");
        String boost = ok(bob.api().post("/api/v1/statuses/" + c4 + "/reblog")).get("id").asText();
        String d1 = dave.postId(Map.of("status", "Dave unlisted", "visibility", "unlisted"));
        String a1 = alice.postId(Map.of("status", "Alice to herself", "visibility", "direct"));

        JsonNode home = ok(alice.api().get("/api/v1/timelines/home"));

        assertEquals(List.of(a1, boost, c3, c2, b2, b1), ids(home));
        assertEquals(c4, home.get(1).get("reblog").get("id").asText());
        assertFalse(ids(home).contains(b3) || ids(home).contains(c1) || ids(home).contains(d1));
    }

    @Test
    void home_needs_a_fellows_token_with_read_statuses() {
        TestFellow alice = fellow("alice");

        assertError(ApiClient.anonymous(instance).get("/api/v1/timelines/home"), 401);
        assertError(new ApiClient(instance, instance.tokens().issue(alice.account(), "write").secret())
                .get("/api/v1/timelines/home"), 403);
        assertEquals(200, new ApiClient(instance, instance.tokens().issue(alice.account(), "read:statuses")
                .secret()).get("/api/v1/timelines/home/").statusCode());
    }

    @Test
    void home_pages_with_max_id_since_id_and_min_id_and_link_headers() {
        TestFellow alice = fellow("alice");
        List<String> posts = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            posts.add(0, alice.postId("Post " + i));
        }

        HttpResponse<String> first = alice.api().get("/api/v1/timelines/home?limit=2");
        assertEquals(posts.subList(0, 2), ids(ok(first)));
        String link = first.headers().firstValue("Link").orElseThrow();
        assertTrue(link.matches("^<[^>]+\\?limit=2&max_id=" + posts.get(1) + ">; rel=\"next\", <[^>]+\\?limit=2&min_id="
                + posts.get(0) + ">; rel=\"prev\"$"), link);
        assertTrue(link.startsWith("<" + instance.base() + "/api/v1/timelines/home?"), link);

        HttpResponse<String> second = alice.api().get(next(first));
        assertEquals(posts.subList(2, 4), ids(ok(second)));
        HttpResponse<String> last = alice.api().get(next(second));
        assertEquals(posts.subList(4, 5), ids(ok(last)));
        assertFalse(last.headers().firstValue("Link").orElseThrow().contains("rel=\"next\""));

        HttpResponse<String> empty = alice.api().get("/api/v1/timelines/home?max_id=" + posts.get(4));
        assertEquals(0, ok(empty).size());
        assertTrue(empty.headers().firstValue("Link").isEmpty(), "no Link on an empty page");

        assertEquals(posts.subList(0, 2), ids(ok(alice.api().get("/api/v1/timelines/home?limit=2&since_id="
                + posts.get(4)))), "since_id gives the newest page");
        assertEquals(posts.subList(2, 4), ids(ok(alice.api().get("/api/v1/timelines/home?limit=2&min_id="
                + posts.get(4)))), "min_id gives the page right after it");
        assertEquals(posts.subList(1, 3), ids(ok(alice.api().get("/api/v1/timelines/home?max_id=" + posts.get(0)
                + "&since_id=" + posts.get(3)))));
        assertEquals(0, ok(alice.api().get("/api/v1/timelines/home?since_id=" + posts.get(0))).size());
    }

    @Test
    void bad_paging_parameters_are_422_and_large_limits_are_clamped() {
        TestFellow alice = fellow("alice");
        for (int i = 0; i < 45; i++) {
            alice.postId("Many " + i);
        }

        assertError(alice.api().get("/api/v1/timelines/home?max_id=abc"), 422);
        assertError(alice.api().get("/api/v1/timelines/home?limit=lots"), 422);
        assertError(alice.api().get("/api/v1/timelines/public?local=maybe"), 422);
        assertEquals(40, ok(alice.api().get("/api/v1/timelines/home?limit=1000")).size());
        assertEquals(20, ok(alice.api().get("/api/v1/timelines/home")).size());
    }

    private static String next(HttpResponse<String> response) {
        String link = response.headers().firstValue("Link").orElseThrow();
        return link.substring(1, link.indexOf('>'));
    }

    @Test
    void muted_accounts_and_boosts_hidden_by_follow_options_stay_out_of_home() {
        TestFellow alice = fellow("alice");
        TestFellow bob = fellow("bob");
        TestFellow carol = fellow("carol");
        TestFellow dave = fellow("dave");
        alice.follows(instance, bob);
        alice.follows(instance, carol);
        String bobPost = bob.postId("Bob before the mute");
        String carolPost = carol.postId("Carol's own words");
        String carolBoost = ok(carol.api().post("/api/v1/statuses/" + dave.postId("Dave, boosted") + "/reblog"))
                .get("id").asText();
        assertTrue(ids(ok(alice.api().get("/api/v1/timelines/home")))
                .containsAll(List.of(bobPost, carolPost, carolBoost)));

        ok(alice.api().post("/api/v1/accounts/" + bob.account().id() + "/mute"));
        ok(alice.api().postForm("/api/v1/accounts/" + carol.account().id() + "/follow", "reblogs", "false"));

        List<String> home = ids(ok(alice.api().get("/api/v1/timelines/home")));
        assertTrue(home.contains(carolPost), home.toString());
        assertFalse(home.contains(bobPost) || home.contains(carolBoost), home.toString());
    }

    @Test
    void blocked_accounts_never_appear_for_the_blocker() {
        TestFellow alice = fellow("alice");
        TestFellow bob = fellow("bob");
        TestFellow erin = fellow("erin");
        alice.follows(instance, bob);
        long since = RemoteStatuses.idFloorNow();
        String mention = erin.postId("Hey @" + alice.username());
        String erinPost = erin.postId("Erin in public");
        String boost = ok(bob.api().post("/api/v1/statuses/" + erinPost + "/reblog")).get("id").asText();
        String bobPost = bob.postId("Bob stays");
        assertTrue(ids(ok(alice.api().get("/api/v1/timelines/home"))).containsAll(List.of(mention, boost, bobPost)));

        instance.blocks().block(alice.account(), erin.account());

        List<String> home = ids(ok(alice.api().get("/api/v1/timelines/home")));
        assertTrue(home.contains(bobPost));
        assertFalse(home.contains(mention) || home.contains(boost), home.toString());
        String publicPath = "/api/v1/timelines/public?since_id=" + since;
        assertFalse(ids(ok(alice.api().get(publicPath))).contains(erinPost));
        assertTrue(ids(ok(ApiClient.anonymous(instance).get(publicPath))).contains(erinPost));
        assertError(alice.api().get("/api/v1/statuses/" + erinPost), 404);
    }

    @Test
    void public_timeline_shows_public_posts_only_and_filters_by_origin_and_media() {
        long since = RemoteStatuses.idFloorNow();
        TestFellow alice = fellow("alice");
        TestFellow bob = fellow("bob");
        Account rita = remote.account("rita", "elsewhere.example");
        String open = alice.postId("Public post");
        String selfReply = alice.postId(Map.of("status", "Thread part 2", "in_reply_to_id", open));
        String reply = bob.postId(Map.of("status", "Reply to alice", "in_reply_to_id", open));
        String unlisted = alice.postId(Map.of("status", "Unlisted", "visibility", "unlisted"));
        String followers = alice.postId(Map.of("status", "Private", "visibility", "private"));
        String direct = alice.postId(Map.of("status", "Direct", "visibility", "direct"));
        String boost = ok(bob.api().post("/api/v1/statuses/" + open + "/reblog")).get("id").asText();
        String remotePlain = remote.postId(rita, "Remote words", Status.Visibility.PUBLIC, false, List.of());
        String remotePicture = remote.postId(rita, "Remote chart", Status.Visibility.PUBLIC, true, List.of());
        String remotePrivate = remote.postId(rita, "Remote private", Status.Visibility.PRIVATE, true, List.of());
        String base = "/api/v1/timelines/public?limit=40&since_id=" + since;

        List<String> all = ids(ok(ApiClient.anonymous(instance).get(base)));
        assertEquals(List.of(remotePicture, remotePlain, selfReply, open), all);
        assertFalse(all.contains(reply) || all.contains(unlisted) || all.contains(followers) || all.contains(direct)
                || all.contains(boost) || all.contains(remotePrivate));
        assertEquals(List.of(selfReply, open), ids(ok(alice.api().get(base + "&local=true"))));
        assertEquals(List.of(remotePicture, remotePlain), ids(ok(alice.api().get(base + "&remote=1"))));
        assertEquals(List.of(remotePicture), ids(ok(alice.api().get(base + "&only_media=true"))));
        assertEquals(all, ids(ok(alice.api().get(base + "&local=true&remote=true"))));
        JsonNode picture = ok(alice.api().get(base + "&only_media=true")).get(0);
        assertEquals("image", picture.get("media_attachments").get(0).get("type").asText());
        assertEquals("rita@elsewhere.example", picture.get("account").get("acct").asText());
    }

    @Test
    void public_timeline_needs_read_statuses_when_a_token_is_given() {
        TestFellow alice = fellow("alice");
        ApiClient writeOnly = new ApiClient(instance, instance.tokens().issue(alice.account(), "write").secret());

        assertError(writeOnly.get("/api/v1/timelines/public"), 403);
        assertError(new ApiClient(instance, "bogus").get("/api/v1/timelines/public"), 401);
    }

    @Test
    void tag_timeline_matches_any_all_and_none_case_insensitively() {
        TestFellow alice = fellow("alice");
        Account rita = remote.account("rita", "tags.example");
        String tag = freshTag();
        String other = freshTag();
        String third = freshTag();
        String plain = alice.postId("About #" + tag.toUpperCase());
        String both = alice.postId("About #" + tag + " and #" + other);
        String onlyOther = alice.postId("Only #" + other);
        String withThird = alice.postId("With #" + tag + " #" + third);
        alice.postId(Map.of("status", "Hidden #" + tag, "visibility", "private"));
        alice.postId(Map.of("status", "Unlisted #" + tag, "visibility", "unlisted"));
        String remoteTagged = remote.postId(rita, "Remote", Status.Visibility.PUBLIC, true, List.of(tag));
        String path = "/api/v1/timelines/tag/" + tag;

        assertEquals(List.of(remoteTagged, withThird, both, plain), ids(ok(ApiClient.anonymous(instance).get(path))));
        assertEquals(List.of(remoteTagged, withThird, both, plain),
                ids(ok(alice.api().get("/api/v1/timelines/tag/" + tag.toUpperCase()))));
        assertEquals(List.of(remoteTagged, withThird, onlyOther, both, plain),
                ids(ok(alice.api().get(path + "?any[]=" + other))));
        assertEquals(List.of(both), ids(ok(alice.api().get(path + "?all[]=" + other))));
        assertEquals(List.of(remoteTagged, both, plain), ids(ok(alice.api().get(path + "?none[]=" + third))));
        assertEquals(List.of(withThird, both, plain), ids(ok(alice.api().get(path + "?local=true"))));
        assertEquals(List.of(remoteTagged), ids(ok(alice.api().get(path + "?remote=true"))));
        assertEquals(List.of(remoteTagged), ids(ok(alice.api().get(path + "?only_media=true"))));
        assertEquals(List.of(), ids(ok(alice.api().get(path + "?all[]=%21%21%21"))), "a non-tag matches nothing");
        assertEquals(List.of(), ids(ok(alice.api().get("/api/v1/timelines/tag/2026"))));
    }

    @Test
    void tag_timeline_replies_are_included_and_paging_works() {
        TestFellow alice = fellow("alice");
        String tag = freshTag();
        String first = alice.postId("One #" + tag);
        String second = alice.postId(Map.of("status", "Two #" + tag, "in_reply_to_id", first));
        String third = alice.postId("Three #" + tag);

        HttpResponse<String> page = alice.api().get("/api/v1/timelines/tag/" + tag + "?limit=2");

        assertEquals(List.of(third, second), ids(ok(page)));
        assertEquals(List.of(first), ids(ok(alice.api().get(next(page)))));
    }

    @Test
    void too_many_hashtags_in_one_tag_query_is_422() {
        StringBuilder query = new StringBuilder("?");
        for (int i = 0; i < 11; i++) {
            query.append("any[]=t").append(i).append('&');
        }

        assertError(ApiClient.anonymous(instance).get("/api/v1/timelines/tag/civic" + query), 422);
    }
}
