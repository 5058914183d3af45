package org.bureaucrathackers.fellowship.web.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.FellowService;
import org.bureaucrathackers.fellowship.community.NewCommunity;
import org.bureaucrathackers.fellowship.paging.PageRequest;
import org.bureaucrathackers.fellowship.practice.PracticeFilter;
import org.bureaucrathackers.fellowship.testing.ApiClient;
import org.bureaucrathackers.fellowship.testing.Browser;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The practice form over real HTTP: publishing every field, each kind of fault, preview, adapted-from search. */
class PracticeFormPageTest {

    private static final String PASSWORD = "correct horse battery";
    private static final String PATH = "/practices/new";
    private static final AtomicInteger NEXT = new AtomicInteger();

    static TestInstance instance;

    @BeforeAll
    static void start() {
        instance = TestInstance.start();
    }

    @AfterAll
    static void stop() {
        instance.close();
    }

    @Test
    void a_practice_published_through_the_form_has_every_field_and_its_page_is_the_next_stop() {
        Account author = fellow();
        Account coauthor = fellow();
        Account chief = instance.fellows().create(new FellowService.NewFellow("chief" + NEXT.incrementAndGet(), null,
                PASSWORD, null, true));
        String communityName = "permits" + NEXT.incrementAndGet();
        instance.communities().create(new NewCommunity(communityName, "Permits", "Permits in days", false), chief);
        Browser browser = signedIn(author);
        String original = publishedId(send(browser, "action", "publish", "title", "Fences without a permit"));
        String originalUri = instance.uris().status(author.username(), Long.parseLong(original));

        HttpResponse<String> published = send(browser, "action", "publish",
                "title", "Permits in a day", "summary", "We read the rule again.\nSo we stopped.",
                "problem", "Extensions waited 40 days.",
                "rules_rows", "2",
                "rules[0].name", "Building Code, art. 12", "rules[0].identifier", "eli/ua/2017/12/art_12",
                "rules[0].jurisdiction", "UA", "rules[0].url", "https://zakon.example/eli/ua/2017/12",
                "hack_kinds", "reinterpretation", "hack_kinds", "procedure_redesign",
                "what_changed", "Applicants send photos.",
                "outcomes_rows", "3",
                "outcomes[0].indicator", "Days to a permit", "outcomes[0].value", "1.5", "outcomes[0].unit", "days",
                "outcomes[0].baseline", "40", "outcomes[0].method", "case records",
                "outcomes[0].evidence_level", "before_after", "outcomes[0].source", "https://stats.example/permits",
                "outcomes[2].indicator", "Inspection costs saved", "outcomes[2].value", "120000",
                "outcomes[2].currency", "EUR", "outcomes[2].evidence_level", "anecdotal",
                "stage", "diffusing", "country", "UA", "government_level", "municipal",
                "organisation", "Lviv City Council", "organisation_type", "city administration",
                "sector", "construction", "themes", "permits, #RedTape",
                "next_steps", "Fences and sheds.", "help_wanted", "Inspector workload?",
                "coauthors", coauthor.username(), "community", communityName, "adapted_from", originalUri,
                "language", "en", "translations[0].language", "uk", "translations[0].title", "Дозвіл за день",
                "translations[0].summary", "Ми перечитали правило.", "translations[0].story", "Перший абзац.",
                "licence", "CC-BY-4.0", "visibility", "unlisted");

        String id = publishedId(published);
        assertEquals("/@" + author.username() + "/" + id, published.headers().firstValue("Location").orElseThrow());
        assertEquals(200, browser.follow(published).statusCode());
        JsonNode p = ApiClient.ok(ApiClient.anonymous(instance).get("/api/fellowship/v1/practices/" + id));
        assertEquals("Permits in a day", p.get("title").asText());
        assertEquals("We read the rule again.\nSo we stopped.", p.get("summary").asText());
        assertEquals("Extensions waited 40 days.", p.get("problem").asText());
        assertEquals(1, p.get("rules").size());
        assertEquals("Building Code, art. 12", p.at("/rules/0/name").asText());
        assertEquals("eli/ua/2017/12/art_12", p.at("/rules/0/identifier").asText());
        assertEquals("UA", p.at("/rules/0/jurisdiction").asText());
        assertEquals("https://zakon.example/eli/ua/2017/12", p.at("/rules/0/url").asText());
        assertEquals("[\"reinterpretation\",\"procedure_redesign\"]", p.get("hack_kinds").toString());
        assertEquals("Applicants send photos.", p.get("what_changed").asText());
        assertEquals(2, p.get("outcomes").size(), "the blank row between them is left out");
        assertEquals("Days to a permit", p.at("/outcomes/0/indicator").asText());
        assertEquals("1.5", p.at("/outcomes/0/value").asText());
        assertEquals("days", p.at("/outcomes/0/unit").asText());
        assertEquals("40", p.at("/outcomes/0/baseline").asText());
        assertEquals("case records", p.at("/outcomes/0/method").asText());
        assertEquals("before_after", p.at("/outcomes/0/evidence_level").asText());
        assertEquals("https://stats.example/permits", p.at("/outcomes/0/source").asText());
        assertEquals("120000", p.at("/outcomes/1/value").asText());
        assertEquals("EUR", p.at("/outcomes/1/currency").asText());
        assertEquals("anecdotal", p.at("/outcomes/1/evidence_level").asText());
        assertEquals("diffusing", p.get("stage").asText());
        assertEquals("UA", p.get("country").asText());
        assertEquals("municipal", p.get("government_level").asText());
        assertEquals("Lviv City Council", p.get("organisation").asText());
        assertEquals("city administration", p.get("organisation_type").asText());
        assertEquals("construction", p.get("sector").asText());
        assertEquals("[\"permits\",\"redtape\"]", p.get("themes").toString());
        assertEquals("Fences and sheds.", p.get("next_steps").asText());
        assertEquals("Inspector workload?", p.get("help_wanted").asText());
        assertEquals("[\"" + coauthor.username() + "@" + instance.domain() + "\"]", p.get("coauthors").toString());
        assertEquals(communityName + "@" + instance.domain(), p.get("community").asText());
        assertEquals("[\"" + originalUri + "\"]", p.get("adapted_from").toString());
        assertEquals("en", p.get("language").asText());
        assertEquals("Дозвіл за день", p.at("/translations/uk/title").asText());
        assertEquals("Ми перечитали правило.", p.at("/translations/uk/summary").asText());
        assertEquals("Перший абзац.", p.at("/translations/uk/story").asText());
        assertEquals("CC-BY-4.0", p.get("licence").asText());
        assertEquals("unlisted", p.at("/status/visibility").asText());
    }

    @Test
    void each_fault_is_a_422_with_the_form_refilled_the_message_next_to_its_field_and_nothing_stored() {
        Account author = fellow();
        Browser browser = signedIn(author);
        List<String> tooManyRules = new ArrayList<>();
        for (int i = 0; i <= 20; i++) {
            tooManyRules.addAll(List.of("rules[" + i + "].name", "Rule " + i));
        }
        Map<String, List<String>> faults = new java.util.LinkedHashMap<>();
        faults.put("title", List.of("title", "x".repeat(151)));
        faults.put("stage", List.of("stage", "someday"));
        faults.put("outcomes-1-unit", List.of("outcomes[1].indicator", "Days", "outcomes[1].value", "3",
                "outcomes[1].unit", "days", "outcomes[1].currency", "EUR"));
        faults.put("outcomes-0-value", List.of("outcomes[0].indicator", "Days", "outcomes[0].unit", "days"));
        faults.put("rules-0-url", List.of("rules[0].name", "Code", "rules[0].url", "not an address"));
        faults.put("rules", tooManyRules);
        faults.put("country", List.of("country", "XX"));
        faults.put("translations-0-language", List.of("translations[0].title", "Sans langue"));
        faults.put("coauthors", List.of("coauthors", "nobody_known_here"));
        faults.forEach((id, fields) -> {
            List<String> all = new ArrayList<>(List.of("action", "publish"));
            if (!id.equals("title")) {
                all.addAll(List.of("title", "A practice with a fault"));
            }
            all.addAll(fields);
            HttpResponse<String> refused = send(browser, all.toArray(String[]::new));
            assertEquals(422, refused.statusCode(), id + ": " + refused.body());
            Document page = Jsoup.parse(refused.body());
            Element summary = page.selectFirst(".error-summary[role=alert]");
            assertNotNull(summary, id);
            assertEquals("#" + id, summary.selectFirst("a").attr("href"), id);
            Element control = page.getElementById(id);
            assertNotNull(control, id);
            assertTrue(control.attr("aria-describedby").contains(id + "-error"), id + ": " + control);
            assertFalse(page.getElementById(id + "-error").text().isBlank(), id);
            if (!control.tagName().equals("fieldset")) {
                assertEquals("true", control.attr("aria-invalid"), id);
            }
            if (!id.equals("title")) {
                assertEquals("A practice with a fault", page.getElementById("title").val(), id + ": refilled");
            }
            assertEquals(1, page.select("h1").size());
        });
        assertTrue(stored(author).isEmpty());
    }

    @Test
    void the_faults_speak_the_readers_language() {
        Browser browser = signedIn(fellow());
        assertEquals(303, browser.submit(browser.get("/"), "lang", "fr").statusCode());
        HttpResponse<String> refused = send(browser, "action", "publish", "title", "Une pratique",
                "rules[0].name", "Code", "rules[0].url", "pas une adresse");
        assertEquals(422, refused.statusCode());
        Document page = Jsoup.parse(refused.body());
        assertEquals("Indiquez une adresse qui commence par https:// ou http://, sans espace.",
                page.getElementById("rules-0-url-error").text());
        assertEquals("Règle 1, Adresse (URL) : Indiquez une adresse qui commence par https:// ou http://, sans espace.",
                page.selectFirst(".error-summary a").text());
    }

    @Test
    void a_preview_shows_the_story_of_the_post_escaped_and_stores_nothing() {
        Account author = fellow();
        Browser browser = signedIn(author);
        HttpResponse<String> preview = send(browser, "action", "preview", "title", "Permits <script>alert(1)</script>",
                "outcomes[0].indicator", "Days to a permit", "outcomes[0].value", "1.5", "outcomes[0].unit", "days",
                "language", "en");
        assertEquals(200, preview.statusCode(), preview.body());
        Document page = Jsoup.parse(preview.body());
        Element story = page.selectFirst("section.preview .e-content");
        assertNotNull(story, preview.body());
        assertEquals("en", story.attr("lang"));
        assertEquals("Permits <script>alert(1)</script>", story.selectFirst("strong").text());
        assertTrue(story.select("script").isEmpty());
        assertTrue(story.text().contains("Days to a permit: 1.5 days"), story.text());
        assertEquals("Permits <script>alert(1)</script>", page.getElementById("title").val(), "the form stays filled");
        assertTrue(stored(author).isEmpty());
    }

    @Test
    void rows_are_added_one_at_a_time_up_to_the_records_bound() {
        Browser browser = signedIn(fellow());
        Document blank = Jsoup.parse(browser.get(PATH).body());
        assertNotNull(blank.getElementById("outcomes-0-indicator"));
        assertNull(blank.getElementById("outcomes-1-indicator"));
        assertEquals("preview", blank.selectFirst("form.practice-form button[type=submit]").val(),
                "Enter in a field previews, it adds no row");
        Document more = Jsoup.parse(send(browser, "action", "add_outcome", "title", "Kept",
                "outcomes_rows", "1").body());
        assertNotNull(more.getElementById("outcomes-1-indicator"));
        assertNull(more.getElementById("outcomes-2-indicator"));
        assertEquals("Kept", more.getElementById("title").val());
        Document full = Jsoup.parse(send(browser, "action", "add_rule", "rules_rows", "20").body());
        assertNotNull(full.getElementById("rules-19-name"));
        assertNull(full.getElementById("rules-20-name"));
        assertTrue(full.select("button[value=add_rule]").isEmpty(), "no more rules than the record holds");
    }

    @Test
    void the_adapted_from_search_finds_a_practice_and_adds_it() {
        Account author = fellow();
        Browser browser = signedIn(author);
        String id = publishedId(send(browser, "action", "publish", "title", "Zebra crossings drawn by residents",
                "organisation", "Kharkiv Roads"));
        String uri = instance.uris().status(author.username(), Long.parseLong(id));

        HttpResponse<String> found = send(browser, "action", "search_adapted", "title", "My adaptation",
                "adapted_query", "zebra");
        assertEquals(200, found.statusCode());
        Document page = Jsoup.parse(found.body());
        Element result = page.selectFirst("ul.found-list li");
        assertNotNull(result, found.body());
        assertTrue(result.text().contains("Zebra crossings drawn by residents"), result.text());
        assertTrue(result.text().contains("Kharkiv Roads"), result.text());
        assertTrue(result.text().contains("@" + author.username() + "@" + instance.domain()), result.text());
        Element add = result.selectFirst("button[name=add_adapted]");
        assertEquals(uri, add.val());

        Document added = Jsoup.parse(send(browser, "title", "My adaptation", "add_adapted", add.val()).body());
        assertEquals(uri, added.getElementById("adapted_from").val());
        assertEquals("My adaptation", added.getElementById("title").val());
        Document none = Jsoup.parse(send(browser, "action", "search_adapted", "adapted_query", "qwertyuiop").body());
        assertTrue(none.select("ul.found-list li").isEmpty());
        assertNotNull(none.selectFirst("section.found p"));
    }

    @Test
    void a_form_without_its_token_is_refused_and_a_signed_out_visit_goes_to_sign_in() {
        Account author = fellow();
        Browser browser = signedIn(author);
        HttpResponse<String> forged = browser.post(PATH, List.of("action", "publish", "title", "Forged"));
        assertEquals(403, forged.statusCode());
        assertTrue(stored(author).isEmpty());

        Browser stranger = new Browser(instance);
        HttpResponse<String> away = stranger.get(PATH);
        assertEquals(303, away.statusCode());
        assertEquals("/auth/sign_in?return_to=%2Fpractices%2Fnew", away.headers().firstValue("Location").orElseThrow());
        assertEquals(303, stranger.post(PATH, List.of("action", "publish", "title", "Anonymous")).statusCode());
    }

    static List<?> stored(Account author) {
        return instance.practices().list(new PracticeFilter(author.id(), null, null, null, null, null, null, null,
                null, null), PageRequest.newest(10)).items();
    }

    /** Posts the practice form with this browser's token and {@code fields}. */
    static HttpResponse<String> send(Browser browser, String... fields) {
        List<String> all = new ArrayList<>(List.of("csrf_token", token(browser.get(PATH))));
        all.addAll(List.of(fields));
        return browser.post(PATH, all);
    }

    static String token(HttpResponse<String> form) {
        return Jsoup.parse(form.body()).selectFirst("form.practice-form input[name=csrf_token]").val();
    }

    static String publishedId(HttpResponse<String> published) {
        assertEquals(303, published.statusCode(), published.body());
        String location = published.headers().firstValue("Location").orElseThrow();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    static Account fellow() {
        return instance.fellows().create(new FellowService.NewFellow("practitioner" + NEXT.incrementAndGet(), null,
                PASSWORD, null, false));
    }

    static Browser signedIn(Account fellow) {
        Browser browser = new Browser(instance);
        HttpResponse<String> response = browser.submit(browser.get("/auth/sign_in"), "username", fellow.username(),
                "password", PASSWORD);
        assertEquals(303, response.statusCode(), response.body());
        return browser;
    }
}
