package org.bureaucrathackers.fellowship.post;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.testing.ActivityPubFixtures;
import org.bureaucrathackers.fellowship.testing.SocialFixture;
import org.bureaucrathackers.fellowship.vocab.NoteReader;
import org.bureaucrathackers.fellowship.vocab.RefusedDocumentException;
import org.bureaucrathackers.fellowship.vocab.RemoteNote;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Remote posts from the fixtures into stored statuses: sanitised, addressed, owned, versioned, deletable. */
class RemoteNotesTest {

    static final NoteReader READER = new NoteReader();
    static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path tempDir;
    SocialFixture world;
    RemoteNotes remote;

    @BeforeEach
    void open() {
        world = new SocialFixture(tempDir);
        remote = world.remoteNotes;
    }

    @AfterEach
    void close() {
        world.close();
    }

    static RemoteNote read(JsonNode node) {
        try {
            return READER.read(node);
        } catch (RefusedDocumentException e) {
            throw new AssertionError(e.reason());
        }
    }

    static RemoteNote fixture(String file, String pointer) {
        return read(ActivityPubFixtures.tree(file, pointer));
    }

    /** A Note by bob at mastodon.example that tests change as they need. */
    ObjectNode note(Account author, String id) {
        ObjectNode note = MAPPER.createObjectNode();
        note.put("id", id);
        note.put("type", "Note");
        note.put("attributedTo", author.uri());
        note.put("content", "<p>hello</p>");
        note.putArray("to").add(Addressing.PUBLIC);
        note.put("published", "2026-03-01T08:00:00Z");
        return note;
    }

    @Test
    void a_mastodon_post_with_a_content_warning_is_stored_sanitised_with_its_mentions_and_tags() {
        Account admin = world.remoteActor("http://mastodon.example.org/users/admin");
        Account lain = world.remoteActor("http://localtesting.pleroma.lol/users/lain");
        Status status = remote.create(admin, fixture("mastodon/create-note-cw-ldsig.json", "/object"));
        assertEquals("http://mastodon.example.org/users/admin/statuses/99512778738411822", status.uri());
        assertEquals("http://mastodon.example.org/@admin/99512778738411822", status.url());
        assertEquals(Status.Visibility.PUBLIC, status.visibility());
        assertEquals("cw", status.spoilerText());
        assertTrue(status.sensitive(), "a content warning hides the post");
        assertEquals("<p><span class=\"h-card\"><a href=\"http://localtesting.pleroma.lol/users/lain\" class=\"u-url mention\""
                + " rel=\"nofollow noopener noreferrer\">@<span>lain</span></a></span> #moo</p>", status.contentHtml());
        assertEquals(Instant.parse("2018-02-12T14:08:20Z"), status.createdAt());
        assertEquals("tag:mastodon.example.org,2018-02-12:objectId=20:objectType=Conversation", status.conversationUri());
        assertEquals(List.of(lain.id()), world.mentionTags.mentionedAccountIds(status.id()));
        assertEquals(List.of("nsfw"), world.mentionTags.tags(status.id()));
        assertEquals(Optional.of(status), world.statuses.findByUri(status.uri()));
    }

    @Test
    void visibility_comes_from_the_addressing() {
        Account fedibird = world.remoteActor("https://fedibird.com/users/akkoma_ap_integration_tester");
        assertEquals(Status.Visibility.UNLISTED,
                remote.create(fedibird, fixture("fedibird/note-quoteuri.json", "")).visibility());
        Account zork = world.remoteActor("http://localhost:8080/users/the_mighty_zork");
        Status gts = remote.create(zork, fixture("gotosocial/note-cw-string-addressing.json", ""));
        assertEquals(Status.Visibility.PUBLIC, gts.visibility());
        assertEquals("en", gts.language());

        Account bob = world.remote("bob", "mastodon.example");
        Account alice = world.local("alice");
        Account carol = world.local("carol");
        ObjectNode followersOnly = note(bob, bob.uri() + "/statuses/2");
        followersOnly.putArray("to").add(bob.followersUrl());
        followersOnly.putArray("cc").add(alice.uri());
        Status secret = remote.create(bob, read(followersOnly));
        assertEquals(Status.Visibility.PRIVATE, secret.visibility());
        ObjectNode direct = note(bob, bob.uri() + "/statuses/3");
        direct.putArray("to").add(alice.uri());
        Status dm = remote.create(bob, read(direct));
        assertEquals(Status.Visibility.DIRECT, dm.visibility());
        assertTrue(world.access.canSee(alice, dm), "an addressed local fellow sees it, even without a Mention tag");
        assertFalse(world.access.canSee(carol, dm));
        assertFalse(world.access.canSee(Optional.empty(), dm));
        assertTrue(world.access.canSee(alice, secret), "cc'd");
        assertFalse(world.access.canSee(carol, secret));
        world.acceptedFollow(carol, bob);
        assertTrue(world.access.canSee(carol, secret), "a follower sees followers-only posts");
        assertFalse(world.access.canSee(carol, dm));
    }

    @Test
    void an_article_is_stored_as_its_readable_story_and_its_summary_is_no_warning() {
        Account wpAuthor = world.remoteActor("https://pfefferle.org/author/pfefferle/");
        Status article = remote.create(wpAuthor, fixture("wordpress/announce-update-article.json", "/object/object"));
        assertTrue(article.contentHtml().startsWith("<p><strong>Lemmy (Part 4)</strong></p><p>Identifies one or more"),
                article.contentHtml());
        assertNull(article.spoilerText());
        assertFalse(article.sensitive());

        Account bookwyrm = world.remoteActor("https://bookwyrm.com/user/TestUser");
        Status review = remote.create(bookwyrm, fixture("bookwyrm/review-article.json", ""));
        assertEquals("<p><strong>Review of \"Death's End (The Three-Body Problem)\": ab</strong></p><p>review</p>",
                review.contentHtml());
        assertEquals(Instant.parse("2022-01-07T16:14:08.267Z"), review.editedAt());
        assertEquals(List.of(new Attachment("Document", "https://bookwyrm.com/images/covers/e7a6a777-b3fa-44be-a819-33f3aa5187dd.jpeg",
                null, "Death's End (The Three-Body Problem) (2018, Head of Zeus)")), world.statuses.attachments(review.id()));
    }

    @Test
    void a_question_lists_its_choices() {
        Account rin = world.remoteActor("https://mastodon.sdf.org/users/rinpatch");
        Status poll = remote.create(rin, fixture("mastodon/create-question.json", "/object"));
        assertEquals("<p>Why is Tenshi eating a corndog so cute?</p><ul><li>Dunno</li><li>Everyone knows that!</li>"
                + "<li>25 char limit is dumb</li><li>I can't even fit a funny</li></ul>", poll.contentHtml());
    }

    @Test
    void hostile_html_in_content_summary_and_alt_text_is_neutralised() {
        Account bob = world.remote("bob", "mastodon.example");
        ObjectNode note = note(bob, bob.uri() + "/statuses/x");
        note.put("content", "<p onclick=\"steal()\">hi<script>alert(1)</script>"
                + "<a href=\"javascript:alert(1)\">click</a><img src=x onerror=alert(1)><style>*{}</style></p>");
        note.put("summary", "<b>cw</b><script>alert(1)</script>");
        note.putArray("attachment").addObject().put("type", "Image").put("url", "https://media.example/a.png")
                .put("name", "<img src=x onerror=alert(1)>alt");
        note.put("url", "https://elsewhere.example/@bob/x");
        Status status = remote.create(bob, read(note));
        assertEquals("<p>hiclick</p>", status.contentHtml());
        assertEquals("cw", status.spoilerText());
        assertEquals("alt", world.statuses.attachments(status.id()).get(0).description());
        assertNull(status.url(), "a permalink on another server is dropped (X20)");
    }

    @Test
    void a_post_cannot_claim_another_author_origin_or_a_local_id() {
        Account bob = world.remote("bob", "mastodon.example");
        Account eve = world.remote("eve", "evil.example");
        Status original = remote.create(bob, read(note(bob, bob.uri() + "/statuses/1")));
        ObjectNode hijack = note(eve, bob.uri() + "/statuses/1");
        assertEquals("the post's id is on another server than its author",
                assertThrows(RefusedActivityException.class, () -> remote.create(eve, read(hijack))).reason());
        ObjectNode sameHost = note(world.remote("mallory", "mastodon.example"), bob.uri() + "/statuses/1");
        Account mallory = world.accounts.findByUri("https://mastodon.example/users/mallory").orElseThrow();
        assertEquals("a post with this id already exists by another author",
                assertThrows(RefusedActivityException.class, () -> remote.create(mallory, read(sameHost))).reason());
        assertEquals("a post with this id already exists by another author",
                assertThrows(RefusedActivityException.class, () -> remote.update(mallory, read(sameHost))).reason());
        ObjectNode misattributed = note(bob, bob.uri() + "/statuses/2");
        assertEquals("the post is attributed to someone other than its actor",
                assertThrows(RefusedActivityException.class, () -> remote.create(mallory, read(misattributed))).reason());
        ObjectNode local = note(bob, "https://ministry.example/users/alice/statuses/1");
        assertThrows(RefusedActivityException.class, () -> remote.create(bob, read(local)));
        assertEquals(Optional.of(original), world.statuses.findByUri(original.uri()));
    }

    @Test
    void a_repeated_create_changes_nothing() {
        Account bob = world.remote("bob", "mastodon.example");
        Status first = remote.create(bob, read(note(bob, bob.uri() + "/statuses/1")));
        ObjectNode changed = note(bob, bob.uri() + "/statuses/1");
        changed.put("content", "<p>sneaky</p>");
        assertEquals(first, remote.create(bob, read(changed)));
        assertEquals("<p>hello</p>", world.statuses.findById(first.id()).orElseThrow().contentHtml());
    }

    @Test
    void an_update_applies_only_when_newer_than_the_stored_version() {
        Account bob = world.remote("bob", "mastodon.example");
        Account alice = world.local("alice");
        Status status = remote.create(bob, read(note(bob, bob.uri() + "/statuses/1")));
        ObjectNode stale = note(bob, status.uri());
        stale.put("content", "<p>stale</p>");
        stale.put("updated", "2026-03-01T08:00:00Z");
        assertEquals(status, remote.update(bob, read(stale)), "not newer than published");
        ObjectNode edit = note(bob, status.uri());
        edit.put("content", "<p>edited #Later @alice</p>");
        edit.put("updated", "2026-03-01T08:05:00Z");
        edit.put("summary", "now a warning");
        edit.putArray("tag").addObject().put("type", "Hashtag").put("name", "#Later");
        edit.withArray("tag").addObject().put("type", "Mention").put("href", alice.uri());
        Status edited = remote.update(bob, read(edit));
        assertEquals("<p>edited #Later @alice</p>", edited.contentHtml());
        assertEquals(Instant.parse("2026-03-01T08:05:00Z"), edited.editedAt());
        assertEquals("now a warning", edited.spoilerText());
        assertEquals(List.of("later"), world.mentionTags.tags(status.id()));
        assertEquals(List.of(alice.id()), world.mentionTags.mentionedAccountIds(status.id()));
        assertEquals(edited, world.statuses.findById(status.id()).orElseThrow());
        ObjectNode older = note(bob, status.uri());
        older.put("content", "<p>older edit delivered late</p>");
        older.put("updated", "2026-03-01T08:04:00Z");
        assertEquals(edited, remote.update(bob, read(older)));
    }

    @Test
    void an_update_of_an_unknown_post_creates_it_only_when_recent() {
        Account bob = world.remote("bob", "mastodon.example");
        ObjectNode recent = note(bob, bob.uri() + "/statuses/new");
        recent.put("published", SocialFixture.START.minus(Duration.ofHours(2)).toString());
        assertEquals(recent.get("id").asText(), remote.update(bob, read(recent)).uri());
        ObjectNode old = note(bob, bob.uri() + "/statuses/old");
        old.put("published", SocialFixture.START.minus(Duration.ofDays(3)).toString());
        assertThrows(RefusedActivityException.class, () -> remote.update(bob, read(old)));
        assertEquals(Optional.empty(), world.statuses.findByUri(old.get("id").asText()));
    }

    @Test
    void a_delete_removes_the_post_and_a_later_create_cannot_bring_it_back() {
        Account bob = world.remote("bob", "mastodon.example");
        Status status = remote.create(bob, read(note(bob, bob.uri() + "/statuses/1")));
        assertTrue(remote.delete(bob, status.uri()));
        assertEquals(Optional.empty(), world.statuses.findByUri(status.uri()));
        assertThrows(RefusedActivityException.class, () -> remote.create(bob, read(note(bob, status.uri()))));
        assertFalse(remote.delete(bob, status.uri()), "deleting again is harmless");
    }

    @Test
    void a_delete_that_arrives_before_its_create_wins() {
        Account bob = world.remote("bob", "mastodon.example");
        String early = bob.uri() + "/statuses/early";
        assertFalse(remote.delete(bob, early));
        assertEquals("the post was deleted before it arrived",
                assertThrows(RefusedActivityException.class, () -> remote.create(bob, read(note(bob, early)))).reason());
    }

    @Test
    void only_the_author_deletes_and_nobody_tombstones_another_servers_or_our_ids() {
        Account bob = world.remote("bob", "mastodon.example");
        Account eve = world.remote("eve", "evil.example");
        Status status = remote.create(bob, read(note(bob, bob.uri() + "/statuses/1")));
        assertThrows(RefusedActivityException.class, () -> remote.delete(eve, status.uri()));
        assertThrows(RefusedActivityException.class, () -> remote.delete(eve, bob.uri() + "/statuses/unknown"));
        assertThrows(RefusedActivityException.class,
                () -> remote.delete(eve, "https://ministry.example/users/alice/statuses/1"));
        assertTrue(world.statuses.findByUri(status.uri()).isPresent());
        assertTrue(world.tombstones.deletedAt(bob.uri() + "/statuses/unknown").isEmpty());
    }

    @Test
    void a_remote_reply_to_a_local_post_joins_its_thread() {
        Account alice = world.local("alice");
        Status mine = world.posts.post(alice, NewPost.publicText("thread start"));
        Account bob = world.remote("bob", "mastodon.example");
        ObjectNode reply = note(bob, bob.uri() + "/statuses/r");
        reply.put("inReplyTo", mine.uri());
        reply.put("conversation", "tag:mastodon.example,2026:objectId=1:objectType=Conversation");
        Status stored = remote.create(bob, read(reply));
        assertEquals(mine.id(), stored.inReplyToId());
        assertEquals(alice.id(), stored.inReplyToAccountId());
        assertEquals(mine.conversationUri(), stored.conversationUri(), "the thread we know wins");
    }

    @Test
    void every_post_fixture_can_be_stored() {
        for (String[] fixture : new String[][] {
            {"mastodon/note-attachment-contentmap.json", ""},
            {"gotosocial/note-emoji-hashtag-attachment.json", ""},
            {"gotosocial/note-reply-single-tag-approved.json", ""},
            {"pleroma/create-note.json", "/object"},
            {"pleroma/question-poll.json", ""},
            {"misskey/note-quote.json", ""},
            {"misskey/question-no-endtime.json", ""},
            {"pixelfed/note-image.json", ""},
            {"peertube/note-comment.json", ""},
            {"lemmy/page.json", ""},
            {"lemmy/announce-create-page.json", "/object/object"},
            {"kroeg/create-note-tag-object.json", "/object"},
            {"friendica/note-quote-share.json", ""},
            {"mitra/create-note-proof.json", "/object"},
            {"fep/8b32-signed-create.json", "/object"},
            {"fep/044f-quote-all-properties.json", ""},
            {"mastodon/featured-collection.json", "/orderedItems/0"},
        }) {
            RemoteNote note = fixture(fixture[0], fixture[1]);
            Account author = world.accounts.findByUri(note.attributedTo())
                    .orElseGet(() -> world.remoteActor(note.attributedTo()));
            Status status = remote.create(author, note);
            assertEquals(note.id(), status.uri(), fixture[0]);
            assertEquals(HtmlSanitizerAgain.clean(status.contentHtml()), status.contentHtml(), "stored sanitised: " + fixture[0]);
            assertTrue(world.statuses.attachments(status.id()).size() <= 4);
        }
    }

    /** Sanitising stored HTML again must change nothing: it already is within the allowlist. */
    private static final class HtmlSanitizerAgain {
        static String clean(String html) {
            return org.bureaucrathackers.fellowship.html.HtmlSanitizer.clean(html);
        }
    }
}
