package org.bureaucrathackers.fellowship.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Remote HTML kept within its column after sanitising. */
class RemoteTextTest {

    @Test
    void html_that_fits_is_sanitised() {
        assertEquals("<p>hi <b>there</b></p>", RemoteText.html("<p onclick=\"x()\">hi <b>there</b><script>1</script></p>", 100));
        assertEquals("", RemoteText.html(null, 100));
    }

    @Test
    void html_that_grows_past_its_limit_becomes_escaped_text_within_it() {
        // Each bare <a> gains an enforced rel attribute: 4 000 characters of links sanitise to over 20 000.
        String links = "<a>&amp;</a>".repeat(400);

        String kept = RemoteText.html(links, 4096);

        assertTrue(kept.length() <= 4096, "length " + kept.length());
        assertTrue(kept.startsWith("&amp;&amp;"), kept.substring(0, 20));
        assertFalse(kept.contains("<"));
    }

    @Test
    void cutting_never_splits_a_surrogate_pair() {
        assertEquals("ab", RemoteText.cut("ab\uD83D\uDE00", 3));
        assertEquals("ab\uD83D\uDE00", RemoteText.cut("ab\uD83D\uDE00", 4));
    }
}
