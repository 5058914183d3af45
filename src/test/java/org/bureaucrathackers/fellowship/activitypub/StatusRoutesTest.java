package org.bureaucrathackers.fellowship.activitypub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.json.Json;
import org.bureaucrathackers.fellowship.jsonld.JsonLdProcessor;
import org.bureaucrathackers.fellowship.post.NewPost;
import org.bureaucrathackers.fellowship.post.PostService;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.post.Statuses;
import org.bureaucrathackers.fellowship.store.JooqAccountStore;
import org.bureaucrathackers.fellowship.testing.Accounts;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.bureaucrathackers.fellowship.vocab.NoteReader;
import org.bureaucrathackers.fellowship.vocab.RemoteNote;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Statuses over real HTTP: Notes, activities, replies, permalinks, 410 after deletion, 404 for private ones. */
class StatusRoutesTest {

    static final String AS_JSON = "application/activity+json";
    static final String AS = "https://www.w3.org/ns/activitystreams#";

    static TestInstance instance;
    static PostService posts;
    static Account alice;
    static Account carol;
    static Account bob;
    static Status open;
    static Status warned;
    static Status followersOnly;
    static Status direct;
    static Status deleted;
    static final List<Status> replies = new ArrayList<>();

    @BeforeAll
    static void start() {
        instance = TestInstance.start();
        posts = instance.posts();
        alice = instance.createFellow("alice");
        carol = instance.createFellow("carol");
        bob = Accounts.remote(9_000_000L, "bob", "mastodon.example");
        new JooqAccountStore(instance.database()).insertRemote(bob);
        open = posts.post(alice, new NewPost("Hello #OpenGov <script>alert(1)</script>", Status.Visibility.PUBLIC, null,
                null, "en"));
        warned = posts.post(alice, new NewPost("behind a warning", Status.Visibility.UNLISTED, null, "Budget talk", null));
        followersOnly = posts.post(alice, new NewPost("for my followers", Status.Visibility.PRIVATE, null, null, null));
        direct = posts.post(alice, new NewPost("just for carol @carol", Status.Visibility.DIRECT, null, null, null));
        deleted = posts.post(alice, NewPost.publicText("soon gone"));
        posts.delete(alice, deleted.id());
        for (int i = 0; i < Statuses.EMBEDDED_REPLIES + 2; i++) {
            replies.add(0, posts.post(carol, new NewPost("reply " + i, Status.Visibility.PUBLIC, open.uri(), null, null)));
        }
        posts.post(carol, new NewPost("hidden reply", Status.Visibility.PRIVATE, open.uri(), null, null));
    }

    @AfterAll
    static void stop() {
        instance.close();
    }

    static JsonNode json(HttpResponse<String> response) throws Exception {
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("application/activity+json; charset=utf-8", response.headers().firstValue("Content-Type").orElse(""));
        assertTrue(response.headers().firstValue("Vary").orElse("").contains("Accept"));
        return Json.MAPPER.readTree(response.body());
    }

    static String path(Status status) {
        return status.uri().substring(instance.base().length());
    }

    @Test
    void a_public_note_is_served_at_its_id_and_expands_to_activitystreams() throws Exception {
        HttpResponse<String> response = instance.get(open.uri(), "Accept", AS_JSON);
        JsonNode note = json(response);
        assertEquals(open.uri(), note.get("id").asText());
        assertEquals("Note", note.get("type").asText());
        assertEquals(alice.uri(), note.get("attributedTo").asText());
        assertEquals("<p>Hello <a href=\"" + instance.base() + "/tags/opengov\" class=\"mention hashtag\" rel=\"tag\">"
                + "#<span>OpenGov</span></a> &lt;script&gt;alert(1)&lt;/script&gt;</p>", note.get("content").asText());
        assertEquals(note.get("content"), note.get("contentMap").get("en"));
        assertEquals(open.uri() + "/replies", note.get("replies").get("id").asText());
        assertFalse(response.headers().firstValue("Cache-Control").orElse("").contains("private"));
        JsonNode expanded = JsonLdProcessor.standard().expand(response.body()).get(0);
        assertEquals(AS + "Note", expanded.path("@type").get(0).asText());
        assertEquals(alice.uri(), expanded.path(AS + "attributedTo").get(0).path("@id").asText());
        RemoteNote read = new NoteReader().read(response.body());
        assertEquals(open.uri(), read.id());
        assertEquals(List.of("opengov"), read.hashtags());
    }

    @Test
    void the_ld_json_content_type_is_answered_in_kind() {
        HttpResponse<String> response = instance.get(open.uri(), "Accept",
                "application/ld+json; profile=\"https://www.w3.org/ns/activitystreams\"");
        assertEquals(200, response.statusCode());
        assertEquals("application/ld+json; profile=\"https://www.w3.org/ns/activitystreams\"",
                response.headers().firstValue("Content-Type").orElse(""));
    }

    @Test
    void browsers_are_sent_to_the_permalink_and_the_permalink_sends_activitypub_clients_back() {
        HttpResponse<String> toPage = instance.get(open.uri(), "Accept", "text/html");
        assertEquals(303, toPage.statusCode());
        assertEquals(open.url(), toPage.headers().firstValue("Location").orElse(""));
        HttpResponse<String> page = instance.get(open.url(), "Accept", "text/html");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(page.body().contains("#<span>OpenGov</span></a> &lt;script&gt;alert(1)&lt;/script&gt;"), page.body());
        assertFalse(page.body().contains("<script>alert(1)"));
        assertTrue(page.body().contains("<link rel=\"alternate\" type=\"application/activity+json\" href=\"" + open.uri()));
        HttpResponse<String> toObject = instance.get(open.url(), "Accept", AS_JSON);
        assertEquals(303, toObject.statusCode());
        assertEquals(open.uri(), toObject.headers().firstValue("Location").orElse(""));
    }

    @Test
    void a_content_warning_hides_the_text_on_the_page_until_opened() {
        HttpResponse<String> page = instance.get(warned.url(), "Accept", "text/html");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<details><summary>Budget talk</summary>"), page.body());
    }

    @Test
    void the_create_is_served_at_the_activity_url() throws Exception {
        JsonNode create = json(instance.get(open.uri() + "/activity", "Accept", AS_JSON));
        assertEquals("Create", create.get("type").asText());
        assertEquals(open.uri() + "/activity", create.get("id").asText());
        assertEquals(open.uri(), create.get("object").get("id").asText());
        assertTrue(create.get("@context").isArray());
    }

    @Test
    void the_replies_collection_lists_public_local_replies_page_by_page() throws Exception {
        JsonNode collection = json(instance.get(open.uri() + "/replies", "Accept", AS_JSON));
        assertEquals("Collection", collection.get("type").asText());
        JsonNode first = collection.get("first");
        List<String> seen = new ArrayList<>();
        first.get("items").forEach(item -> seen.add(item.asText()));
        assertEquals(Statuses.EMBEDDED_REPLIES, seen.size());
        JsonNode next = json(instance.get(first.get("next").asText(), "Accept", AS_JSON));
        assertEquals("CollectionPage", next.get("type").asText());
        next.get("items").forEach(item -> seen.add(item.asText()));
        assertFalse(next.has("next"));
        assertEquals(replies.stream().map(Status::uri).toList(), seen, "newest first, hidden reply left out");
        JsonNode note = json(instance.get(open.uri(), "Accept", AS_JSON));
        assertEquals(first, note.get("replies").get("first"), "the Note embeds the same first page");
        assertEquals(400, instance.get(open.uri() + "/replies?page=maybe", "Accept", AS_JSON).statusCode());
    }

    @Test
    void a_deleted_status_is_gone_everywhere() {
        for (String url : List.of(deleted.uri(), deleted.uri() + "/activity", deleted.uri() + "/replies", deleted.url())) {
            assertEquals(410, instance.get(url, "Accept", AS_JSON).statusCode(), url);
        }
        assertEquals(410, instance.get(deleted.url(), "Accept", "text/html").statusCode());
    }

    @Test
    void followers_only_and_direct_statuses_are_404_for_anonymous_requests_exactly_like_missing_ones() {
        String missing = instance.base() + "/users/alice/statuses/123";
        HttpResponse<String> nothing = instance.get(missing, "Accept", AS_JSON);
        assertEquals(404, nothing.statusCode());
        for (Status hidden : List.of(followersOnly, direct)) {
            for (String suffix : List.of("", "/activity", "/replies")) {
                HttpResponse<String> response = instance.get(hidden.uri() + suffix, "Accept", AS_JSON);
                assertEquals(404, response.statusCode(), hidden.visibility() + suffix);
                assertEquals(nothing.body(), response.body());
                assertEquals("private, no-store", response.headers().firstValue("Cache-Control").orElse(""));
            }
            assertEquals(404, instance.get(hidden.url(), "Accept", "text/html").statusCode());
            assertEquals(404, instance.get(hidden.url(), "Accept", AS_JSON).statusCode());
        }
    }

    @Test
    void odd_paths_are_404_not_errors() {
        for (String path : List.of("/users/alice/statuses/abc", "/users/alice/statuses/99999999999999999999",
                "/users/nobody/statuses/1", "/@alice/abc", "/@nobody/1", "/users/carol/statuses/" + open.id())) {
            assertEquals(404, instance.get(path, "Accept", AS_JSON).statusCode(), path);
        }
    }

    @Test
    void a_boost_is_served_as_its_announce_and_listed_in_the_outbox() throws Exception {
        Status boost = instance.interactions().boost(carol, open);
        JsonNode announce = json(instance.get(boost.uri(), "Accept", AS_JSON));
        assertEquals("Announce", announce.get("type").asText());
        assertEquals(open.uri(), announce.get("object").asText());
        assertEquals(carol.uri(), announce.get("actor").asText());
        JsonNode outbox = json(instance.get("/users/carol/outbox?page=true", "Accept", AS_JSON));
        JsonNode newest = outbox.get("orderedItems").get(0);
        assertEquals("Announce", newest.get("type").asText());
        assertEquals(boost.uri(), newest.get("id").asText());
        assertEquals("Create", outbox.get("orderedItems").get(1).get("type").asText());
        instance.interactions().unboost(carol, open);
        assertEquals(404, instance.get(boost.uri(), "Accept", AS_JSON).statusCode());
    }

    @Test
    void the_profile_lists_public_and_unlisted_posts_and_the_home_page_public_ones() {
        String profile = instance.get("/@alice", "Accept", "text/html").body();
        assertTrue(profile.contains("Hello"), profile);
        assertTrue(profile.contains("Budget talk"));
        assertFalse(profile.contains("for my followers"));
        assertFalse(profile.contains("just for carol"));
        assertFalse(profile.contains("soon gone"));
        assertFalse(profile.contains("<script>alert(1)"));
        String home = instance.get("/", "Accept", "text/html").body();
        assertTrue(home.contains("Hello"), home);
        assertFalse(home.contains("Budget talk"), "unlisted posts stay off the home page");
        assertFalse(home.contains("reply 0"), "replies stay off the home page");
        assertFalse(home.contains("for my followers"));
    }
}
