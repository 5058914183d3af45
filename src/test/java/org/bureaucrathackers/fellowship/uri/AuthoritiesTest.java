package org.bureaucrathackers.fellowship.uri;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** Host normalisation for origin checks (X16). */
class AuthoritiesTest {

    @Test
    void hosts_are_lower_cased_and_default_ports_dropped() {
        assertEquals("social.example", Authorities.of("https://Social.EXAMPLE:443/users/a"));
        assertEquals("social.example", Authorities.of("http://social.example:80/"));
        assertEquals("social.example:8443", Authorities.of("https://social.example:8443/x"));
        assertEquals("social.example:443", Authorities.of("http://social.example:443/x"));
        assertEquals("https://social.example", Authorities.origin(URI.create("HTTPS://social.example:443/a?b#c")));
    }

    @Test
    void only_http_urls_with_a_host_have_an_authority() {
        assertNull(Authorities.of("ftp://social.example/x"));
        assertNull(Authorities.of("acct:alice@social.example"));
        assertNull(Authorities.of("/users/a"));
        assertNull(Authorities.of("https://exa mple/"));
        assertNull(Authorities.of((String) null));
        assertNull(Authorities.of("https://social.example@evil.example/"), "user info is never a host");
    }

    @Test
    void same_compares_host_and_port_but_never_a_prefix() {
        assertTrue(Authorities.same("https://social.example/a", "http://SOCIAL.example:80/b"));
        assertFalse(Authorities.same("https://social.example/a", "https://social.example.evil/a"));
        assertFalse(Authorities.same("https://social.example/a", "https://social.example:8443/a"));
        assertFalse(Authorities.same("https://evil.example/a", "https://social.example@evil.example/a"));
        assertFalse(Authorities.same(null, null));
    }
}
