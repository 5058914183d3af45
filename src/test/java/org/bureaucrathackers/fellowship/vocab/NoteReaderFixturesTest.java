package org.bureaucrathackers.fellowship.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every post among the fixtures (top level, or inside a Create, Update, Announce, QuoteRequest or
 * collection) reads into the right record; every other object in them is refused with a reason.
 */
class NoteReaderFixturesTest {

    private static final NoteReader READER = new NoteReader();
    private static final String PUBLIC = NoteReader.PUBLIC;
    /** Where posts sit inside the fixtures. */
    private static final List<String> POINTERS = List.of("", "/object", "/object/object", "/instrument",
            "/orderedItems/0");

    /**
     * file#pointer | type | id | attributedTo | language | summary | mention hrefs | hashtags | media | poll
     * options | inReplyTo — lists space-separated, "-" for null or none.
     */
    private static final String[] POSTS = {
        "mastodon/create-note-cw-ldsig.json#/object | Note | http://mastodon.example.org/users/admin/statuses/99512778738411822"
                + " | http://mastodon.example.org/users/admin | - | cw | http://localtesting.pleroma.lol/users/lain | NSFW | 0 | 0 | -",
        "mastodon/note-attachment-contentmap.json# | Note | https://floss.social/users/kde/statuses/113306831140126616"
                + " | https://floss.social/users/kde | en | - | https://lemmy.kde.social/c/kde | - | 1 | 0"
                + " | https://floss.social/users/kde/statuses/113306824627995724",
        "mastodon/create-question.json#/object | Question | https://mastodon.sdf.org/users/rinpatch/statuses/102070944809637304"
                + " | https://mastodon.sdf.org/users/rinpatch | en | - | - | - | 0 | 4 | -",
        "mastodon/featured-collection.json#/orderedItems/0 | Note"
                + " | https://mastodon.social/users/LemmyDev/statuses/104246642906910728 | https://mastodon.social/users/LemmyDev"
                + " | en | - | - | reddit fediverse activitypub | 0 | 0 | -",
        "gotosocial/note-cw-string-addressing.json# | Note"
                + " | http://localhost:8080/users/the_mighty_zork/statuses/01F8MHAMCHF6Y650WCRSCP4WMY"
                + " | http://localhost:8080/users/the_mighty_zork | en | introduction post | - | - | 0 | 0 | -",
        "gotosocial/note-emoji-hashtag-attachment.json# | Note | http://localhost:8080/users/admin/statuses/01F8MH75CBF9JFX4ZAD54N0W0R"
                + " | http://localhost:8080/users/admin | en | - | - | welcome | 1 | 0 | -",
        "gotosocial/note-reply-single-tag-approved.json# | Note | http://localhost:8080/users/admin/statuses/01J5QVB9VC76NPPRQ207GG4DRZ"
                + " | http://localhost:8080/users/admin | - | - | http://localhost:8080/users/1happyturtle | - | 0 | 0"
                + " | http://localhost:8080/users/1happyturtle/statuses/01F8MHC8VWDRBQR0N1BATDDEM5",
        "pleroma/create-note.json#/object | Note | https://greenish.red/objects/1a522f2e-d5ab-454b-93d7-e58bc0650c2a"
                + " | https://greenish.red/users/nutomic | - | - | https://enterprise.lemmy.ml/u/picard | - | 0 | 0"
                + " | https://enterprise.lemmy.ml/post/55143",
        "pleroma/question-poll.json# | Question | https://patch.cx/objects/9a172665-2bc5-452d-8428-2361d4c33b1d"
                + " | https://patch.cx/users/rin | - | - | - | - | 0 | 2 | -",
        "misskey/note-quote.json# | Note | https://misskey.io/notes/934gok3482 | https://misskey.io/users/93492q0ip0"
                + " | - | - | - | - | 0 | 0 | -",
        "misskey/question-no-endtime.json# | Question | https://skippers-bin.com/notes/7x9tmrp97i"
                + " | https://skippers-bin.com/users/7v1w1r8ce6 | - | - | https://marchgenso.me/users/march | - | 0 | 2 | -",
        "fedibird/note-quoteuri.json# | Note | https://fedibird.com/users/akkoma_ap_integration_tester/statuses/108707679228362674"
                + " | https://fedibird.com/users/akkoma_ap_integration_tester | ja | - | - | - | 0 | 0 | -",
        "pixelfed/note-image.json# | Note | https://pixelfed.social/p/dansup/2 | https://pixelfed.social/users/dansup"
                + " | - | - | - | mazda zoomzoom | 1 | 0 | -",
        "peertube/note-comment.json# | Note"
                + " | https://video.antopie.org/videos/watch/4294a720-f263-4ea4-9392-cf9cea4d5277/comments/200873"
                + " | https://video.antopie.org/accounts/yoge6785555 | - | - | https://bae.st/users/af2 | - | 0 | 0"
                + " | https://bae.st/objects/87c1cbf5-542a-491d-af57-0414c8648381",
        "bookwyrm/review-article.json# | Article | https://bookwyrm.com/user/TestUser/review/17"
                + " | https://bookwyrm.com/user/TestUser | - | - | - | - | 1 | 0 | -",
        "lemmy/page.json# | Page | https://enterprise.lemmy.ml/post/55143 | https://enterprise.lemmy.ml/u/picard | fr | -"
                + " | https://enterprise.lemmy.ml/c/tenforward | - | 1 | 0 | -",
        "lemmy/announce-create-page.json#/object/object | Page | http://enterprise.lemmy.ml/post/7"
                + " | http://enterprise.lemmy.ml/u/lemmy_beta | - | - | - | - | 0 | 0 | -",
        "wordpress/announce-update-article.json#/object/object | Article | https://pfefferle.org/lemmy-part-4/"
                + " | https://pfefferle.org/author/pfefferle/ | en | Identifies one or more entities… | - | - | 0 | 0 | -",
        "kroeg/create-note-tag-object.json#/object | Note | https://puckipedia.com/ur33-818k/note | https://puckipedia.com/"
                + " | - | - | - | test | 0 | 0 | -",
        "friendica/note-quote-share.json# | Note | https://nerdica.net/objects/a85d7459-7262-66e9-f901-f05552414769"
                + " | https://nerdica.net/profile/liwott | en | - | https://lemmy.ml/u/Liwott | Friendica Lemmy | 0 | 0"
                + " | https://lemmy.ml/comment/167904",
        "mitra/create-note-proof.json#/object | Note | https://mitra.social/objects/019f57cf-693a-77f2-b006-c4c76338956a"
                + " | https://mitra.social/users/test | da | - | - | - | 0 | 0 | -",
        "fep/8b32-signed-create.json#/object | Note | https://server.example/objects/1 | https://server.example/users/alice"
                + " | - | - | - | - | 0 | 0 | -",
        "fep/044f-quote-all-properties.json# | Note | https://example.com/users/bob/statuses/1 | https://example.com/users/bob"
                + " | - | - | - | - | 0 | 0 | -",
        "fep/044f-quote-request.json#/instrument | Note | https://example.com/users/bob/statuses/1"
                + " | https://example.com/users/bob | - | - | - | - | 0 | 0 | -",
    };

    /** Objects that look like posts but are refused, with the reason. */
    private static final Map<String, String> REFUSED = Map.of(
            "mastodon/create-poll-vote.json#/object", "a poll vote, not a post",
            "pleroma/chatmessage.json#", "not a post type: ChatMessage",
            "pixelfed/story.json#", "not a post type: Story",
            "peertube/video.json#", "not a post type: Video",
            "w3c/as2-note-contentmap.json#", "missing id",
            "w3c/as2-question-http-context.json#", "missing id",
            "w3c/as2-tombstone.json#", "a Tombstone: the post was deleted",
            "mastodon/delete-tombstone-ldsig.json#/object", "a Tombstone: the post was deleted",
            "mobilizon/event.json#", "not a post type: Event");

    static List<String> posts() {
        return Arrays.asList(POSTS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("posts")
    void each_post_fixture_reads_into_the_right_record(String row) throws Exception {
        String[] cells = Arrays.stream(row.split("\\|")).map(String::strip).toArray(String[]::new);
        RemoteNote note = READER.read(at(cells[0]));
        assertEquals(cells[1], note.type());
        assertEquals(cells[2], note.id());
        assertEquals(cells[3], note.attributedTo());
        assertEquals(orNull(cells[4]), note.language());
        if (cells[5].endsWith("…")) {
            assertTrue(note.summary().startsWith(cells[5].substring(0, cells[5].length() - 1)), note.summary());
        } else {
            assertEquals(orNull(cells[5]), note.summary());
        }
        assertEquals(list(cells[6]), note.mentions().stream().map(RemoteNote.Mention::href).toList());
        assertEquals(list(cells[7]), note.hashtags());
        assertEquals(Integer.parseInt(cells[8]), note.attachments().size());
        assertEquals(Integer.parseInt(cells[9]), note.pollOptions().size());
        assertEquals(orNull(cells[10]), note.inReplyTo());
        assertTrue(note.contentHtml() != null || note.name() != null, "a post has content or a title");
    }

    @Test
    void every_other_object_in_the_fixtures_is_refused_with_a_reason() {
        List<String> posts = posts().stream().map(r -> r.split("\\|")[0].strip()).toList();
        Map<String, String> refusals = new TreeMap<>();
        for (String file : Fixtures.all()) {
            JsonNode root = Fixtures.tree(file);
            for (String pointer : POINTERS) {
                JsonNode node = root.at(pointer);
                if (!node.isObject()) {
                    continue;
                }
                String key = file + "#" + pointer;
                try {
                    READER.read(node);
                    assertTrue(posts.contains(key), key + " read as a post but is not listed as one");
                } catch (RefusedDocumentException e) {
                    assertFalse(posts.contains(key), key + " was refused: " + e.reason());
                    assertNotNull(e.reason());
                    assertFalse(e.reason().isBlank(), key);
                    refusals.put(key, e.reason());
                } catch (RuntimeException e) {
                    fail(key + " crashed the reader: " + e);
                }
            }
        }
        REFUSED.forEach((key, reason) -> assertEquals(reason, refusals.get(key), key));
        assertTrue(refusals.size() > REFUSED.size(), "activities and actors are refused too");
    }

    @Test
    void the_fixtures_are_read_from_their_raw_bytes_as_well() throws Exception {
        RemoteNote note = READER.read(Fixtures.bytes("gotosocial/note-cw-string-addressing.json"));
        assertEquals(List.of(PUBLIC), note.to());
        assertEquals(List.of("http://localhost:8080/users/the_mighty_zork/followers"), note.cc());
        assertEquals(Boolean.TRUE, note.sensitive());
        assertEquals("2021-10-20T10:40:37Z", note.published().toString());
        RefusedDocumentException refused = assertThrows(RefusedDocumentException.class,
                () -> READER.read(Fixtures.bytes("gotosocial/outbox-page.json")));
        assertEquals("not a post type: OrderedCollectionPage", refused.reason());
    }

    @Test
    void fixture_specifics_survive_reading() throws Exception {
        RemoteNote peertube = READER.read(at("peertube/note-comment.json#"));
        assertEquals("<p>@af2@bae.st idk</p>", peertube.contentHtml(), "Markdown content is shown as text");
        RemoteNote kde = READER.read(at("mastodon/note-attachment-contentmap.json#"));
        assertEquals(new RemoteAttachment("Document",
                "https://cdn.masto.host/floss/media_attachments/files/113/306/826/682/985/891/original/c8d906a2f2ab2334.jpg",
                "image/jpeg", "The KDE dragons Katie and Konqi stand on either side of a pot filling up with gold coins."
                + " Donate!", "USQv:h-W-qI-^,W;RPs=^-R%NZxbo#sDobSc", 1500, 1095, 0.0, 0.0), kde.attachments().get(0));
        assertEquals("tag:floss.social,2024-10-14:objectId=71424279:objectType=Conversation", kde.conversation());
        RemoteNote gts = READER.read(at("gotosocial/note-emoji-hashtag-attachment.json#"));
        assertEquals(List.of(new RemoteNote.Emoji(":rainbow:",
                "http://localhost:8080/fileserver/01AY6P665V14JJR0AFVRT7311Y/emoji/original/01F8MH9H8E4VG3KDYJR9EGPXCQ.png")),
                gts.emojis());
        assertEquals("Black and white image of some 50's style text saying: Welcome On Board",
                gts.attachments().get(0).description(), "alt text from summary when there is no name");
        RemoteNote lemmy = READER.read(at("lemmy/page.json#"));
        assertEquals("Post title", lemmy.name());
        assertEquals("https://enterprise.lemmy.ml/pictrs/image/eOtYb9iEiB.png", lemmy.attachments().get(0).url());
        assertEquals("https://enterprise.lemmy.ml/post/55143/context", lemmy.conversation());
        RemoteNote pleroma = READER.read(at("pleroma/create-note.json#/object"));
        assertEquals("https://greenish.red/contexts/f6244742-0526-4b84-ac4f-ceadf1fb4e56", pleroma.conversation());
        RemoteNote fedibird = READER.read(at("fedibird/note-quoteuri.json#"));
        assertEquals(List.of("https://fedibird.com/users/akkoma_ap_integration_tester/followers"), fedibird.to());
        assertEquals(List.of(PUBLIC), fedibird.cc());
        RemoteNote question = READER.read(at("mastodon/create-question.json#/object"));
        assertEquals(List.of("Dunno", "Everyone knows that!", "25 char limit is dumb", "I can't even fit a funny"),
                question.pollOptions());
        RemoteNote kroeg = READER.read(at("kroeg/create-note-tag-object.json#/object"));
        assertEquals(List.of(PUBLIC), kroeg.to(), "a single string address");
        RemoteNote bookwyrm = READER.read(at("bookwyrm/review-article.json#"));
        assertEquals("Review of \"Death's End (The Three-Body Problem)\": ab", bookwyrm.name());
        assertEquals("2022-01-07T16:14:08.267337Z", bookwyrm.updated().toString());
    }

    private static JsonNode at(String fileAndPointer) {
        String[] parts = fileAndPointer.split("#", 2);
        JsonNode node = Fixtures.tree(parts[0]).at(parts[1]);
        assertTrue(node.isObject(), fileAndPointer);
        return node;
    }

    private static String orNull(String cell) {
        return cell.equals("-") ? null : cell;
    }

    private static List<String> list(String cell) {
        return cell.equals("-") ? List.of() : new ArrayList<>(Arrays.asList(cell.split(" ")));
    }
}
