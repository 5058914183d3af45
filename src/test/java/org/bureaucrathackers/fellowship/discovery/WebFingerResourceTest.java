package org.bureaucrathackers.fellowship.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bureaucrathackers.fellowship.uri.LocalUris;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class WebFingerResourceTest {

    private static final LocalUris URIS = new LocalUris("https://ministry.example", "ministry.example");
    private static final LocalUris WITH_PORT = new LocalUris("http://localhost:8080", "localhost:8080");

    private static WebFingerResource parse(String resource) {
        return WebFingerResource.parse(resource, URIS);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "acct:alice@ministry.example",
            "ACCT:alice@ministry.example",
            "alice@ministry.example",
            "@alice@ministry.example",
            "acct:@alice@ministry.example",
            "acct:alice@MINISTRY.example",
            " acct:alice@ministry.example ",
            "https://ministry.example/users/alice",
            "https://ministry.example/users/alice/",
            "https://ministry.example/@alice",
            "HTTPS://Ministry.Example/@alice"})
    void every_accepted_form_names_the_fellow(String resource) {
        assertEquals(new WebFingerResource.Fellow("alice"), parse(resource));
    }

    @Test
    void the_username_keeps_the_case_the_client_used() {
        assertEquals(new WebFingerResource.Fellow("ALICE"), parse("acct:ALICE@ministry.example"));
    }

    @Test
    void handles_with_a_port_match_a_domain_with_that_port() {
        assertEquals(new WebFingerResource.Fellow("alice"),
                WebFingerResource.parse("acct:alice@localhost:8080", WITH_PORT));
        assertEquals(new WebFingerResource.Fellow("alice"),
                WebFingerResource.parse("alice@LOCALHOST:8080", WITH_PORT));
        assertEquals(new WebFingerResource.Elsewhere(),
                WebFingerResource.parse("acct:alice@localhost:8081", WITH_PORT));
        assertEquals(new WebFingerResource.Elsewhere(),
                WebFingerResource.parse("acct:alice@localhost", WITH_PORT));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "acct:ministry.example@ministry.example",
            "ministry.example@ministry.example",
            "https://ministry.example/actor",
            "https://MINISTRY.example/actor"})
    void the_domain_at_the_domain_and_the_actor_url_name_the_instance_actor(String resource) {
        assertEquals(new WebFingerResource.InstanceActor(), parse(resource));
    }

    @Test
    void the_instance_actor_on_a_port_is_the_domain_with_or_without_the_port() {
        assertEquals(new WebFingerResource.InstanceActor(),
                WebFingerResource.parse("acct:localhost:8080@localhost:8080", WITH_PORT));
        assertEquals(new WebFingerResource.InstanceActor(),
                WebFingerResource.parse("acct:localhost@localhost:8080", WITH_PORT));
        assertEquals(new WebFingerResource.InstanceActor(),
                WebFingerResource.parse("http://localhost:8080/actor", WITH_PORT));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "acct:alice@elsewhere.example",
            "alice@ministry.example.evil",
            "https://elsewhere.example/users/alice",
            "http://ministry.example/users/alice",
            "https://ministry.example/users/alice/inbox",
            "https://ministry.example/users/alice?x=1",
            "https://ministry.example/actor/inbox",
            "https://ministry.example/",
            "acct:no+such+shape@ministry.example",
            "acct:abcdefghijabcdefghijabcdefghijx@ministry.example"})
    void other_hosts_paths_and_impossible_names_are_elsewhere(String resource) {
        assertEquals(new WebFingerResource.Elsewhere(), parse(resource));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "   ",
            "alice",
            "acct:alice",
            "acct:@ministry.example",
            "acct:alice@",
            "acct:alice@bob@ministry.example",
            "acct:al ice@ministry.example",
            "acct:alice@ministry example",
            "acct:alice@ministry.example/path",
            "mailto:alice",
            "https://",
            "https://ministry.example/users/a lice",
            "urn:ietf:params"})
    void garbled_resources_are_malformed(String resource) {
        assertThrows(MalformedResourceException.class, () -> parse(resource));
    }

    @Test
    void an_overlong_resource_is_malformed_with_a_clear_message() {
        String resource = "acct:" + "a".repeat(WebFingerResource.MAX_LENGTH) + "@ministry.example";
        MalformedResourceException e = assertThrows(MalformedResourceException.class, () -> parse(resource));
        assertTrue(e.getMessage().contains("longer than 2048"), e.getMessage());
    }

    @Test
    void a_resource_of_exactly_the_maximum_length_is_read() {
        String prefix = "https://ministry.example/users/alice?";
        String resource = prefix + "q".repeat(WebFingerResource.MAX_LENGTH - prefix.length());
        assertEquals(WebFingerResource.MAX_LENGTH, resource.length());
        assertEquals(new WebFingerResource.Elsewhere(), parse(resource));
    }
}
