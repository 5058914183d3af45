package org.bureaucrathackers.fellowship.jsonld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Which contexts keep every ActivityStreams term as it is, so the document is read without JSON-LD (X15). */
class UsualContextsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final UsualContexts USUAL = new UsualContexts(BundledContexts.load());
    private static final String AS = "\"https://www.w3.org/ns/activitystreams\"";

    /** The only real payloads whose contexts are unusual, and why. */
    private static final Map<String, String> UNUSUAL_FIXTURES = Map.of(
            "kroeg/create-note-tag-object.json", "https://puckipedia.com/-/context, which is not bundled",
            "mobilizon/event.json", "redefines the ActivityStreams term 'location'");

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.bureaucrathackers.fellowship.jsonld.FixtureExpansionTest#fixtures")
    void real_payloads_are_usual_unless_listed(String file) throws Exception {
        Optional<String> why = USUAL.unusualBecause(MAPPER.readTree(Resources.text("fixtures/activitypub/" + file)));
        if (UNUSUAL_FIXTURES.containsKey(file)) {
            assertTrue(why.orElse("").contains(UNUSUAL_FIXTURES.get(file)), why::toString);
        } else {
            assertEquals(Optional.empty(), why, file);
        }
    }

    @Test
    void no_context_or_the_activitystreams_context_alone_is_usual() {
        assertUsual("{\"type\":\"Follow\"}");
        assertUsual("{\"@context\":" + AS + "}");
        assertUsual("{\"@context\":\"http://www.w3.org/ns/activitystreams\"}");
    }

    @Test
    void bundled_contexts_that_keep_activitystreams_terms_are_usual() {
        assertUsual(context(AS + ",\"https://w3id.org/security/v1\",\"https://w3id.org/security/multikey/v1\","
                + "\"https://w3id.org/security/data-integrity/v2\",\"https://purl.archive.org/socialweb/webfinger\","
                + "\"https://litepub.social/litepub/context.jsonld\",\"https://pleroma.example/schemas/litepub-0.1.jsonld\""));
    }

    @Test
    void a_bundled_context_that_redefines_activitystreams_terms_after_them_is_unusual() {
        assertUnusual(context(AS + ",\"https://schema.org/\""), "https://schema.org/ redefines");
        assertUnusual(context(AS + ",\"https://w3id.org/identity/v1\""), "identity/v1 redefines");
    }

    @Test
    void an_unknown_context_is_harmless_before_activitystreams_but_not_after() {
        assertUsual(context("\"https://join-lemmy.org/context.json\"," + AS));
        assertUnusual(context(AS + ",\"https://join-lemmy.org/context.json\""),
                "https://join-lemmy.org/context.json, which is not bundled");
    }

    @Test
    void the_contexts_fedify_names_are_bundled_and_keep_activitystreams_terms() {
        assertUsual(context("\"https://w3id.org/identity/v1\"," + AS + ",\"https://w3id.org/security/v1\","
                + "\"https://w3id.org/security/data-integrity/v1\",\"https://www.w3.org/ns/did/v1\","
                + "\"https://w3id.org/security/multikey/v1\",\"https://gotosocial.org/ns\""));
    }

    @Test
    void inline_terms_that_keep_activitystreams_meanings_are_usual() {
        assertUsual(context(AS + ",{\"toot\":\"http://joinmastodon.org/ns#\",\"featured\":{\"@id\":\"toot:featured\","
                + "\"@type\":\"@id\"},\"as\":\"https://www.w3.org/ns/activitystreams#\","
                + "\"alsoKnownAs\":{\"@id\":\"as:alsoKnownAs\",\"@type\":\"@id\"},\"id\":\"@id\",\"@language\":\"und\","
                + "\"Evil\":{\"@id\":\"https://x.example/Evil\",\"@context\":{\"colour\":\"https://x.example/colour\"}}}"));
    }

    @Test
    void inline_terms_that_redefine_activitystreams_terms_are_unusual() {
        assertUnusual(context(AS + ",{\"actor\":\"https://evil.example/ns#actor\"}"), "term 'actor'");
        assertUnusual(context(AS + ",{\"object\":{\"@id\":\"as:object\",\"@type\":\"xsd:string\"}}"), "term 'object'");
        assertUnusual(context(AS + ",{\"as\":\"https://evil.example/ns#\"}"), "term 'as'");
        assertUnusual(context(AS + ",{\"to\":null}"), "term 'to'");
        assertUnusual(context(AS + ",{\"Evil\":{\"@id\":\"https://x.example/Evil\","
                + "\"@context\":{\"attributedTo\":\"https://x.example/by\"}}}"), "term 'attributedTo'");
    }

    @Test
    void keyword_aliases_imports_bases_and_null_contexts_are_unusual() {
        assertUnusual(context(AS + ",{\"graph\":\"@graph\"}"), "alias of @graph");
        assertUnusual(context(AS + ",{\"ident\":{\"@id\":\"@id\"}}"), "alias of @id");
        assertUnusual(context(AS + ",{\"@import\":\"https://x.example/c\"}"), "uses @import");
        assertUnusual(context(AS + ",{\"@base\":\"https://victim.example/\"}"), "uses @base");
        assertUnusual(context(AS + ",null"), "null @context");
        assertUnusual(context(AS + ",{\"as:actor\":\"https://evil.example/a\"}"), "IRI-like term");
        assertUnusual(context(AS + ",{\"back\":{\"@reverse\":\"as:actor\"}}"), "uses @reverse");
    }

    @Test
    void a_context_without_activitystreams_or_of_an_odd_shape_is_unusual() {
        assertUnusual(context("\"https://w3id.org/security/v1\""), "does not name ActivityStreams");
        assertUnusual("{\"@context\":42}", "neither");
        assertUnusual("{\"@context\":[" + AS + ",42]}", "neither a URL nor a map");
    }

    @Test
    void a_context_nested_in_the_document_is_held_to_the_same_rules() {
        assertUsual("{\"@context\":" + AS + ",\"object\":{\"@context\":{\"x\":\"https://x.example/#\"},\"type\":\"Note\"}}");
        assertUnusual("{\"@context\":" + AS + ",\"object\":{\"@context\":{\"attributedTo\":\"https://x.example/by\"},"
                + "\"type\":\"Note\"}}", "term 'attributedTo'");
        assertUnusual("{\"object\":[{\"@context\":\"https://unknown.example/ctx\"}]}", "not bundled");
    }

    private static String context(String entries) {
        return "{\"@context\":[" + entries + "],\"type\":\"Create\"}";
    }

    private static void assertUsual(String json) {
        try {
            assertEquals(Optional.empty(), USUAL.unusualBecause(MAPPER.readTree(json)), json);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private static void assertUnusual(String json, String because) {
        try {
            Optional<String> why = USUAL.unusualBecause(MAPPER.readTree(json));
            assertTrue(why.isPresent(), () -> json + " should be unusual");
            assertTrue(why.get().contains(because), () -> json + ": " + why.get());
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
