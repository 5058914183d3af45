package org.bureaucrathackers.fellowship.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.bureaucrathackers.fellowship.json.Json;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The story of a practice survives Mastodon's sanitiser whole: every section, its bold head and its links. */
class StoryHtmlTest {

    static final List<String> HEADS = List.of("Problem", "Rules we worked with", "Kind of hack", "What changed",
            "Outcomes", "Stage", "Where", "Next steps", "Help wanted", "Co-authors", "Community", "Adapted from",
            "Licence");

    static ObjectNode example() throws IOException {
        try (InputStream in = StoryHtmlTest.class.getResourceAsStream("/practice/practice.json")) {
            return (ObjectNode) Json.MAPPER.readTree(in);
        }
    }

    private static String story(ObjectNode json) {
        PracticeContent content = PracticeInput.strict().content(json);
        return StoryHtml.render(content, List.of("mariia@other.example"), "permits@hub.example");
    }

    @Test
    void every_section_stays_visible_in_bold_after_mastodons_sanitiser() throws IOException {
        ObjectNode json = example();
        json.putArray("adapted_from").add("https://other.example/@olha/1");
        String html = story(json);
        Element shown = MastodonSanitiser.clean(html);

        assertEquals(Jsoup.parseBodyFragment(html).body().text(), shown.text(), "no text is lost");
        List<String> bold = shown.select("strong").eachText();
        assertEquals(json.get("title").asText(), bold.get(0), "the title comes first, in bold");
        assertTrue(bold.containsAll(HEADS), bold.toString());
        assertTrue(shown.child(1).text().startsWith("We read the permit rule again"), "the short explanation second");
        assertTrue(shown.children().last().text().startsWith("#permits"), "hashtags last");
        assertEquals(List.of("https://zakon.example/eli/ua/2017/12", "https://stats.example/permits",
                "https://other.example/@olha/1"), shown.select("a[href]").eachAttr("href"), "links stay links");
        assertTrue(shown.text().contains("1.5 days") && shown.text().contains("120000 EUR"), "values keep their units");
    }

    @Test
    void the_authors_text_is_escaped_never_markup() throws IOException {
        ObjectNode json = example().put("title", "<script>alert(1)</script>")
                .put("problem", "<img src=x onerror=alert(1)> and <b>bold</b>");
        String html = story(json);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
        assertTrue(Jsoup.parseBodyFragment(html).select("script, img, b").isEmpty(), html);
        assertTrue(MastodonSanitiser.clean(html).text().contains("<img src=x onerror=alert(1)> and <b>bold</b>"));
    }

    @Test
    void a_translation_is_its_title_summary_and_paragraphs() {
        String html = StoryHtml.translation(new Translation("Дозвіл <за> день", "Коротко.", "Один.\n\nДва."));
        assertEquals("<p><strong>Дозвіл &lt;за&gt; день</strong></p><p>Коротко.</p><p>Один.</p><p>Два.</p>", html);
    }
}
