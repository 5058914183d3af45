package org.bureaucrathackers.fellowship.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.junit.jupiter.api.Test;

class InboxUrlsTest {

    @Test
    void hosts_are_lower_case_and_keep_only_ports_that_are_not_the_default() {
        assertEquals("social.example", InboxUrls.hostOf(URI.create("https://Social.Example/inbox")));
        assertEquals("social.example", InboxUrls.hostOf(URI.create("https://social.example:443/inbox")));
        assertEquals("social.example", InboxUrls.hostOf(URI.create("http://social.example:80/inbox")));
        assertEquals("social.example:8443", InboxUrls.hostOf(URI.create("https://social.example:8443/inbox")));
        assertEquals("127.0.0.1:8081", InboxUrls.hostOf(URI.create("http://127.0.0.1:8081/inbox")));
    }

    @Test
    void an_origin_is_scheme_and_host() {
        assertEquals("https://social.example", InboxUrls.originOf(URI.create("HTTPS://social.example/users/a/inbox")));
        assertEquals("http://127.0.0.1:8081", InboxUrls.originOf(URI.create("http://127.0.0.1:8081/inbox")));
    }

    @Test
    void only_absolute_http_urls_with_a_host_are_inboxes() {
        assertTrue(InboxUrls.parse("https://social.example/inbox").isPresent());
        for (String bad : new String[]{null, "", "/inbox", "ftp://social.example/inbox", "https:///inbox",
                "https://user:pw@social.example/inbox", "https://social.example/in box", "mailto:a@b.example",
                "https://social.example/" + "a".repeat(InboxUrls.MAX_URL_LENGTH)}) {
            assertTrue(InboxUrls.parse(bad).isEmpty(), String.valueOf(bad));
        }
        assertEquals("social.example", InboxUrls.hostOf("https://social.example/inbox").orElseThrow());
        assertTrue(InboxUrls.hostOf("not a url").isEmpty());
    }
}
