package org.bureaucrathackers.fellowship.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.LocalUser;
import org.bureaucrathackers.fellowship.actor.ProfileImage;
import org.bureaucrathackers.fellowship.ids.Ids;
import org.bureaucrathackers.fellowship.media.MediaAttachment;
import org.bureaucrathackers.fellowship.post.Attachment;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.testing.Accounts;
import org.bureaucrathackers.fellowship.testing.TestDatabases;
import org.bureaucrathackers.fellowship.uri.LocalUris;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Uploads, the media of statuses with their BlurHash, size and focus, and profile images, on every database. */
class JooqMediaStoreTest {

    @TempDir
    Path tempDir;

    static Stream<TestDatabases.Kind> databases() {
        return TestDatabases.available().stream();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void uploads_keep_their_facts_and_are_given_to_a_status(TestDatabases.Kind kind) {
        try (Database db = kind.open(tempDir)) {
            Ids ids = new Ids(Clock.systemUTC());
            Account owner = Accounts.remote(ids.next(), "owner", "somewhere.example");
            new JooqAccountStore(db).insertRemote(owner);
            JooqStatusStore statuses = new JooqStatusStore(db);
            long statusId = ids.next();
            statuses.insert(new Status(statusId, owner.id(), owner.uri() + "/statuses/" + statusId, null,
                    Status.Visibility.PUBLIC, "<p>x</p>", null, null, Instant.now()));
            JooqMediaStore store = new JooqMediaStore(db);
            Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            MediaAttachment image = new MediaAttachment(ids.next(), owner.id(), null, "image", "image/jpeg",
                    "1-ab/original.jpg", "1-ab/small.jpg", 1234, 800, 600, "Alt", new MediaAttachment.Focus(0.5, -1),
                    "LaJHjmVu8_~po#smR+a~xaoLWCRj", now);
            MediaAttachment pdf = new MediaAttachment(ids.next(), owner.id(), null, "unknown", "application/pdf",
                    "2-ab/original.pdf", null, 99, null, null, null, null, null, now);
            store.insert(image);
            store.insert(pdf);
            assertEquals(image, store.find(image.id()).orElseThrow());
            assertEquals(pdf, store.find(pdf.id()).orElseThrow());

            store.updateDescription(image.id(), "New alt", MediaAttachment.Focus.CENTRE);
            store.attach(List.of(image.id(), pdf.id()), statusId);
            List<MediaAttachment> both = store.findAll(List.of(image.id(), pdf.id()));
            assertEquals(2, both.size());
            assertTrue(both.stream().allMatch(m -> m.statusId() == statusId));
            assertEquals("New alt", store.find(image.id()).orElseThrow().description());

            Attachment shown = new Attachment("Image", "https://a.example/media/1-ab/original.jpg", "image/jpeg",
                    "Alt", "https://a.example/media/1-ab/small.jpg", "LaJHjmVu8_~po#smR+a~xaoLWCRj", 800, 600, 0.5,
                    -1.0, image.id());
            statuses.replaceAttachments(statusId, List.of(shown));
            assertEquals(List.of(shown), statuses.attachments(statusId));

            store.delete(pdf.id());
            assertTrue(store.find(pdf.id()).isEmpty());
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void a_fellow_gets_an_avatar_and_a_header(TestDatabases.Kind kind) {
        try (Database db = kind.open(tempDir)) {
            Ids ids = new Ids(Clock.systemUTC());
            JooqAccountStore accounts = new JooqAccountStore(db);
            LocalUris uris = new LocalUris("https://a.example", "a.example");
            Account fellow = Accounts.local(uris, ids.next(), "fellow", List.of(), null, null, Instant.now(), null);
            accounts.insertLocal(fellow, new LocalUser(fellow.id(), "fellow@a.example", "hash", false, Instant.now()),
                    Accounts.freshKeys(fellow));
            assertNull(accounts.findById(fellow.id()).orElseThrow().headerUrl());
            accounts.updateProfileImages(fellow.id(), new ProfileImage("https://a.example/media/a.jpg", "image/jpeg"),
                    new ProfileImage("https://a.example/media/h.png", "image/png"));
            Account stored = accounts.findById(fellow.id()).orElseThrow();
            assertEquals("https://a.example/media/a.jpg", stored.avatarUrl());
            assertEquals("image/png", stored.headerMediaType());
            assertEquals("https://a.example/media/h.png", stored.headerUrl());
        }
    }
}
