package org.bureaucrathackers.fellowship.federation;

import static org.bureaucrathackers.fellowship.federation.Network.remote;
import static org.bureaucrathackers.fellowship.federation.Network.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.json.Json;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.testing.ApiClient;
import org.bureaucrathackers.fellowship.testing.PracticeExamples;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Practice records between real instances: what olena publishes on {@code a} is rebuilt field by field on
 * {@code b}, where bob follows her; her edits reach b as Updates; her deletion removes b's copy.
 */
class PracticeFederationTest {

    static final String BASE = "/api/fellowship/v1/practices";
    /** The fields of the record itself (not where it lives): what every copy must agree on. */
    static final List<String> RECORD_FIELDS = List.of("title", "summary", "problem", "rules", "hack_kinds",
            "what_changed", "outcomes", "stage", "country", "government_level", "organisation", "organisation_type",
            "sector", "themes", "next_steps", "help_wanted", "adapted_from", "language", "translations", "licence");

    private final Network network = new Network();
    private final TestInstance a = network.start();
    private final TestInstance b = network.start();
    private final Account olena = a.createFellow("olena");
    private final Account bob = b.createFellow("bob");
    private final ApiClient olenaApp = ApiClient.of(a, olena, "read write");
    private final ApiClient bobApp = ApiClient.of(b, bob, "read write");

    @AfterEach
    void close() {
        network.close();
    }

    static ObjectNode example() {
        return PracticeExamples.practice();
    }

    static JsonNode ok(HttpResponse<String> response) {
        return ApiClient.ok(response);
    }

    static HttpResponse<String> put(TestInstance on, ApiClient app, String path, Object body) {
        return on.send(HttpRequest.newBuilder(java.net.URI.create(on.base() + path))
                .header("Authorization", "Bearer " + app.token()).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(Json.write(body))).build());
    }

    private void bobFollowsOlena() {
        network.follow(b, bob, a, "olena");
    }

    private JsonNode copyOnB(String uri) {
        Status copy = status(b, uri).orElseThrow();
        return ok(bobApp.get(BASE + "/" + copy.id()));
    }

    @Test
    void a_practice_published_on_one_instance_is_rebuilt_field_by_field_on_another() {
        bobFollowsOlena();
        JsonNode published = ok(olenaApp.postJson(BASE, example()));
        String uri = published.get("uri").asText();

        network.until("the practice reaches b", () -> status(b, uri).isPresent());
        JsonNode copy = copyOnB(uri);
        for (String field : RECORD_FIELDS) {
            assertEquals(published.get(field), copy.get(field), field);
        }
        assertEquals("olena@" + a.domain(), copy.get("acct").asText());
        assertEquals(Jsoup.parse(published.at("/status/content").asText()).text(),
                Jsoup.parse(copy.at("/status/content").asText()).text(), "the same story");
        assertEquals(1, ok(bobApp.get(BASE + "?local=false&country=UA")).size(), "listed among remote practices");
    }

    @Test
    void an_edit_reaches_the_other_instance_and_earlier_versions_are_kept() {
        bobFollowsOlena();
        JsonNode published = ok(olenaApp.postJson(BASE, example()));
        String uri = published.get("uri").asText();
        String id = published.get("id").asText();
        network.until("the practice reaches b", () -> status(b, uri).isPresent());

        ObjectNode changed = example().put("stage", "evaluating").put("title", "Permits in a day, measured");
        ((ObjectNode) changed.at("/outcomes/0")).put("value", "1.2");
        JsonNode edited = ok(put(a, olenaApp, BASE + "/" + id, changed));
        assertEquals("evaluating", edited.get("stage").asText());

        network.until("b's copy changes", () -> "evaluating".equals(copyOnB(uri).path("stage").asText()));
        JsonNode copy = copyOnB(uri);
        assertEquals("Permits in a day, measured", copy.get("title").asText());
        assertEquals("1.2", copy.at("/outcomes/0/value").asText());
        assertTrue(copy.at("/status/content").asText().contains("Permits in a day, measured"));

        JsonNode history = ok(olenaApp.get(BASE + "/" + id + "/history"));
        assertEquals(2, history.size(), history.toString());
        assertEquals("evaluating", history.get(0).get("stage").asText(), "newest first");
        assertEquals("diffusing", history.get(1).get("stage").asText());
        assertEquals(2, ok(bobApp.get(BASE + "/" + copyOnB(uri).get("id").asText() + "/history")).size(),
                "b keeps the version it had too");

        ok(olenaApp.delete(BASE + "/" + id));
        network.until("b's copy is deleted", () -> status(b, uri).isEmpty());
    }

    @Test
    void an_adaptation_published_elsewhere_is_listed_on_the_original_across_instances() {
        TestInstance c = network.start();
        Account carla = c.createFellow("carla");
        ApiClient carlaApp = ApiClient.of(c, carla, "read write");
        Account olenaOnC = remote(c, a, "olena");
        Account bobOnC = remote(c, b, "bob");
        c.follows().follow(carla, olenaOnC);
        c.follows().follow(carla, bobOnC);
        network.until("carla follows both", () -> c.follows().isFollowing(carla, olenaOnC)
                && c.follows().isFollowing(carla, bobOnC));

        JsonNode original = ok(olenaApp.postJson(BASE, example()));
        String originalUri = original.get("uri").asText();
        ObjectNode adapted = example().put("title", "Permits in a day, in Kraków").put("country", "PL")
                .put("organisation", "Kraków City Hall").put("organisation_type", "city administration");
        adapted.putArray("adapted_from").add(original.get("url").asText());
        JsonNode adaptation = ok(bobApp.postJson(BASE, adapted));
        assertEquals(originalUri, adaptation.at("/adapted_from/0").asText(), "the original's page URL is resolved to its id");
        assertTrue(adaptation.at("/status/mentions").toString().contains("olena"), "the original's author is addressed");

        String originalId = original.get("id").asText();
        network.until("a lists the adaptation",
                () -> ok(olenaApp.get(BASE + "/" + originalId + "/adaptations")).size() == 1);
        JsonNode listed = ok(olenaApp.get(BASE + "/" + originalId + "/adaptations")).get(0);
        assertEquals(adaptation.get("uri"), listed.get("uri"));
        assertEquals("Kraków City Hall", listed.get("organisation").asText());
        assertEquals("city administration", listed.get("organisation_type").asText());
        assertEquals("PL", listed.get("country").asText());
        assertEquals("bob@" + b.domain(), listed.get("acct").asText());

        String adaptationUri = adaptation.get("uri").asText();
        network.until("c has both", () -> status(c, originalUri).isPresent() && status(c, adaptationUri).isPresent());
        long originalOnC = status(c, originalUri).orElseThrow().id();
        JsonNode onC = ok(carlaApp.get(BASE + "/" + originalOnC + "/adaptations"));
        assertEquals(1, onC.size(), onC.toString());
        assertEquals(adaptationUri, onC.get(0).get("uri").asText());
    }

    @Test
    void the_originals_page_lists_an_adaptation_published_on_another_instance_and_the_adaptation_names_its_source() {
        JsonNode original = ok(olenaApp.postJson(BASE, example()));
        String originalId = original.get("id").asText();
        ObjectNode adapted = example().put("title", "Permits in a day, in <b>Kraków</b>").put("country", "PL")
                .put("organisation", "Kraków City Hall & Co").put("organisation_type", "city administration");
        adapted.putArray("adapted_from").add(original.get("url").asText());
        JsonNode adaptation = ok(bobApp.postJson(BASE, adapted));

        Document before = page(a, original.get("url").asText());
        assertTrue(before.select("section.lineage li.adaptation").isEmpty(), "nothing adapted yet");
        assertEquals(1, before.select("section.lineage .adaptations-none").size());

        network.until("a lists the adaptation",
                () -> ok(olenaApp.get(BASE + "/" + originalId + "/adaptations")).size() == 1);
        Document page = page(a, original.get("url").asText());
        assertTrue(page.select(".e-content").text().contains("Rules we worked with"), "the story is on the page");
        Elements listed = page.select("section.lineage li.adaptation");
        assertEquals(1, listed.size(), page.select("section.lineage").outerHtml());
        Element item = listed.get(0);
        Element title = item.selectFirst("a.adaptation-title");
        assertEquals("Permits in a day, in <b>Kraków</b>", title.text(), "the title is text, escaped");
        assertTrue(item.select("b").isEmpty(), "no markup from the title");
        assertEquals(adaptation.get("url").asText(), title.attr("href"));
        assertEquals("bob@" + b.domain(), item.selectFirst(".handle").text().substring(1));
        assertEquals("Kraków City Hall & Co", item.selectFirst(".adaptation-organisation").text());
        assertEquals("(city administration)", item.selectFirst(".adaptation-organisation-type").text());
        assertEquals("Poland", item.selectFirst(".adaptation-country").text());
        assertEquals(1, ok(olenaApp.get(BASE + "/" + originalId + "/adaptations")).size(), "and still in the API");

        Document adaptationPage = page(b, adaptation.get("url").asText());
        Element source = adaptationPage.selectFirst("section.lineage ul.adapted-from a");
        assertTrue(List.of(original.get("url").asText(), original.get("uri").asText()).contains(source.attr("href")),
                source.outerHtml());
        assertEquals(original.get("title").asText(), source.text(), "the original's title, as b knows it");
    }

    /** The HTML page a browser gets at a status's URL. */
    private static Document page(TestInstance on, String url) {
        HttpResponse<String> response = on.send(HttpRequest.newBuilder(java.net.URI.create(url))
                .header("Accept", "text/html").GET().build());
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        return Jsoup.parse(response.body());
    }
}
