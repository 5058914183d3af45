package org.bureaucrathackers.fellowship.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.bureaucrathackers.fellowship.jsonld.InboundDocuments;
import org.bureaucrathackers.fellowship.jsonld.JsonLdProcessor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What Fedify-based servers send, as recorded from Fedify 2.3.6 (the current release) and 1.5.9 (still deployed):
 * read like their Mastodon equivalents, whatever proof and LD signature blocks they carry.
 */
class FedifyDocumentsTest {

    private final InboundDocuments documents = new InboundDocuments(JsonLdProcessor.standard());

    @ParameterizedTest(name = "Fedify {0}")
    @ValueSource(strings = {"1.5.9", "2.3.6"})
    void a_fedify_follow_reads_as_a_follow_of_the_fellow(String version) throws Exception {
        IncomingActivity follow = new ActivityReader().read(readable(version, "follow-with-proof-and-ld-signature.json"));

        assertEquals("Follow", follow.type());
        assertEquals(bob(version), follow.actorId());
        assertEquals("http://127.0.0.1:19399/users/cap", follow.objectId());
        assertTrue(follow.id().startsWith(bob(version) + "/"), follow.id());
    }

    @ParameterizedTest(name = "Fedify {0}")
    @ValueSource(strings = {"1.5.9", "2.3.6"})
    void a_fedify_create_reads_as_a_public_note_with_its_mention(String version) throws Exception {
        JsonNode create = readable(version, "create-note-with-proof-and-ld-signature.json");
        IncomingActivity activity = new ActivityReader().read(create);
        RemoteNote note = new NoteReader().read(activity.object());

        assertEquals("Create", activity.type());
        assertEquals("Note", note.type());
        assertEquals(bob(version), note.attributedTo());
        assertTrue(note.contentHtml().contains("Fedify"), note.contentHtml());
        assertEquals(List.of(NoteReader.PUBLIC), note.to());
        assertEquals(1, note.mentions().size());
        assertTrue(note.mentions().get(0).href().endsWith("/users/cap"), note.mentions().toString());
    }

    @ParameterizedTest(name = "Fedify {0}")
    @ValueSource(strings = {"1.5.9", "2.3.6"})
    void a_fedify_actor_reads_with_its_rsa_key_and_its_multikeys(String version) throws Exception {
        RemoteActor actor = new ActorReader().read(readable(version, "person-with-multikeys.json"));

        assertEquals(bob(version), actor.id());
        assertEquals("bob", actor.preferredUsername());
        assertEquals(bob(version) + "/inbox", actor.inbox());
        assertEquals(bob(version).replace("/users/bob", "/inbox"), actor.sharedInbox());
        assertEquals(bob(version) + "#main-key", actor.publicKeys().get(0).id());
        assertEquals(2, actor.assertionMethods().size());
        assertTrue(actor.assertionMethods().stream().anyMatch(key -> key.publicKeyMultibase().startsWith("z6Mk")),
                "the Ed25519 Multikey proofs are made with");
    }

    /** The recording's Fedify actor (each version ran on its own port). */
    private static String bob(String version) {
        return "http://127.0.0.1:" + (version.equals("1.5.9") ? "19398" : "19510") + "/users/bob";
    }

    private JsonNode readable(String version, String file) throws Exception {
        JsonNode document = Fixtures.tree("fedify/" + version + "/" + file);
        JsonNode readable = documents.readable(document);
        assertSame(document, readable, "read as it is, without JSON-LD processing");
        return readable;
    }
}
