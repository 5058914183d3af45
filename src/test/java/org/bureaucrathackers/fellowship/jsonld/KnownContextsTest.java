package org.bureaucrathackers.fellowship.jsonld;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class KnownContextsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void mastodon_actor_context_is_known() throws Exception {
        JsonNode actor = MAPPER.readTree(Resources.text("jsonld/section8-actor.json"));
        assertTrue(KnownContexts.isKnown(actor.get("@context")));
        assertTrue(JsonLdProcessor.standard().isKnownContext(actor.get("@context")));
    }

    @Test
    void plain_activitystreams_string_is_known() {
        assertTrue(known("\"https://www.w3.org/ns/activitystreams\""));
        assertTrue(known("\"http://www.w3.org/ns/activitystreams\""));
    }

    @Test
    void every_fast_path_context_is_known_next_to_activitystreams() {
        assertTrue(known("""
                ["https://www.w3.org/ns/activitystreams","https://w3id.org/security/v1",
                 "https://w3id.org/security/multikey/v1","https://w3id.org/security/data-integrity/v1",
                 "https://w3id.org/security/data-integrity/v2","https://purl.archive.org/socialweb/webfinger",
                 "https://litepub.social/litepub/context.jsonld",{"toot":"http://joinmastodon.org/ns#"}]"""));
    }

    @Test
    void any_other_remote_context_is_not_known() {
        assertFalse(known("[\"https://www.w3.org/ns/activitystreams\",\"https://gotosocial.org/ns\"]"));
        assertFalse(known("[\"https://www.w3.org/ns/activitystreams\",\"https://www.w3.org/ns/did/v1\"]"));
        assertFalse(known("\"https://w3id.org/security/v1\""));
    }

    @Test
    void context_without_activitystreams_is_not_known() {
        assertFalse(known("[\"https://w3id.org/security/v1\",{\"x\":\"https://x.example/#\"}]"));
        assertFalse(known("{\"x\":\"https://x.example/#\"}"));
    }

    @Test
    void inline_map_naming_a_remote_scoped_context_is_not_known() {
        assertFalse(known("""
                ["https://www.w3.org/ns/activitystreams",
                 {"Thing":{"@id":"https://x.example/Thing","@context":"https://x.example/scoped"}}]"""));
        assertFalse(known("[\"https://www.w3.org/ns/activitystreams\",{\"@import\":\"https://x.example/c\"}]"));
        assertTrue(known("""
                ["https://www.w3.org/ns/activitystreams",
                 {"Thing":{"@id":"https://x.example/Thing","@context":{"y":"https://y.example/#"}}}]"""));
    }

    @Test
    void missing_null_and_odd_contexts_are_not_known() {
        assertFalse(KnownContexts.isKnown(null));
        assertFalse(known("null"));
        assertFalse(known("42"));
        assertFalse(known("[\"https://www.w3.org/ns/activitystreams\",42]"));
        assertFalse(known("[]"));
    }

    private static boolean known(String json) {
        try {
            return KnownContexts.isKnown(MAPPER.readTree(json));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
