package org.bureaucrathackers.fellowship.post;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.testing.RecordingOutbound.Published;
import org.bureaucrathackers.fellowship.testing.SocialFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PostServiceTest {

    static final String PUBLIC = Addressing.PUBLIC;

    @TempDir
    Path tempDir;
    SocialFixture world;
    Account alice;
    Account carol;
    Account bob;

    @BeforeEach
    void open() {
        world = new SocialFixture(tempDir);
        alice = world.local("alice");
        carol = world.local("carol");
        bob = world.remote("bob", "mastodon.example");
    }

    @AfterEach
    void close() {
        world.close();
    }

    static List<String> strings(JsonNode array) {
        List<String> result = new ArrayList<>();
        array.forEach(n -> result.add(n.asText()));
        return result;
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Status.Visibility.class)
    void the_create_is_addressed_by_visibility_and_tags_every_mentioned_actor(Status.Visibility visibility) {
        Status status = world.posts.post(alice, new NewPost("hi @carol and @bob@mastodon.example #GovTech", visibility,
                null, null, "en"));
        Published published = world.outbound.only();
        JsonNode create = published.activity();
        JsonNode note = create.get("object");
        List<String> mentioned = List.of(carol.uri(), bob.uri());
        Addressing.Audience expected = Addressing.of(visibility, alice.followersUrl(), mentioned);
        assertEquals(expected.to(), strings(create.get("to")));
        assertEquals(expected.cc(), strings(create.get("cc")));
        assertEquals(expected.to(), strings(note.get("to")), "to/cc identical on activity and object (N1)");
        assertEquals(expected.cc(), strings(note.get("cc")));
        assertEquals("Create", create.get("type").asText());
        assertEquals(alice.uri(), create.get("actor").asText());
        assertEquals(status.uri() + "/activity", create.get("id").asText());
        assertEquals(List.of("Mention", "Mention", "Hashtag"), note.get("tag").findValuesAsText("type"));
        assertEquals("@carol@ministry.example", note.get("tag").get(0).get("name").asText());
        assertEquals(bob.uri(), note.get("tag").get(1).get("href").asText());
        assertEquals("@bob@mastodon.example", note.get("tag").get(1).get("name").asText());
        assertEquals("https://ministry.example/tags/govtech", note.get("tag").get(2).get("href").asText());
        assertEquals("#govtech", note.get("tag").get(2).get("name").asText());
        assertEquals(List.of(carol.uri(), bob.uri()), published.recipients());
        assertEquals(visibility != Status.Visibility.DIRECT, published.toFollowers());
        assertTrue(create.get("@context").isArray(), "sent with its context");
        assertEquals(List.of(carol.id(), bob.id()), world.mentionTags.mentionedAccountIds(status.id()));
        assertEquals(List.of("govtech"), world.mentionTags.tags(status.id()));
    }

    @Test
    void a_post_is_stored_with_its_source_html_permalink_and_own_conversation() {
        Status status = world.posts.post(alice, new NewPost("**Hello** world", null, null, null, null));
        Status stored = world.statuses.findById(status.id()).orElseThrow();
        assertEquals(status, stored);
        assertEquals("<p><strong>Hello</strong> world</p>", stored.contentHtml());
        assertEquals("**Hello** world", stored.contentSource());
        assertEquals(Status.Visibility.PUBLIC, stored.visibility());
        assertEquals(world.uris.status("alice", status.id()), stored.uri());
        assertEquals("https://ministry.example/@alice/" + status.id(), stored.url());
        assertEquals("https://ministry.example/contexts/" + status.id(), stored.conversationUri());
        JsonNode note = world.outbound.only().activity().get("object");
        assertTrue(note.get("summary").isNull(), "no content warning, no summary");
        assertFalse(note.get("sensitive").asBoolean());
        assertFalse(note.has("contentMap"), "no language, no contentMap");
        assertEquals(stored.url(), note.get("url").asText());
    }

    @Test
    void a_content_warning_is_the_summary_and_makes_the_post_sensitive() {
        world.posts.post(alice, new NewPost("the details", Status.Visibility.PUBLIC, null, "  procurement rant  ", "en"));
        JsonNode note = world.outbound.only().activity().get("object");
        assertEquals("procurement rant", note.get("summary").asText());
        assertTrue(note.get("sensitive").asBoolean());
        assertEquals(note.get("content"), note.get("contentMap").get("en"));
    }

    @Test
    void a_reply_to_a_known_post_is_threaded_by_id_and_addresses_its_author() {
        Status parent = world.posts.post(carol, NewPost.publicText("question?"));
        world.outbound.clear();
        Status reply = world.posts.post(alice, new NewPost("answer", Status.Visibility.PUBLIC, parent.url(), null, null));
        assertEquals(parent.uri(), reply.inReplyToUri(), "a permalink is turned into the post's id");
        assertEquals(parent.id(), reply.inReplyToId());
        assertEquals(carol.id(), reply.inReplyToAccountId());
        assertEquals(parent.conversationUri(), reply.conversationUri());
        assertEquals(List.of(carol.id()), world.mentionTags.mentionedAccountIds(reply.id()));
        JsonNode note = world.outbound.only().activity().get("object");
        assertEquals(parent.uri(), note.get("inReplyTo").asText());
        assertEquals(parent.conversationUri(), note.get("context").asText());
        assertEquals(List.of(carol.uri()), world.outbound.only().recipients());
    }

    @Test
    void a_reply_to_an_unknown_remote_post_keeps_only_its_uri() {
        Status reply = world.posts.post(alice, new NewPost("nice", Status.Visibility.UNLISTED,
                "https://mastodon.example/users/bob/statuses/42", null, null));
        assertEquals("https://mastodon.example/users/bob/statuses/42", reply.inReplyToUri());
        assertNull(reply.inReplyToId());
        assertEquals(world.uris.conversation(reply.id()), reply.conversationUri());
    }

    @Test
    void replies_to_missing_deleted_hidden_or_odd_targets_are_refused() {
        Status secret = world.posts.post(carol, new NewPost("only for followers", Status.Visibility.PRIVATE, null, null,
                null));
        world.posts.delete(carol, world.posts.post(carol, NewPost.publicText("gone")).id());
        String gone = world.outbound.last().activity().get("object").get("id").asText();
        for (String target : List.of(secret.uri(), gone, world.uris.status("carol", 1), "ftp://x.example/1",
                "https://x.example/" + "a".repeat(2100))) {
            assertThrows(InvalidPostException.class,
                    () -> world.posts.post(alice, new NewPost("re", Status.Visibility.PUBLIC, target, null, null)), target);
        }
        world.acceptedFollow(alice, carol);
        Status reply = world.posts.post(alice, new NewPost("re", Status.Visibility.PRIVATE, secret.uri(), null, null));
        assertEquals(secret.id(), reply.inReplyToId(), "a follower may reply to a followers-only post");
    }

    @Test
    void bad_requests_are_refused_with_a_reason() {
        assertEquals("a content warning is at most 500 characters", assertThrows(InvalidPostException.class,
                () -> world.posts.post(alice, new NewPost("x", null, null, "w".repeat(501), null))).getMessage());
        assertEquals("'english please' is not a language tag such as en or pt-BR", assertThrows(
                InvalidPostException.class,
                () -> world.posts.post(alice, new NewPost("x", null, null, null, "english please"))).getMessage());
        assertThrows(InvalidPostException.class, () -> world.posts.post(alice, NewPost.publicText(" ")));
        assertThrows(InvalidPostException.class, () -> world.posts.post(bob, NewPost.publicText("remote")));
        assertThrows(InvalidPostException.class, () -> world.posts.post(world.instanceActor(), NewPost.publicText("i")));
        assertEquals(List.of(), world.outbound.all());
    }

    @Test
    void an_edit_sends_an_update_stamped_strictly_after_the_last_version() {
        Status status = world.posts.post(alice, new NewPost("first @carol", Status.Visibility.PUBLIC, null, null, "en"));
        Instant published = Instant.parse(world.outbound.only().activity().get("published").asText());
        world.outbound.clear();
        Status edited = world.posts.edit(alice, status.id(), new PostEdit("second #v2", "now with a warning", null));
        Published update = world.outbound.only();
        JsonNode activity = update.activity();
        JsonNode note = activity.get("object");
        assertEquals("Update", activity.get("type").asText());
        assertEquals(status.uri(), note.get("id").asText(), "same object id");
        assertEquals(alice.uri(), note.get("attributedTo").asText(), "same author");
        Instant updated = Instant.parse(note.get("updated").asText());
        assertTrue(updated.isAfter(published), "updated " + updated + " after published " + published);
        assertEquals(status.uri() + "#updates/" + updated.getEpochSecond(), activity.get("id").asText());
        assertEquals("now with a warning", note.get("summary").asText());
        assertEquals("en", edited.language(), "the language stays");
        assertEquals(List.of(carol.uri()), update.recipients(), "carol saw the first version, so she gets the edit");
        assertEquals(List.of(), world.mentionTags.mentionedAccountIds(status.id()));
        assertEquals(List.of("v2"), world.mentionTags.tags(status.id()));

        world.outbound.clear();
        world.posts.edit(alice, status.id(), new PostEdit("third", null, null));
        Instant again = Instant.parse(world.outbound.only().activity().get("object").get("updated").asText());
        assertTrue(again.isAfter(updated), "a second edit in the same second is still strictly newer");
        world.clock.advance(Duration.ofMinutes(5));
        world.outbound.clear();
        world.posts.edit(alice, status.id(), new PostEdit("fourth", null, null));
        assertEquals(world.clock.instant(),
                Instant.parse(world.outbound.only().activity().get("object").get("updated").asText()));
    }

    @Test
    void only_the_author_can_edit_or_delete_a_post() {
        Status status = world.posts.post(alice, NewPost.publicText("mine"));
        assertThrows(InvalidPostException.class, () -> world.posts.edit(carol, status.id(), new PostEdit("x", null, null)));
        assertThrows(InvalidPostException.class, () -> world.posts.delete(carol, status.id()));
        assertThrows(InvalidPostException.class, () -> world.posts.delete(alice, 12345L));
        assertTrue(world.statuses.findById(status.id()).isPresent());
    }

    @Test
    void a_delete_sends_a_tombstone_to_everyone_who_got_or_touched_the_post_and_remembers_it() {
        Account dave = world.remote("dave", "gts.example");
        Account erin = world.remote("erin", "misskey.example");
        Status status = world.posts.post(alice, new NewPost("hello @bob@mastodon.example", Status.Visibility.PUBLIC, null,
                null, null));
        world.interactions.receiveLike(dave, status, "https://gts.example/users/dave/liked/1");
        world.interactions.receiveAnnounce(erin, status, "https://misskey.example/notes/1/activity", null,
                Status.Visibility.PUBLIC);
        world.outbound.clear();
        world.posts.delete(alice, status.id());
        Published delete = world.outbound.only();
        JsonNode activity = delete.activity();
        assertEquals("Delete", activity.get("type").asText());
        assertEquals(status.uri() + "#delete", activity.get("id").asText());
        assertEquals(List.of(PUBLIC), strings(activity.get("to")));
        assertEquals(status.uri(), activity.get("object").get("id").asText());
        assertEquals("Tombstone", activity.get("object").get("type").asText());
        assertEquals(List.of(bob.uri(), dave.uri(), erin.uri()), delete.recipients());
        assertTrue(delete.toFollowers());
        assertEquals(Optional.empty(), world.statuses.findById(status.id()));
        assertTrue(world.tombstones.deletedAt(status.uri()).isPresent());
        assertEquals(Optional.empty(), world.statuses.findByUri("https://misskey.example/notes/1/activity"));
    }

    @Test
    void a_deleted_direct_message_is_told_only_to_its_addressees() {
        Status status = world.posts.post(alice, new NewPost("psst @bob@mastodon.example", Status.Visibility.DIRECT, null,
                null, null));
        world.outbound.clear();
        world.posts.delete(alice, status.id());
        assertFalse(world.outbound.only().toFollowers());
        assertEquals(List.of(bob.uri()), world.outbound.only().recipients());
    }

    @Test
    void posts_are_found_by_their_id_or_permalink() {
        Status status = world.posts.post(alice, NewPost.publicText("find me"));
        assertEquals(Optional.of(status), world.posts.find(status.uri()));
        assertEquals(Optional.of(status), world.posts.find(status.url()));
        assertEquals(Optional.of(status), world.posts.find(status.url().toUpperCase().replace("HTTPS://MINISTRY.EXAMPLE",
                "https://ministry.example").replace("/@ALICE/", "/@alice/")));
        assertEquals(Optional.empty(), world.posts.find("https://ministry.example/@carol/" + status.id()));
        assertEquals(Optional.empty(), world.posts.find("https://ministry.example/@alice/x"));
        assertEquals(Optional.empty(), world.posts.find(null));
    }
}
