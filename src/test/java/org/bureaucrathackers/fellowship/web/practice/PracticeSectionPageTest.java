package org.bureaucrathackers.fellowship.web.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.List;
import org.bureaucrathackers.fellowship.testing.ApiClient;
import org.bureaucrathackers.fellowship.testing.Browser;
import org.bureaucrathackers.fellowship.testing.PracticeExamples;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The practice section of a practice's page: structure, outcomes table, translations, all text escaped. */
class PracticeSectionPageTest {

    private static TestInstance instance;
    private static String path;

    @BeforeAll
    static void start() {
        instance = TestInstance.start();
        ApiClient author = ApiClient.fellow(instance, "olena", "read write");
        ObjectNode practice = PracticeExamples.practice();
        practice.put("title", "Permits <script>alert('title')</script> in a day");
        practice.put("problem", "<img src=x onerror=alert(1)> waited\n40 days");
        JsonNode published = ApiClient.ok(author.postJson("/api/fellowship/v1/practices", practice));
        path = "/@olena/" + published.get("id").asText();
    }

    @AfterAll
    static void stop() {
        instance.close();
    }

    @Test
    void the_outcomes_are_a_table_with_each_value_in_its_own_unit_or_currency() {
        Document page = page("en");
        Element table = page.selectFirst("section.practice table.outcomes");
        assertNotNull(table, page.html());
        assertEquals("Outcomes", table.selectFirst("caption").text());
        assertEquals(7, table.select("thead th[scope=col]").size());
        Elements rows = table.select("tbody tr");
        assertEquals(2, rows.size());
        assertEquals(List.of("Days to a permit", "1.5", "days", "40", "case records, 2023 vs 2024", "Before and after",
                "https://stats.example/permits"), cells(rows.get(0)));
        assertEquals("row", rows.get(0).selectFirst("th").attr("scope"));
        assertEquals("https://stats.example/permits", rows.get(0).selectFirst("a").attr("href"));
        assertEquals(List.of("Inspection costs saved", "120,000", "EUR", "Not given", "Not given", "Anecdotal",
                "Not given"), cells(rows.get(1)));

        Document french = page("fr");
        Elements frenchRows = french.select("section.practice table.outcomes tbody tr");
        assertEquals("1,5", frenchRows.get(0).select("td").get(0).text());
        assertEquals("120 000", frenchRows.get(1).select("td").get(0).text().replace('\u202f', ' ').replace('\u00a0', ' '));
        assertEquals("Avant et après", frenchRows.get(0).select("td").get(4).text());
    }

    @Test
    void the_structure_is_shown_with_links_and_words_in_the_readers_language() {
        Document page = page("es");
        Element section = page.selectFirst("section.practice");
        assertTrue(section.text().contains("Reinterpretación de una norma, Rediseño de un procedimiento"), section.text());
        assertTrue(section.text().contains("Difundir"), section.text());
        assertTrue(section.text().contains("Ucrania"), section.text());
        assertEquals("https://zakon.example/eli/ua/2017/12", section.selectFirst("ul.rules a").attr("href"));
        assertEquals("eli/ua/2017/12/art_12", section.selectFirst("ul.rules .rule-identifier").text());
        assertEquals("/tags/permits", section.selectFirst("ul.themes a").attr("href"));
        assertEquals("#redtape", section.select("ul.themes a").get(1).text());
        assertTrue(section.text().contains("Lviv City Council"), section.text());
        assertTrue(section.text().contains("CC-BY-4.0"), section.text());
        assertNotNull(section.selectFirst("section.lineage"), "the lineage stays");
    }

    @Test
    void each_translation_has_its_own_section_in_its_language_with_a_link_to_it() {
        Document page = page("en");
        Element translation = page.getElementById("translation-uk");
        assertNotNull(translation, page.html());
        assertEquals("uk", translation.selectFirst("div[lang]").attr("lang"));
        assertTrue(translation.text().contains("Дозвіл за день"), translation.text());
        assertTrue(translation.text().contains("Другий абзац."), translation.text());
        Element link = page.selectFirst("ul.translation-links a[href=#translation-uk]");
        assertNotNull(link);
        assertEquals("uk", link.attr("lang"));
        assertEquals("en", page.selectFirst("#practice-original h3").attr("lang"));
    }

    @Test
    void the_authors_text_is_escaped_everywhere() {
        HttpResponse<String> response = new Browser(instance).get(path);
        assertEquals(200, response.statusCode());
        Document page = Jsoup.parse(response.body());
        assertTrue(page.select("script").stream().allMatch(s -> s.hasAttr("src")), "no inline script");
        assertTrue(page.select("img").isEmpty(), "no image made of the problem's text");
        assertEquals("Permits <script>alert('title')</script> in a day", page.selectFirst("#practice-original h3").text());
        assertTrue(response.body().contains("&lt;script&gt;alert"), "escaped in the section");
        assertEquals(1, page.select("h1").size());
    }

    private static Document page(String language) {
        HttpResponse<String> response = new Browser(instance).getWithHeader(path, "Accept-Language", language);
        assertEquals(200, response.statusCode(), response.body());
        return Jsoup.parse(response.body());
    }

    private static List<String> cells(Element row) {
        return row.select("th, td").stream().map(Element::text).toList();
    }
}
