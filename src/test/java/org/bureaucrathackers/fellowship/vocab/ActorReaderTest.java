package org.bureaucrathackers.fellowship.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActorReaderTest {

    private static final ActorReader READER = new ActorReader();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void fedify_public_key_array_yields_every_key_and_multikey() throws Exception {
        ActorKeys keys = READER.readKeys(Fixtures.tree("fedify/person-publickey-array.json"));

        assertEquals("https://example.com/person2", keys.id());
        assertEquals(List.of("https://example.com/person2#key3", "https://example.com/person2#key4"),
                keys.publicKeys().stream().map(RemoteKey::id).toList());
        assertTrue(keys.publicKeys().get(1).publicKeyPem().contains("MCowBQYDK2VwAyEA"));
        assertEquals(List.of("https://example.com/peson2#key3", "https://example.com/person2#key4"),
                keys.assertionMethods().stream().map(RemoteMultikey::id).toList());
        assertEquals("z6MkhVPuyvgG1RkMv67azDqDCDERPXVrUg1i3qchXY5EACE3",
                keys.assertionMethods().get(1).publicKeyMultibase());
        assertEquals("https://example.com/person2", keys.assertionMethods().get(1).controller());
    }

    @Test
    void gotosocial_moved_account_yields_moved_to_and_aliases() throws Exception {
        RemoteActor actor = READER.read(Fixtures.bytes("gotosocial/person-moved.json"));

        assertEquals("http://localhost:8080/users/1happyturtle", actor.movedTo());
        assertEquals(List.of("http://localhost:8080/users/1happyturtle"), actor.alsoKnownAs());
        assertEquals("the_mighty_zork", actor.preferredUsername());
        assertEquals("http://localhost:8080/users/the_mighty_zork/collections/featured", actor.featured());
        assertEquals("a green goblin looking nasty", actor.icon().description());
        assertEquals("image/jpeg", actor.icon().mediaType());
        assertEquals(Instant.parse("2022-05-20T11:09:18Z"), actor.published());
        assertEquals(Boolean.FALSE, actor.manuallyApprovesFollowers());
        assertEquals(Boolean.TRUE, actor.discoverable());
    }

    @Test
    void mastodon_type_array_is_read_as_its_actor_type() throws Exception {
        RemoteActor actor = READER.read(Fixtures.bytes("mastodon/actor-person-type-array.json"));

        assertEquals("Person", actor.type());
        assertEquals("https://ap.example.com/@foo", actor.url());
        assertEquals("https://quitter.no/avatar/7477-300-20160211190340.png", actor.icon().url());
        assertEquals("https://ap.example.com/inbox", actor.sharedInbox());
    }

    @Test
    void mastodon_service_is_a_bot_with_profile_fields_and_flags() throws Exception {
        RemoteActor actor = READER.read(Fixtures.bytes("mastodon/actor-service.json"));

        assertTrue(actor.isBot());
        assertEquals(List.of("code", "my user-agent", "coded by"),
                actor.fields().stream().map(PropertyValue::name).toList());
        assertEquals(Boolean.FALSE, actor.indexable());
        assertEquals(Boolean.FALSE, actor.memorial());
        assertEquals(Boolean.TRUE, actor.discoverable());
        assertEquals(Instant.parse("2020-05-13T00:00:00Z"), actor.published());
        assertEquals("https://mastodont.cat/users/fediverse/collections/tags", actor.featuredTags());
    }

    @Test
    void peertube_icon_array_picks_the_widest_image() throws Exception {
        RemoteActor actor = READER.read(Fixtures.bytes("peertube/group-channel.json"));

        assertTrue(actor.isGroup());
        assertEquals("https://tilvids.com/lazy-static/avatars/13b0214b-edc0-4c5b-a04d-be648a3a370a.jpg",
                actor.icon().url());
    }

    @Test
    void wordpress_blog_skips_link_attachments_and_reads_webfinger() throws Exception {
        RemoteActor actor = READER.read(Fixtures.bytes("wordpress/group-blog.json"));

        assertEquals("dbzer0.com@dbzer0.com", actor.webfinger());
        assertEquals(1, actor.fields().size());
        assertEquals("Blog", actor.fields().get(0).name());
        assertEquals(3, actor.alsoKnownAs().size());
        assertEquals(Boolean.TRUE, actor.indexable());
    }

    @Test
    void misskey_top_level_shared_inbox_is_read() throws Exception {
        RemoteActor actor = READER.read(Fixtures.bytes("misskey/person.json"));
        assertEquals("https://misskey.io/inbox", actor.sharedInbox());
        assertNull(actor.icon().description());
    }

    @Test
    void mitra_multikeys_are_read_next_to_the_legacy_key() throws Exception {
        RemoteActor actor = READER.read(Fixtures.bytes("mitra/person-multikey.json"));

        assertEquals(1, actor.publicKeys().size());
        assertEquals(List.of("https://wizard.casa/users/hongminhee#main-key",
                "https://wizard.casa/users/hongminhee#ed25519-key"),
                actor.assertionMethods().stream().map(RemoteMultikey::id).toList());
        assertEquals(Boolean.TRUE, actor.manuallyApprovesFollowers());
    }

    @Test
    void w3c_minimal_person_has_no_keys_and_no_optional_flags() throws Exception {
        RemoteActor actor = READER.read(Fixtures.bytes("w3c/ap-person.json"));

        assertTrue(actor.publicKeys().isEmpty());
        assertNull(actor.discoverable());
        assertNull(actor.sharedInbox());
        assertNull(actor.key("https://social.example/alyssa/#main-key"));
    }

    @Test
    void key_is_found_by_its_id() throws Exception {
        RemoteActor actor = READER.read(Fixtures.bytes("mastodon/actor-person.json"));
        assertEquals("https://ap.example.com/users/foo", actor.key("https://ap.example.com/users/foo#main-key").owner());
    }

    @Test
    void missing_id_is_refused() {
        assertEquals("missing id", reason(without(actor(), "id")));
    }

    @Test
    void non_http_id_is_refused() {
        assertEquals("id is not an http(s) URL", reason(actor().put("id", "ftp://example.com/alice")));
        assertEquals("id is not an http(s) URL", reason(actor().put("id", "/users/alice")));
        assertEquals("id is not an http(s) URL", reason(actor().put("id", 42)));
    }

    @Test
    void missing_inbox_is_refused() {
        assertEquals("missing inbox", reason(without(actor(), "inbox")));
        assertEquals("missing inbox", reason(actor().put("inbox", " ")));
        assertEquals("inbox is not an http(s) URL", reason(actor().put("inbox", "mailto:a@example.com")));
    }

    @Test
    void non_actor_type_is_refused_with_its_name() {
        assertEquals("not an actor type: Note", reason(actor().put("type", "Note")));
        assertEquals("missing type", reason(without(actor(), "type")));
        assertEquals("missing type", reason(actor().put("type", 7)));
    }

    @Test
    void prefixed_and_full_iri_actor_types_are_accepted() throws Exception {
        assertEquals("Service", READER.read(actor().put("type", "as:Service")).type());
        ObjectNode withIri = actor();
        withIri.putArray("type").add("https://www.w3.org/ns/activitystreams#Organization");
        assertEquals("Organization", READER.read(withIri).type());
    }

    @Test
    void non_object_documents_are_refused() {
        assertEquals("not a JSON object", assertThrows(RefusedDocumentException.class,
                () -> READER.read("[1,2]")).reason());
        assertThrows(RefusedDocumentException.class, () -> READER.read("{\"id\":"));
        assertThrows(RefusedDocumentException.class, () -> READER.read((String) null));
    }

    @Test
    void document_over_one_mebibyte_is_refused() {
        ObjectNode big = actor().put("summary", "x".repeat(1 << 20));
        RefusedDocumentException e = assertThrows(RefusedDocumentException.class, () -> READER.read(big.toString()));
        assertTrue(e.reason().contains("larger than"), e.reason());
    }

    @Test
    void over_deep_document_is_refused() {
        String deep = actor().toString().replaceFirst("\\{", "{\"x\":" + "[".repeat(70) + "]".repeat(70) + ",");
        RefusedDocumentException e = assertThrows(RefusedDocumentException.class, () -> READER.read(deep));
        assertTrue(e.reason().contains("deeper"), e.reason());
    }

    @Test
    void fields_are_capped_at_fifty_and_cut_at_2047_characters() throws Exception {
        ObjectNode doc = actor();
        ArrayNode attachment = doc.putArray("attachment");
        attachment.addObject().put("type", "PropertyValue").put("name", "n".repeat(3000)).put("value", "v".repeat(3000));
        for (int i = 0; i < 60; i++) {
            attachment.addObject().put("type", "PropertyValue").put("name", "f" + i).put("value", "v" + i);
        }
        RemoteActor actor = READER.read(doc);

        assertEquals(50, actor.fields().size());
        assertEquals(2047, actor.fields().get(0).name().length());
        assertEquals(2047, actor.fields().get(0).value().length());
        assertEquals("f48", actor.fields().get(49).name());
    }

    @Test
    void long_name_and_summary_are_truncated_but_never_inside_a_surrogate_pair() throws Exception {
        String emoji = "\uD83D\uDE00";
        RemoteActor actor = READER.read(actor().put("name", "a".repeat(2047) + emoji).put("summary", "s".repeat(30_000)));

        assertEquals(2047, actor.name().length());
        assertEquals(20_000, actor.summary().length());
    }

    @Test
    void keys_are_capped_at_ten_and_bad_entries_skipped() throws Exception {
        ObjectNode doc = actor();
        ArrayNode keys = doc.putArray("publicKey");
        keys.add("https://example.com/users/alice#bare-reference");
        keys.addObject().put("id", "https://example.com/users/alice#no-pem");
        for (int i = 0; i < 12; i++) {
            keys.addObject().put("id", "https://example.com/users/alice#k" + i)
                    .put("owner", "https://example.com/users/alice").put("publicKeyPem", "PEM" + i);
        }
        RemoteActor actor = READER.read(doc);

        assertEquals(8, actor.publicKeys().size());
        assertEquals("https://example.com/users/alice#k0", actor.publicKeys().get(0).id());
    }

    @Test
    void url_prefers_the_html_link_among_many() throws Exception {
        ObjectNode doc = actor();
        ArrayNode url = doc.putArray("url");
        url.addObject().put("type", "Link").put("mediaType", "application/activity+json")
                .put("href", "https://example.com/users/alice");
        url.addObject().put("type", "Link").put("mediaType", "text/html").put("href", "https://example.com/@alice");
        assertEquals("https://example.com/@alice", READER.read(doc).url());

        ObjectNode single = actor();
        single.putObject("url").put("type", "Link").put("href", "https://example.com/profile");
        assertEquals("https://example.com/profile", READER.read(single).url());
        assertNull(READER.read(actor().put("url", "javascript:alert(1)")).url());
    }

    @Test
    void icon_given_as_a_plain_url_string_is_read() throws Exception {
        RemoteActor actor = READER.read(actor().put("icon", "https://cdn.example/a.png").put("image", 5));
        assertEquals("https://cdn.example/a.png", actor.icon().url());
        assertNull(actor.image());
    }

    @Test
    void aliases_accept_a_single_string_objects_and_drop_junk() throws Exception {
        assertEquals(List.of("https://old.example/users/alice"),
                READER.read(actor().put("alsoKnownAs", "https://old.example/users/alice")).alsoKnownAs());
        ObjectNode doc = actor();
        doc.putArray("alsoKnownAs").add("not a url").add(MAPPER.createObjectNode().put("id", "https://a.example/u"))
                .add("https://a.example/u");
        assertEquals(List.of("https://a.example/u"), READER.read(doc).alsoKnownAs());
    }

    @Test
    void flags_and_dates_of_the_wrong_shape_are_ignored() throws Exception {
        RemoteActor actor = READER.read(actor().put("discoverable", "yes").put("suspended", true)
                .put("published", "last tuesday").put("memorial", true));
        assertNull(actor.discoverable());
        assertEquals(Boolean.TRUE, actor.suspended());
        assertEquals(Boolean.TRUE, actor.memorial());
        assertNull(actor.published());
        assertEquals(Instant.parse("2019-06-01T10:00:00Z"),
                READER.read(actor().put("published", "2019-06-01T10:00:00")).published());
    }

    @Test
    void section_8_actor_reads_every_field() throws Exception {
        RemoteActor actor = READER.read(new String(
                ActorReaderTest.class.getClassLoader().getResourceAsStream("jsonld/section8-actor.json").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8));

        assertEquals("alice", actor.preferredUsername());
        assertEquals("Alice", actor.name());
        assertEquals("<p>bio</p>", actor.summary());
        assertEquals("https://example.com/@alice", actor.url());
        assertEquals("https://example.com/users/alice/outbox", actor.outbox());
        assertEquals("https://example.com/users/alice/followers", actor.followers());
        assertEquals("https://example.com/users/alice/following", actor.following());
        assertEquals("https://example.com/users/alice/collections/tags", actor.featuredTags());
        assertEquals("https://example.com/inbox", actor.sharedInbox());
        assertEquals("https://media.example-cdn.net/a.png", actor.icon().url());
        assertEquals(Boolean.FALSE, actor.indexable());
        assertFalse(actor.isBot());
        assertEquals(1, actor.fields().size());
    }

    private static ObjectNode actor() {
        return MAPPER.createObjectNode()
                .put("id", "https://example.com/users/alice")
                .put("type", "Person")
                .put("inbox", "https://example.com/users/alice/inbox");
    }

    private static ObjectNode without(ObjectNode doc, String property) {
        doc.remove(property);
        return doc;
    }

    private static String reason(ObjectNode doc) {
        return assertThrows(RefusedDocumentException.class, () -> READER.read(doc)).reason();
    }
}
