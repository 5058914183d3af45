package org.bureaucrathackers.fellowship.activitypub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.ActorDocuments;
import org.bureaucrathackers.fellowship.follow.Follow;
import org.bureaucrathackers.fellowship.ids.Ids;
import org.bureaucrathackers.fellowship.post.FeaturedTag;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.store.JooqAccountStore;
import org.bureaucrathackers.fellowship.store.JooqFeaturedTagStore;
import org.bureaucrathackers.fellowship.store.JooqFollowStore;
import org.bureaucrathackers.fellowship.store.JooqPinStore;
import org.bureaucrathackers.fellowship.store.JooqStatusStore;
import org.bureaucrathackers.fellowship.testing.Accounts;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.bureaucrathackers.fellowship.uri.LocalUris;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CollectionRoutesTest {

    static final String AS_JSON = ActorRoutesTest.AS_JSON;
    static final String PUBLIC = LocalUris.PUBLIC_COLLECTION;

    static TestInstance instance;
    static Account alice;
    static String actor;
    /** Alice's public and unlisted statuses, newest first: what her outbox must list. */
    static final List<Status> openStatuses = new ArrayList<>();
    /** Actor ids of her accepted followers and of the accounts she follows, newest follow first. */
    static final List<String> followers = new ArrayList<>();
    static final List<String> following = new ArrayList<>();
    static Status pinnedPublic;
    static Status pinnedUnlisted;

    @BeforeAll
    static void start() {
        instance = TestInstance.start();
        alice = instance.createFellow("alice");
        instance.createFellow("bob");
        actor = alice.uri();
        LocalUris uris = instance.uris();
        Ids ids = new Ids(Clock.systemUTC());
        JooqStatusStore statuses = new JooqStatusStore(instance.database());
        JooqPinStore pins = new JooqPinStore(instance.database());
        JooqFollowStore follows = new JooqFollowStore(instance.database());
        JooqAccountStore accounts = new JooqAccountStore(instance.database());
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        int open = 0;
        for (int i = 0; open < 45; i++) {
            // Every fourth post is followers-only and every seventh direct: they must never show.
            Status.Visibility visibility = i % 4 == 3 ? Status.Visibility.PRIVATE
                    : i % 7 == 6 ? Status.Visibility.DIRECT
                    : i % 2 == 0 ? Status.Visibility.PUBLIC : Status.Visibility.UNLISTED;
            long id = ids.next();
            Status status = new Status(id, alice.id(), uris.status("alice", id), uris.statusPage("alice", id),
                    visibility, "<p>post " + i + " (" + visibility + ")</p>", i % 3 == 0 ? "en" : null,
                    i == 5 ? "https://remote.example/notes/1" : null, start.plus(i, ChronoUnit.MINUTES));
            statuses.insert(status);
            if (visibility.isOpen()) {
                openStatuses.add(0, status);
                open++;
            }
        }
        for (int i = 0; i < 36; i++) {
            Account remote = Accounts.remote(ids.next(), "follower" + i, "remote" + (i % 3) + ".example");
            accounts.insertRemote(remote);
            // Every sixth follow is still pending: it neither counts nor appears.
            Follow.State state = i % 6 == 5 ? Follow.State.PENDING : Follow.State.ACCEPTED;
            follows.insert(new Follow(ids.next(), remote.id(), alice.id(), state, remote.uri() + "#follows/" + i,
                    Instant.now()));
            if (state == Follow.State.ACCEPTED) {
                followers.add(0, remote.uri());
            }
        }
        for (int i = 0; i < 15; i++) {
            Account remote = Accounts.remote(ids.next(), "followed" + i, "remote.example");
            accounts.insertRemote(remote);
            Follow.State state = i >= 13 ? Follow.State.PENDING : Follow.State.ACCEPTED;
            follows.insert(new Follow(ids.next(), alice.id(), remote.id(), state, actor + "#follows/" + i,
                    Instant.now()));
            if (state == Follow.State.ACCEPTED) {
                following.add(0, remote.uri());
            }
        }
        pinnedPublic = openStatuses.stream().filter(s -> s.visibility() == Status.Visibility.PUBLIC)
                .skip(3).findFirst().orElseThrow();
        pinnedUnlisted = openStatuses.stream().filter(s -> s.visibility() == Status.Visibility.UNLISTED)
                .skip(5).findFirst().orElseThrow();
        long privateOne = ids.next();
        statuses.insert(new Status(privateOne, alice.id(), uris.status("alice", privateOne), null,
                Status.Visibility.PRIVATE, "<p>for followers</p>", null, null, Instant.now()));
        pins.pin(ids.next(), alice.id(), pinnedUnlisted.id(), Instant.now());
        pins.pin(ids.next(), alice.id(), privateOne, Instant.now());
        pins.pin(ids.next(), alice.id(), pinnedPublic.id(), Instant.now());
        JooqFeaturedTagStore tags = new JooqFeaturedTagStore(instance.database());
        tags.insert(new FeaturedTag(ids.next(), alice.id(), "govtech", Instant.now()));
        tags.insert(new FeaturedTag(ids.next(), alice.id(), "OpenData", Instant.now()));
    }

    @AfterAll
    static void stop() {
        instance.close();
    }

    static JsonNode fetch(String pathOrUrl) {
        HttpResponse<String> response = instance.get(pathOrUrl, "Accept", AS_JSON);
        assertEquals(200, response.statusCode(), pathOrUrl + ": " + response.body());
        assertEquals("application/activity+json; charset=utf-8", ActorRoutesTest.contentType(response));
        assertEquals("Accept", response.headers().firstValue("Vary").orElse(""));
        return ActorRoutesTest.parse(response.body());
    }

    /** Follows {@code next} from the first page to the end; returns every page in order. */
    static List<JsonNode> walkForward(String collection) {
        List<JsonNode> pages = new ArrayList<>();
        String url = fetch(collection).get("first").asText();
        for (int guard = 0; url != null; guard++) {
            assertTrue(guard < 20, "paging does not end");
            JsonNode page = fetch(url);
            assertEquals(url, page.get("id").asText());
            pages.add(page);
            url = page.has("next") ? page.get("next").asText() : null;
        }
        return pages;
    }

    /** Follows {@code prev} from {@code page} back to a page without one; returns the pages newest first. */
    static List<JsonNode> walkBack(JsonNode page) {
        List<JsonNode> pages = new ArrayList<>(List.of(page));
        for (int guard = 0; page.has("prev"); guard++) {
            assertTrue(guard < 20, "paging back does not end");
            page = fetch(page.get("prev").asText());
            pages.add(0, page);
        }
        return pages;
    }

    static List<String> itemIds(List<JsonNode> pages) {
        List<String> ids = new ArrayList<>();
        for (JsonNode page : pages) {
            for (JsonNode item : page.get("orderedItems")) {
                ids.add(item.isTextual() ? item.asText() : item.get("id").asText());
            }
        }
        return ids;
    }

    @Test
    void outbox_counts_only_public_and_unlisted_posts_and_links_first_and_last() {
        JsonNode outbox = fetch("/users/alice/outbox");
        assertEquals("https://www.w3.org/ns/activitystreams", outbox.get("@context").get(0).asText());
        assertEquals(actor + "/outbox", outbox.get("id").asText());
        assertEquals("OrderedCollection", outbox.get("type").asText());
        assertEquals(45, outbox.get("totalItems").asLong());
        assertEquals(actor + "/outbox?page=true", outbox.get("first").asText());
        assertEquals(actor + "/outbox?page=true&min_id=0", outbox.get("last").asText());
        assertFalse(outbox.has("orderedItems"));
    }

    @Test
    void outbox_pages_of_20_list_every_open_post_once_newest_first() {
        List<JsonNode> pages = walkForward("/users/alice/outbox");
        assertEquals(List.of(20, 20, 5), pages.stream().map(p -> p.get("orderedItems").size()).toList());
        List<String> expected = openStatuses.stream().map(s -> s.uri() + "/activity").toList();
        List<String> seen = itemIds(pages);
        assertEquals(expected, seen);
        assertEquals(seen.size(), new HashSet<>(seen).size());
        for (JsonNode page : pages) {
            assertEquals("OrderedCollectionPage", page.get("type").asText());
            assertEquals(actor + "/outbox", page.get("partOf").asText());
        }
        assertFalse(pages.get(0).has("prev"));
        assertTrue(pages.get(1).has("prev"));
        assertTrue(pages.get(2).has("prev"));
        assertFalse(pages.get(2).has("next"));
    }

    @Test
    void outbox_prev_links_lead_back_through_the_same_items() {
        List<JsonNode> forward = walkForward("/users/alice/outbox");
        List<JsonNode> back = walkBack(forward.get(forward.size() - 1));
        assertEquals(itemIds(forward), itemIds(back));
        assertFalse(back.get(0).has("prev"));
    }

    @Test
    void outbox_last_page_holds_the_oldest_posts_and_links_to_newer_ones() {
        JsonNode last = fetch(fetch("/users/alice/outbox").get("last").asText());
        List<String> expected = openStatuses.subList(25, 45).stream().map(s -> s.uri() + "/activity").toList();
        assertEquals(expected, itemIds(List.of(last)));
        assertFalse(last.has("next"));
        assertEquals(actor + "/outbox?page=true&min_id=" + openStatuses.get(25).id(), last.get("prev").asText());
    }

    @Test
    void outbox_items_are_create_activities_wrapping_notes_addressed_by_visibility() {
        JsonNode items = fetch("/users/alice/outbox?page=true").get("orderedItems");
        int publicSeen = 0;
        int unlistedSeen = 0;
        for (int i = 0; i < items.size(); i++) {
            Status status = openStatuses.get(i);
            JsonNode create = items.get(i);
            assertEquals("Create", create.get("type").asText());
            assertEquals(status.uri() + "/activity", create.get("id").asText());
            assertEquals(actor, create.get("actor").asText());
            assertEquals(ActorDocuments.timestamp(status.createdAt()), create.get("published").asText());
            JsonNode note = create.get("object");
            assertEquals(status.uri(), note.get("id").asText());
            assertEquals("Note", note.get("type").asText());
            assertEquals(actor, note.get("attributedTo").asText());
            assertEquals(status.contentHtml(), note.get("content").asText());
            assertEquals(status.url(), note.get("url").asText());
            assertEquals(create.get("published"), note.get("published"));
            assertTrue(note.get("inReplyTo").isNull());
            assertFalse(note.get("sensitive").asBoolean());
            assertTrue(note.get("summary").isNull());
            List<String> to = strings(create.get("to"));
            List<String> cc = strings(create.get("cc"));
            if (status.visibility() == Status.Visibility.PUBLIC) {
                assertEquals(List.of(PUBLIC), to);
                assertEquals(List.of(actor + "/followers"), cc);
                publicSeen++;
            } else {
                assertEquals(Status.Visibility.UNLISTED, status.visibility());
                assertEquals(List.of(actor + "/followers"), to);
                assertEquals(List.of(PUBLIC), cc);
                unlistedSeen++;
            }
            assertEquals(create.get("to"), note.get("to"));
            assertEquals(create.get("cc"), note.get("cc"));
        }
        assertTrue(publicSeen > 0 && unlistedSeen > 0);
    }

    @Test
    void a_reply_names_what_it_replies_to() {
        List<JsonNode> pages = walkForward("/users/alice/outbox");
        List<String> replies = new ArrayList<>();
        for (JsonNode page : pages) {
            for (JsonNode create : page.get("orderedItems")) {
                if (!create.get("object").get("inReplyTo").isNull()) {
                    replies.add(create.get("object").get("inReplyTo").asText());
                }
            }
        }
        assertEquals(List.of("https://remote.example/notes/1"), replies);
    }

    @Test
    void followers_only_and_direct_posts_never_reach_the_outbox() {
        for (JsonNode page : walkForward("/users/alice/outbox")) {
            String body = page.toString();
            assertFalse(body.contains("(PRIVATE)"), body);
            assertFalse(body.contains("(DIRECT)"), body);
        }
    }

    @Test
    void followers_pages_of_12_list_accepted_followers_once_newest_first() {
        JsonNode collection = fetch("/users/alice/followers");
        assertEquals("OrderedCollection", collection.get("type").asText());
        assertEquals(30, collection.get("totalItems").asLong());
        assertEquals(actor + "/followers?page=true", collection.get("first").asText());
        List<JsonNode> pages = walkForward("/users/alice/followers");
        assertEquals(List.of(12, 12, 6), pages.stream().map(p -> p.get("orderedItems").size()).toList());
        assertEquals(followers, itemIds(pages));
        assertFalse(pages.get(0).has("prev"));
        assertEquals(actor + "/followers", pages.get(1).get("partOf").asText());
        assertEquals(itemIds(pages), itemIds(walkBack(pages.get(2))));
    }

    @Test
    void pending_follows_neither_count_nor_appear() {
        List<String> listed = itemIds(walkForward("/users/alice/followers"));
        for (int i = 5; i < 36; i += 6) {
            String pending = "https://remote" + (i % 3) + ".example/users/follower" + i;
            assertFalse(listed.contains(pending), pending);
        }
        assertFalse(itemIds(walkForward("/users/alice/following")).contains("https://remote.example/users/followed13"));
    }

    @Test
    void following_lists_accepted_follows_of_the_fellow() {
        JsonNode collection = fetch("/users/alice/following");
        assertEquals(13, collection.get("totalItems").asLong());
        List<JsonNode> pages = walkForward("/users/alice/following");
        assertEquals(List.of(12, 1), pages.stream().map(p -> p.get("orderedItems").size()).toList());
        assertEquals(following, itemIds(pages));
    }

    @Test
    void empty_collections_have_no_items_and_no_links() {
        for (String path : List.of("/users/bob/outbox", "/users/bob/followers", "/users/bob/following",
                "/actor/outbox")) {
            JsonNode collection = fetch(path);
            assertEquals(0, collection.get("totalItems").asLong(), path);
            JsonNode first = fetch(collection.get("first").asText());
            assertEquals(0, first.get("orderedItems").size(), path);
            assertFalse(first.has("next"), path);
            assertFalse(first.has("prev"), path);
        }
        JsonNode featured = fetch("/users/bob/collections/featured");
        assertEquals(0, featured.get("totalItems").asLong());
        assertEquals(0, featured.get("orderedItems").size());
        JsonNode tags = fetch("/users/bob/collections/tags");
        assertEquals(0, tags.get("totalItems").asLong());
        assertEquals(0, tags.get("items").size());
    }

    @Test
    void featured_holds_the_pinned_open_notes_most_recently_pinned_first() {
        JsonNode featured = fetch("/users/alice/collections/featured");
        assertEquals(actor + "/collections/featured", featured.get("id").asText());
        assertEquals("OrderedCollection", featured.get("type").asText());
        assertEquals(2, featured.get("totalItems").asLong());
        JsonNode items = featured.get("orderedItems");
        assertEquals(List.of(pinnedPublic.uri(), pinnedUnlisted.uri()),
                List.of(items.get(0).get("id").asText(), items.get(1).get("id").asText()));
        for (JsonNode note : items) {
            assertEquals("Note", note.get("type").asText());
            assertEquals(actor, note.get("attributedTo").asText());
        }
        assertFalse(featured.toString().contains("for followers"));
    }

    @Test
    void featured_tags_are_hashtags_linking_to_tag_pages() {
        JsonNode tags = fetch("/users/alice/collections/tags");
        assertEquals(actor + "/collections/tags", tags.get("id").asText());
        assertEquals("Collection", tags.get("type").asText());
        assertEquals(2, tags.get("totalItems").asLong());
        JsonNode first = tags.get("items").get(0);
        assertEquals("Hashtag", first.get("type").asText());
        assertEquals(instance.base() + "/tags/govtech", first.get("href").asText());
        assertEquals("#govtech", first.get("name").asText());
        assertEquals("#OpenData", tags.get("items").get(1).get("name").asText());
    }

    @Test
    void collections_answer_ld_json_when_asked() {
        HttpResponse<String> response = instance.get("/users/alice/outbox?page=true", "Accept",
                ActorRoutesTest.LD_JSON);
        assertEquals(200, response.statusCode());
        assertEquals(ActorRoutesTest.LD_JSON, ActorRoutesTest.contentType(response));
    }

    @Test
    void bad_paging_parameters_are_400_with_a_message() {
        for (String query : List.of("page=true&max_id=abc", "page=true&max_id=-1", "page=true&min_id=1.5",
                "page=true&max_id=" + "9".repeat(40), "page=true&max_id=9999999999999999999",
                "page=true&max_id=1&min_id=2", "page=yes", "page=true&max_id=")) {
            for (String collection : List.of("outbox", "followers", "following")) {
                HttpResponse<String> response = instance.get("/users/alice/" + collection + "?" + query,
                        "Accept", AS_JSON);
                assertEquals(400, response.statusCode(), collection + "?" + query);
                JsonNode error = ActorRoutesTest.parse(response.body()).get("error");
                assertTrue(error.asText().contains("page") || error.asText().contains("_id"), error.asText());
            }
        }
    }

    @Test
    void a_malformed_query_string_is_never_a_server_error() throws java.io.IOException {
        // java.net.URI refuses to build this request, so it goes over a plain socket.
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", instance.port())) {
            socket.setSoTimeout(10_000);
            String request = "GET /users/alice/outbox?page=true&max_id=%ZZ HTTP/1.1\r\nHost: " + instance.domain()
                    + "\r\nAccept: " + AS_JSON + "\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String response = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            // Jetty drops the undecodable parameter, so this is the first page or a 400, never a 500.
            assertTrue(response.startsWith("HTTP/1.1 400") || response.startsWith("HTTP/1.1 200"), response);
        }
    }

    @Test
    void collections_of_unknown_fellows_are_404() {
        for (String path : List.of("outbox", "followers", "following", "collections/featured", "collections/tags")) {
            HttpResponse<String> response = instance.get("/users/nobody/" + path, "Accept", AS_JSON);
            assertEquals(404, response.statusCode(), path);
            assertTrue(ActorRoutesTest.parse(response.body()).has("error"));
        }
    }

    @Test
    void a_cursor_past_the_end_gives_an_empty_page() {
        JsonNode page = fetch("/users/alice/outbox?page=true&max_id=1");
        assertEquals(0, page.get("orderedItems").size());
        assertFalse(page.has("next"));
        assertFalse(page.has("prev"));
    }

    static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return Collections.unmodifiableList(values);
    }
}
