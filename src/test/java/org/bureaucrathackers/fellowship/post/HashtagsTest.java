package org.bureaucrathackers.fellowship.post;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HashtagsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "#Java, java",
        "OpenData, opendata",
        "Café, cafe",
        "#ÉTÉ, ete",
        "Straße, strasse",
        "Ｆｕｌｌｗｉｄｔｈ, fullwidth",
        "ﬁnance, finance",
        "gov_tech, gov_tech",
        "web3, web3",
        "日本語, 日本語",
        "がんばろう, がんばろう",
        "Ελληνικά, ελληνικά",
        "tag·, tag",
        "de-risk, derisk",
    })
    void names_are_normalised_with_nfkc_lower_case_and_latin_folding(String written, String normalised) {
        assertEquals(normalised, Hashtags.normalize(written));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "#", "2026", "#123", "___", "!!!"})
    void names_without_a_letter_are_not_hashtags(String written) {
        assertNull(Hashtags.normalize(written));
    }

    @org.junit.jupiter.api.Test
    void names_longer_than_the_limit_are_not_hashtags() {
        assertEquals("a".repeat(Hashtags.MAX_LENGTH), Hashtags.normalize("a".repeat(Hashtags.MAX_LENGTH)));
        assertNull(Hashtags.normalize("a".repeat(Hashtags.MAX_LENGTH + 1)));
    }
}
