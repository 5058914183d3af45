package org.bureaucrathackers.fellowship.activitypub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.json.Json;
import org.bureaucrathackers.fellowship.post.NewPost;
import org.bureaucrathackers.fellowship.post.PostService;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.store.JooqAccountStore;
import org.bureaucrathackers.fellowship.testing.Accounts;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.bureaucrathackers.fellowship.vocab.NoteReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code /tags/NAME}, where every hashtag link in our Notes leads: an HTML page of the newest public posts
 * with the hashtag (ours and those we know from other servers) for browsers, and an ActivityPub
 * {@code OrderedCollection} of our own public posts for servers.
 */
class TagRoutesTest {

    static TestInstance instance;
    static Account alice;
    static Status publicPost;
    static Status remotePost;

    @BeforeAll
    static void start() throws Exception {
        instance = TestInstance.start();
        alice = instance.createFellow("alice");
        PostService posts = instance.posts();
        publicPost = posts.post(alice, new NewPost("Plain letters work #OpenGov <script>alert(1)</script>",
                Status.Visibility.PUBLIC, null, null, "en"));
        posts.post(alice, new NewPost("unlisted words #opengov", Status.Visibility.UNLISTED, null, null, null));
        posts.post(alice, new NewPost("followers secret #opengov", Status.Visibility.PRIVATE, null, null, null));
        posts.post(alice, new NewPost("direct secret @alice #opengov", Status.Visibility.DIRECT, null, null, null));
        posts.post(alice, new NewPost("another topic #budget", Status.Visibility.PUBLIC, null, null, null));

        Account carol = Accounts.remote(9_000_001L, "carol", "remote.example");
        new JooqAccountStore(instance.database()).insertRemote(carol);
        String note = "{\"id\":\"https://remote.example/users/carol/statuses/1\",\"type\":\"Note\","
                + "\"attributedTo\":\"" + carol.uri() + "\",\"content\":\"<p>From afar #opengov"
                + "<script>steal()</script><img src=x onerror=alert(2)></p>\","
                + "\"to\":[\"https://www.w3.org/ns/activitystreams#Public\"],\"published\":\"2026-03-01T08:00:00Z\","
                + "\"tag\":[{\"type\":\"Hashtag\",\"name\":\"#opengov\",\"href\":\"https://remote.example/tags/opengov\"}]}";
        remotePost = instance.remoteNotes().create(carol, new NoteReader().read(Json.MAPPER.readTree(note)));
    }

    @AfterAll
    static void stop() {
        instance.close();
    }

    @Test
    void the_hashtag_page_lists_public_posts_from_here_and_elsewhere() {
        HttpResponse<String> page = instance.get("/tags/opengov", "Accept", "text/html");

        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        String body = page.body();
        assertTrue(body.contains("<h1>#opengov</h1>"), body);
        assertTrue(body.contains("Plain letters work"), body);
        assertTrue(body.contains(publicPost.url()), body);
        assertTrue(body.contains("From afar"), body);
        assertTrue(body.contains("@carol@remote.example"), body);
    }

    @Test
    void the_hashtag_page_never_shows_unlisted_followers_only_or_direct_posts() {
        String body = instance.get("/tags/opengov", "Accept", "text/html").body();

        assertFalse(body.contains("unlisted words"), body);
        assertFalse(body.contains("followers secret"), body);
        assertFalse(body.contains("direct secret"), body);
        assertFalse(body.contains("another topic"), body);
    }

    @Test
    void the_hashtag_page_shows_no_script_from_any_post() {
        String body = instance.get("/tags/opengov", "Accept", "text/html").body();

        assertFalse(body.contains("<script"), body);
        assertFalse(body.contains("onerror"), body);
        assertFalse(body.contains("steal()"), body);
    }

    @Test
    void a_hashtag_is_found_whatever_its_case_or_accents() {
        HttpResponse<String> page = instance.get("/tags/OpenGov", "Accept", "text/html");

        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Plain letters work"), page.body());
    }

    @Test
    void the_hashtag_page_is_paged_with_a_link_to_older_posts() {
        PostService posts = instance.posts();
        List<Status> made = new ArrayList<>();
        for (int i = 0; i < TagRoutes.PAGE_SIZE + 3; i++) {
            made.add(posts.post(alice, new NewPost("Paged post number " + i + " #paging", Status.Visibility.PUBLIC,
                    null, null, null)));
        }

        String first = instance.get("/tags/paging", "Accept", "text/html").body();
        assertEquals(TagRoutes.PAGE_SIZE, count(first, "Paged post number "));
        assertTrue(first.contains("Paged post number " + (TagRoutes.PAGE_SIZE + 2) + " "), first);
        Matcher older = Pattern.compile("href=\"(/tags/paging\\?max_id=[0-9]+)\"").matcher(first);
        assertTrue(older.find(), first);

        String second = instance.get(older.group(1), "Accept", "text/html").body();
        assertEquals(3, count(second, "Paged post number "));
        assertTrue(second.contains("Paged post number 0 "), second);
        assertFalse(Pattern.compile("href=\"[^\"]*max_id=").matcher(second).find(), "no older page after the last");
    }

    @Test
    void a_name_that_is_no_hashtag_is_a_clear_404_page() {
        for (String name : List.of("2026", "%20", "x".repeat(500))) {
            HttpResponse<String> page = instance.get("/tags/" + name, "Accept", "text/html");
            assertEquals(404, page.statusCode(), name);
            assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), name);
            assertTrue(page.body().contains("is not a hashtag"), page.body());
        }
    }

    @Test
    void a_bad_page_cursor_is_a_400_page_not_a_crash() {
        HttpResponse<String> page = instance.get("/tags/opengov?max_id=abc", "Accept", "text/html");

        assertEquals(400, page.statusCode());
        assertTrue(page.body().contains("max_id"), page.body());
    }

    @Test
    void activitypub_clients_get_an_ordered_collection_of_our_public_posts() throws Exception {
        HttpResponse<String> response = instance.get("/tags/OpenGov", "Accept", "application/activity+json");

        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/activity+json"));
        assertTrue(response.headers().allValues("Vary").toString().contains("Accept"));
        JsonNode collection = Json.MAPPER.readTree(response.body());
        assertEquals("https://www.w3.org/ns/activitystreams", collection.path("@context").path(0).asText());
        assertEquals("https://w3id.org/security/data-integrity/v1", collection.path("@context").path(1).asText(),
                "the context defines the proof the instance actor signs it with");
        assertTrue(collection.has("proof"));
        assertEquals("OrderedCollection", collection.path("type").asText());
        assertEquals(instance.base() + "/tags/opengov", collection.path("id").asText());
        List<String> items = new ArrayList<>();
        collection.path("orderedItems").forEach(item -> items.add(item.asText()));
        assertEquals(List.of(publicPost.uri()), items, "our public posts only, by id");
        assertFalse(items.contains(remotePost.uri()));
    }

    @Test
    void activitypub_clients_asking_for_no_hashtag_get_a_json_404() {
        HttpResponse<String> response = instance.get("/tags/2026", "Accept", "application/activity+json");

        assertEquals(404, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    }

    @Test
    void the_hashtag_links_in_our_notes_lead_to_the_hashtag_page() throws Exception {
        JsonNode note = Json.MAPPER.readTree(instance.get(publicPost.uri(), "Accept", "application/activity+json")
                .body());
        String href = null;
        for (JsonNode tag : note.path("tag")) {
            if ("Hashtag".equals(tag.path("type").asText())) {
                href = tag.path("href").asText();
            }
        }
        assertEquals(instance.base() + "/tags/opengov", href);
        assertTrue(note.path("content").asText().contains("href=\"" + href + "\""), note.path("content").asText());
        assertEquals(200, instance.get(href, "Accept", "text/html").statusCode());
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }
}
