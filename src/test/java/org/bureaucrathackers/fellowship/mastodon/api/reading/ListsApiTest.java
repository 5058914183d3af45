package org.bureaucrathackers.fellowship.mastodon.api.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.post.NewPost;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.testing.ApiClient;
import org.bureaucrathackers.fellowship.testing.JsonShape;
import org.bureaucrathackers.fellowship.testing.RawHttp;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Lists over real HTTP: the lists themselves, their members, their timeline, scopes and bad input. */
class ListsApiTest {

    private static TestInstance instance;

    @BeforeAll
    static void start() {
        instance = TestInstance.start();
    }

    @AfterAll
    static void stop() {
        instance.close();
    }

    private static Account account(String username) {
        return instance.fellows().findLocal(username).orElseThrow();
    }

    private static Account fellow(String username) {
        return instance.createFellow(username);
    }

    private static void follow(Account follower, Account target) {
        instance.follows().follow(follower, target);
    }

    private static String createList(ApiClient client, String title) {
        HttpResponse<String> response = client.postForm("/api/v1/lists", "title", title);
        assertEquals(200, response.statusCode(), response.body());
        return ApiClient.json(response).get("id").asText();
    }

    private static void assertNotFound(HttpResponse<String> response) {
        assertEquals(404, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertEquals("Record not found", ApiClient.json(response).get("error").asText());
    }

    private static void assertRefused(HttpResponse<String> response, String message) {
        assertEquals(422, response.statusCode(), response.body());
        String error = ApiClient.json(response).get("error").asText();
        assertTrue(error.contains(message), error);
    }

    @Test
    void a_list_is_created_shown_renamed_and_deleted() {
        ApiClient owner = ApiClient.fellow(instance, "lister", "read write");
        HttpResponse<String> created = owner.postForm("/api/v1/lists", "title", "Procurement hackers",
                "replies_policy", "followed", "exclusive", "true");
        assertEquals(200, created.statusCode(), created.body());
        JsonNode list = ApiClient.json(created);
        JsonShape.of(list).digits("id").string("title", "replies_policy").bool("exclusive");
        assertEquals("Procurement hackers", list.get("title").asText());
        assertEquals("followed", list.get("replies_policy").asText());
        assertTrue(list.get("exclusive").asBoolean());
        String id = list.get("id").asText();

        JsonNode all = ApiClient.json(owner.get("/api/v1/lists/"));
        assertEquals(1, all.size());
        assertEquals(list, all.get(0));
        assertEquals(list, ApiClient.json(owner.get("/api/v1/lists/" + id)));

        JsonNode renamed = ApiClient.json(owner.putForm("/api/v1/lists/" + id, "title", "Procurement reformers"));
        assertEquals("Procurement reformers", renamed.get("title").asText());
        assertEquals("followed", renamed.get("replies_policy").asText(), "what was not given stays");
        assertTrue(renamed.get("exclusive").asBoolean());

        HttpResponse<String> deleted = owner.delete("/api/v1/lists/" + id);
        assertEquals(200, deleted.statusCode());
        assertEquals("{}", deleted.body());
        assertNotFound(owner.get("/api/v1/lists/" + id));
        assertEquals("[]", owner.get("/api/v1/lists").body());
    }

    @Test
    void a_list_created_with_a_json_body_gets_mastodons_defaults() {
        ApiClient owner = ApiClient.fellow(instance, "jsonlister", "read write");
        JsonNode list = ApiClient.json(owner.postJson("/api/v1/lists", Map.of("title", "  Open data  ")));
        assertEquals("Open data", list.get("title").asText());
        assertEquals("list", list.get("replies_policy").asText());
        assertFalse(list.get("exclusive").asBoolean());
    }

    @Test
    void bad_list_input_gets_a_clear_error() {
        ApiClient owner = ApiClient.fellow(instance, "sloppy", "read write");
        assertRefused(owner.postForm("/api/v1/lists"), "Title can't be blank");
        assertRefused(owner.postForm("/api/v1/lists", "title", "   "), "Title can't be blank");
        assertRefused(owner.postForm("/api/v1/lists", "title", "x".repeat(256)), "too long");
        assertRefused(owner.postForm("/api/v1/lists", "title", "A", "replies_policy", "everyone"), "followed, list or none");
        assertRefused(owner.postForm("/api/v1/lists", "title", "A", "exclusive", "perhaps"), "exclusive");
        assertRefused(owner.postJson("/api/v1/lists", "[1, 2]"), "JSON object");
        String id = createList(owner, "Fine");
        assertRefused(owner.putForm("/api/v1/lists/" + id, "title", ""), "Title can't be blank");
        assertNotFound(owner.get("/api/v1/lists/123456789"));
        assertNotFound(owner.get("/api/v1/lists/not-a-number"));
        assertNotFound(owner.get("/api/v1/lists/99999999999999999999999"));
        assertNotFound(owner.putForm("/api/v1/lists/123456789", "title", "B"));
        assertNotFound(owner.delete("/api/v1/lists/123456789"));
        assertNotFound(owner.get("/api/v1/timelines/list/123456789"));
    }

    @Test
    void oversized_bodies_are_refused_with_413() {
        for (String path : List.of("/api/v1/lists", "/api/v1/lists/1/accounts")) {
            String response = RawHttp.postDeclaringLength(instance.port(), path,
                    "application/x-www-form-urlencoded", 5L * 1024 * 1024);
            assertEquals(413, RawHttp.status(response), response);
            assertTrue(response.contains("\"error\""), response);
        }
    }

    @Test
    void someone_elses_list_looks_like_no_list() {
        ApiClient owner = ApiClient.fellow(instance, "privatelister", "read write");
        ApiClient other = ApiClient.fellow(instance, "snooper", "read write");
        String id = createList(owner, "Mine");
        assertNotFound(other.get("/api/v1/lists/" + id));
        assertNotFound(other.putForm("/api/v1/lists/" + id, "title", "Yours now"));
        assertNotFound(other.delete("/api/v1/lists/" + id));
        assertNotFound(other.get("/api/v1/lists/" + id + "/accounts"));
        assertNotFound(other.postForm("/api/v1/lists/" + id + "/accounts", "account_ids[]", "1"));
        assertNotFound(other.get("/api/v1/timelines/list/" + id));
        assertEquals("[]", other.get("/api/v1/lists").body());
        assertEquals("Mine", ApiClient.json(owner.get("/api/v1/lists/" + id)).get("title").asText());
    }

    @Test
    void members_must_be_accounts_the_owner_follows() {
        ApiClient owner = ApiClient.fellow(instance, "curator", "read write follow");
        Account curator = account("curator");
        Account followed = fellow("followedone");
        Account stranger = fellow("strangerone");
        follow(curator, followed);
        String id = createList(owner, "Peers");
        String path = "/api/v1/lists/" + id + "/accounts";

        HttpResponse<String> added = owner.postForm(path, "account_ids[]", Long.toString(followed.id()));
        assertEquals(200, added.statusCode(), added.body());
        assertEquals("{}", added.body());
        JsonNode members = ApiClient.json(owner.get(path));
        assertEquals(1, members.size());
        JsonShape.of(members.get(0)).digits("id").string("username", "acct", "url", "avatar", "note")
                .integer("followers_count", "statuses_count").datetime("created_at");
        assertEquals("followedone", members.get(0).get("username").asText());

        assertNotFound(owner.postForm(path, "account_ids[]", Long.toString(stranger.id())));
        assertNotFound(owner.postForm(path, "account_ids[]", "987654321987"));
        assertRefused(owner.postForm(path, "account_ids[]", Long.toString(followed.id())), "already been taken");
        assertRefused(owner.postForm(path, "account_ids[]", "alice"), "account_ids[]");
        assertRefused(owner.postForm(path), "at least one account");
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 251; i++) {
            many.add("account_ids[]");
            many.add(Long.toString(1_000_000 + i));
        }
        assertRefused(owner.postForm(path, many.toArray(String[]::new)), "at most 250");
        assertEquals(1, ApiClient.json(owner.get(path)).size(), "a refused change changes nothing");

        HttpResponse<String> removed = owner.delete(path + "?account_ids[]=" + stranger.id());
        assertEquals(200, removed.statusCode(), removed.body());
        assertEquals("{}", removed.body());
        assertEquals(1, ApiClient.json(owner.get(path)).size(), "taking off an account not on the list is fine");
        // Mastodon.py sends DELETE parameters as a form body.
        HttpResponse<String> removedByForm = instance.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(instance.url(path)))
                .header("Authorization", "Bearer " + owner.token())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .method("DELETE", java.net.http.HttpRequest.BodyPublishers.ofString(
                        ApiClient.form("account_ids[]", Long.toString(followed.id())))).build());
        assertEquals(200, removedByForm.statusCode(), removedByForm.body());
        assertEquals("[]", owner.get(path).body());
    }

    @Test
    void members_come_in_pages_with_a_link_header_and_limit_0_gives_them_all() {
        ApiClient owner = ApiClient.fellow(instance, "pager", "read write follow");
        Account pager = account("pager");
        String id = createList(owner, "Many");
        String path = "/api/v1/lists/" + id + "/accounts";
        for (String name : List.of("member_a", "member_b", "member_c")) {
            Account member = fellow(name);
            follow(pager, member);
            assertEquals(200, owner.postJson(path, Map.of("account_ids", List.of(Long.toString(member.id()))))
                    .statusCode());
        }
        HttpResponse<String> first = owner.get(path + "?limit=2");
        JsonNode firstPage = ApiClient.json(first);
        assertEquals(List.of("member_c", "member_b"), usernames(firstPage), "most recently added first");
        String link = first.headers().firstValue("Link").orElseThrow();
        assertTrue(link.matches("^<[^>]+max_id=\\d+>; rel=\"next\", <[^>]+min_id=\\d+>; rel=\"prev\"$"), link);
        String next = link.substring(1, link.indexOf('>'));
        assertTrue(next.startsWith(instance.base() + path + "?") && next.contains("limit=2"), next);
        HttpResponse<String> second = owner.get(next);
        assertEquals(List.of("member_a"), usernames(ApiClient.json(second)));
        assertFalse(second.headers().firstValue("Link").orElse("").contains("next"));

        HttpResponse<String> all = owner.get(path + "?limit=0");
        assertEquals(List.of("member_c", "member_b", "member_a"), usernames(ApiClient.json(all)));
        assertTrue(all.headers().firstValue("Link").isEmpty());
        assertEquals(422, owner.get(path + "?limit=many").statusCode());
    }

    @Test
    void an_account_shows_which_of_the_fellows_lists_it_is_on() {
        ApiClient owner = ApiClient.fellow(instance, "organiser", "read write follow");
        Account organiser = account("organiser");
        Account member = fellow("listed");
        follow(organiser, member);
        String first = createList(owner, "First");
        createList(owner, "Second");
        String third = createList(owner, "Third");
        for (String id : List.of(first, third)) {
            owner.postForm("/api/v1/lists/" + id + "/accounts", "account_ids[]", Long.toString(member.id()));
        }
        JsonNode lists = ApiClient.json(owner.get("/api/v1/accounts/" + member.id() + "/lists"));
        assertEquals(2, lists.size());
        assertEquals("First", lists.get(0).get("title").asText());
        assertEquals("Third", lists.get(1).get("title").asText());
        assertEquals("[]", owner.get("/api/v1/accounts/" + organiser.id() + "/lists").body());
        assertNotFound(owner.get("/api/v1/accounts/987654321987/lists"));
        assertNotFound(owner.get("/api/v1/accounts/nobody/lists"));
    }

    @Test
    void the_list_timeline_shows_what_members_post_and_boost_that_the_owner_may_see() {
        ApiClient owner = ApiClient.fellow(instance, "timeliner", "read write follow");
        Account timeliner = account("timeliner");
        Account alice = fellow("tl_alice");
        Account carol = fellow("tl_carol");
        Account dave = fellow("tl_dave");
        follow(timeliner, alice);
        follow(timeliner, carol);
        String id = createList(owner, "Alice only");
        owner.postForm("/api/v1/lists/" + id + "/accounts", "account_ids[]", Long.toString(alice.id()));

        var posts = instance.posts();
        Status open = posts.post(alice, NewPost.publicText("Alice in public"));
        Status followers = posts.post(alice, new NewPost("Alice to followers", Status.Visibility.PRIVATE, null, null, null));
        posts.post(alice, new NewPost("Alice to @tl_dave only", Status.Visibility.DIRECT, null, null, null));
        Status toOwner = posts.post(alice, new NewPost("Alice to @timeliner only", Status.Visibility.DIRECT, null, null, null));
        posts.post(carol, NewPost.publicText("Carol is not on the list"));
        Status davePost = posts.post(dave, NewPost.publicText("Dave says something worth boosting"));
        Status boost = instance.interactions().boost(alice, davePost);

        HttpResponse<String> response = owner.get("/api/v1/timelines/list/" + id);
        assertEquals(200, response.statusCode(), response.body());
        JsonNode timeline = ApiClient.json(response);
        JsonShape.of(timeline).each("", status -> status.digits("id").string("content", "visibility")
                .object("account").array("media_attachments", "mentions", "tags").datetime("created_at")
                .absent("scheduled_at"));
        assertEquals(List.of(Long.toString(boost.id()), Long.toString(toOwner.id()), Long.toString(followers.id()),
                Long.toString(open.id())), ids(timeline));
        assertEquals(Long.toString(davePost.id()), timeline.get(0).get("reblog").get("id").asText());

        HttpResponse<String> page = owner.get("/api/v1/timelines/list/" + id + "?limit=2");
        assertEquals(2, ApiClient.json(page).size());
        String link = page.headers().firstValue("Link").orElseThrow();
        assertTrue(link.startsWith("<" + instance.base() + "/api/v1/timelines/list/" + id + "?limit=2&max_id="), link);
        String next = link.substring(1, link.indexOf('>'));
        assertEquals(List.of(Long.toString(followers.id()), Long.toString(open.id())),
                ids(ApiClient.json(owner.get(next))));

        instance.blocks().block(timeliner, dave);
        assertFalse(ids(ApiClient.json(owner.get("/api/v1/timelines/list/" + id))).contains(Long.toString(boost.id())),
                "boosts of blocked accounts stay out");
    }

    @Test
    void the_replies_policy_decides_which_replies_by_members_show() {
        ApiClient owner = ApiClient.fellow(instance, "replywatcher", "read write follow");
        Account watcher = account("replywatcher");
        Account alice = fellow("rp_alice");
        Account bob = fellow("rp_bob");
        Account carol = fellow("rp_carol");
        Account stranger = fellow("rp_stranger");
        for (Account followed : List.of(alice, bob, carol)) {
            follow(watcher, followed);
        }
        var posts = instance.posts();
        Status byAlice = posts.post(alice, NewPost.publicText("Root by Alice"));
        Status byBob = posts.post(bob, NewPost.publicText("Root by Bob"));
        Status byCarol = posts.post(carol, NewPost.publicText("Root by Carol"));
        Status byStranger = posts.post(stranger, NewPost.publicText("Root by a stranger"));
        Status byOwner = posts.post(watcher, NewPost.publicText("Root by the owner"));
        Status self = posts.post(alice, reply("Alice continues her thread", byAlice));
        Status toBob = posts.post(alice, reply("Alice answers Bob", byBob));
        Status toCarol = posts.post(alice, reply("Alice answers Carol", byCarol));
        Status toStranger = posts.post(alice, reply("Alice answers a stranger", byStranger));
        Status toOwner = posts.post(alice, reply("Alice answers the owner", byOwner));

        Map<String, List<Status>> expected = Map.of(
                "none", List.of(toOwner, self, byAlice),
                "list", List.of(toOwner, toCarol, self, byAlice),
                "followed", List.of(toOwner, toCarol, toBob, self, byAlice));
        for (Map.Entry<String, List<Status>> policy : expected.entrySet()) {
            HttpResponse<String> created = owner.postForm("/api/v1/lists", "title", policy.getKey(),
                    "replies_policy", policy.getKey());
            String id = ApiClient.json(created).get("id").asText();
            owner.postForm("/api/v1/lists/" + id + "/accounts", "account_ids[]", Long.toString(alice.id()),
                    "account_ids[]", Long.toString(carol.id()));
            List<String> shown = ids(ApiClient.json(owner.get("/api/v1/timelines/list/" + id)));
            shown.remove(Long.toString(byCarol.id()));
            assertEquals(policy.getValue().stream().map(s -> Long.toString(s.id())).toList(), shown, policy.getKey());
            assertFalse(shown.contains(Long.toString(toStranger.id())));
        }
    }

    @Test
    void an_account_no_longer_followed_leaves_the_list() {
        ApiClient owner = ApiClient.fellow(instance, "unfollower", "read write follow");
        Account unfollower = account("unfollower");
        Account former = fellow("formerfriend");
        follow(unfollower, former);
        String id = createList(owner, "Friends");
        owner.postForm("/api/v1/lists/" + id + "/accounts", "account_ids[]", Long.toString(former.id()));
        instance.posts().post(former, NewPost.publicText("Still posting"));
        assertEquals(1, ApiClient.json(owner.get("/api/v1/timelines/list/" + id)).size());
        instance.follows().unfollow(unfollower, former);
        assertEquals("[]", owner.get("/api/v1/lists/" + id + "/accounts").body());
        assertEquals("[]", owner.get("/api/v1/timelines/list/" + id).body());
        assertTrue(owner.get("/api/v1/timelines/list/" + id).headers().firstValue("Link").isEmpty());
    }

    @Test
    void scopes_are_read_lists_and_write_lists() {
        ApiClient owner = ApiClient.fellow(instance, "scoped", "read write");
        String id = createList(owner, "Scoped");
        ApiClient reader = new ApiClient(instance, instance.tokens().issue(account("scoped"), "read:lists").secret());
        assertEquals(200, reader.get("/api/v1/lists").statusCode());
        assertEquals(200, reader.get("/api/v1/lists/" + id).statusCode());
        assertEquals(200, reader.get("/api/v1/lists/" + id + "/accounts").statusCode());
        assertEquals(200, reader.get("/api/v1/timelines/list/" + id).statusCode());
        for (HttpResponse<String> refused : List.of(reader.postForm("/api/v1/lists", "title", "No"),
                reader.putForm("/api/v1/lists/" + id, "title", "No"), reader.delete("/api/v1/lists/" + id),
                reader.postForm("/api/v1/lists/" + id + "/accounts", "account_ids[]", "1"))) {
            assertEquals(403, refused.statusCode());
            assertEquals("This action is outside the authorized scopes", ApiClient.json(refused).get("error").asText());
        }
        ApiClient writer = new ApiClient(instance, instance.tokens().issue(account("scoped"), "write:lists").secret());
        assertEquals(200, writer.postForm("/api/v1/lists", "title", "Yes").statusCode());
        assertEquals(403, writer.get("/api/v1/lists").statusCode());
        ApiClient statusesOnly = new ApiClient(instance,
                instance.tokens().issue(account("scoped"), "read:statuses").secret());
        assertEquals(403, statusesOnly.get("/api/v1/timelines/list/" + id).statusCode());
        assertEquals(401, ApiClient.anonymous(instance).get("/api/v1/lists").statusCode());
    }

    private static NewPost reply(String text, Status parent) {
        return new NewPost(text, Status.Visibility.PUBLIC, parent.uri(), null, null);
    }

    private static List<String> usernames(JsonNode accounts) {
        List<String> names = new ArrayList<>();
        accounts.forEach(a -> names.add(a.get("username").asText()));
        return names;
    }

    private static List<String> ids(JsonNode statuses) {
        List<String> ids = new ArrayList<>();
        statuses.forEach(s -> ids.add(s.get("id").asText()));
        return ids;
    }
}
