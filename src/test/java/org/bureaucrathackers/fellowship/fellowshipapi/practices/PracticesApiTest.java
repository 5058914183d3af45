package org.bureaucrathackers.fellowship.fellowshipapi.practices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.bureaucrathackers.fellowship.json.Json;
import org.bureaucrathackers.fellowship.testing.ApiClient;
import org.bureaucrathackers.fellowship.testing.PracticeExamples;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Publishing, reading and deleting practice records over real HTTP, with auth, scopes and bad input. */
class PracticesApiTest {

    static final String BASE = "/api/fellowship/v1/practices";
    private static TestInstance instance;

    @BeforeAll
    static void start() {
        instance = TestInstance.start();
    }

    @AfterAll
    static void stop() {
        instance.close();
    }

    static ObjectNode example() {
        return PracticeExamples.practice();
    }

    static JsonNode ok(HttpResponse<String> response) {
        return ApiClient.ok(response);
    }

    private static void assertFieldError(HttpResponse<String> response, String field) {
        assertEquals(422, response.statusCode(), response.body());
        JsonNode body = ApiClient.json(response);
        assertEquals(field, body.path("field").asText(), response.body());
        assertTrue(body.path("error").asText().startsWith(field + ": "), response.body());
    }

    @Test
    void a_published_practice_has_every_field_and_is_an_ordinary_status_telling_the_whole_story() {
        ApiClient olena = ApiClient.fellow(instance, "olena", "read write");
        JsonNode practice = ok(olena.postJson(BASE, example()));

        assertEquals("Permits in a day: reading the building code <as> it was meant", practice.get("title").asText());
        assertEquals("1.5", practice.at("/outcomes/0/value").asText());
        assertEquals("days", practice.at("/outcomes/0/unit").asText());
        assertEquals("120000", practice.at("/outcomes/1/value").asText(), "kept as decimal text");
        assertEquals("EUR", practice.at("/outcomes/1/currency").asText());
        assertEquals("before_after", practice.at("/outcomes/0/evidence_level").asText());
        assertEquals("redtape", practice.at("/themes/1").asText());
        assertEquals("diffusing", practice.get("stage").asText());
        assertEquals("UA", practice.get("country").asText());
        assertEquals("eli/ua/2017/12/art_12", practice.at("/rules/0/identifier").asText());
        assertEquals("Дозвіл за день", practice.at("/translations/uk/title").asText());
        assertEquals("Lviv City Council", practice.get("organisation").asText());
        assertEquals(practice.get("id").asText(), practice.at("/status/id").asText());
        assertEquals(practice.get("uri").asText(), practice.at("/status/uri").asText());

        String content = practice.at("/status/content").asText();
        assertTrue(content.startsWith("<p><strong>Permits in a day: reading the building code &lt;as&gt; it was meant"),
                content);
        for (String head : new String[] {"Problem", "Rules we worked with", "What changed", "Outcomes", "Stage",
                "Next steps", "Help wanted"}) {
            assertTrue(content.contains("<strong>" + head + "</strong>"), head + " in " + content);
        }
        assertTrue(content.contains("1.5 days"), content);
        assertTrue(content.contains("120000 EUR"), content);
        assertTrue(content.indexOf("#<span>permits</span>") > content.indexOf("Help wanted"), "hashtags last");

        JsonNode shown = ok(ApiClient.anonymous(instance).get(BASE + "/" + practice.get("id").asText()));
        assertEquals(practice.get("title"), shown.get("title"));
        JsonNode status = ok(olena.get("/api/v1/statuses/" + practice.get("id").asText()));
        assertEquals(content, status.get("content").asText(), "Mastodon apps show the story");
        assertEquals("permits", status.at("/tags/0/name").asText());
    }

    @Test
    void coauthors_are_named_in_the_story_mentioned_and_notified() {
        ApiClient author = ApiClient.fellow(instance, "hanna", "read write");
        ApiClient coauthor = ApiClient.fellow(instance, "dmytro", "read write");
        ObjectNode body = example();
        body.putArray("coauthors").add("@dmytro").add("dmytro@" + instance.domain());
        JsonNode practice = ok(author.postJson(BASE, body));
        assertEquals("[\"dmytro@" + instance.domain() + "\"]", practice.get("coauthors").toString(), "once, by handle");
        assertEquals("dmytro", practice.at("/status/mentions/0/username").asText());
        assertTrue(practice.at("/status/content").asText().contains("<strong>Co-authors</strong>"));
        JsonNode notifications = ok(coauthor.get("/api/v1/notifications?types[]=mention"));
        assertEquals(practice.get("id").asText(), notifications.get(0).at("/status/id").asText());
    }

    @Test
    void deleting_a_practice_deletes_its_status() {
        ApiClient author = ApiClient.fellow(instance, "taras", "read write");
        String id = ok(author.postJson(BASE, example())).get("id").asText();
        ApiClient other = ApiClient.fellow(instance, "mykola", "read write");
        assertEquals(403, other.delete(BASE + "/" + id).statusCode());

        JsonNode deleted = ok(author.delete(BASE + "/" + id));
        assertEquals(id, deleted.get("id").asText());
        assertEquals(404, author.get(BASE + "/" + id).statusCode());
        assertEquals(404, author.get("/api/v1/statuses/" + id).statusCode());
    }

    @Test
    void a_practice_is_not_edited_through_the_mastodon_api_so_the_record_and_its_story_never_drift() {
        ApiClient author = ApiClient.fellow(instance, "petro", "read write");
        JsonNode practice = ok(author.postJson(BASE, example()));
        String id = practice.get("id").asText();
        String content = practice.at("/status/content").asText();

        for (HttpResponse<String> refused : java.util.List.of(
                author.putForm("/api/v1/statuses/" + id, "status", "Something else entirely"),
                author.putJson("/api/v1/statuses/" + id, java.util.Map.of("status", "Something else", "language", "en")))) {
            assertEquals(422, refused.statusCode(), refused.body());
            String error = ApiClient.json(refused).path("error").asText();
            assertTrue(error.contains("PUT /api/fellowship/v1/practices/" + id), error);
        }

        JsonNode after = ok(author.get(BASE + "/" + id));
        assertEquals(content, after.at("/status/content").asText(), "the story is as it was");
        assertEquals(practice.get("title"), after.get("title"));
        assertTrue(after.at("/status/edited_at").isNull(), "never edited");
        assertEquals(1, ok(author.get(BASE + "/" + id + "/history")).size(), "no version was added");

        String plain = ok(author.postJson("/api/v1/statuses", java.util.Map.of("status", "a plain post"))).get("id").asText();
        JsonNode edited = ok(author.putForm("/api/v1/statuses/" + plain, "status", "a plain post, edited"));
        assertTrue(edited.get("content").asText().contains("edited"), "plain posts are edited as ever");
    }

    @Test
    void a_plain_status_is_no_practice() {
        ApiClient author = ApiClient.fellow(instance, "iryna", "read write");
        String id = ok(author.postJson("/api/v1/statuses", java.util.Map.of("status", "just a post"))).get("id").asText();
        assertEquals(404, author.get(BASE + "/" + id).statusCode());
    }

    @Test
    void writing_needs_a_token_with_the_write_scope() {
        assertEquals(401, ApiClient.anonymous(instance).postJson(BASE, example()).statusCode());
        ApiClient reader = ApiClient.fellow(instance, "reader", "read");
        assertEquals(403, reader.postJson(BASE, example()).statusCode());
    }

    @Test
    void faulty_fields_are_refused_with_422_naming_the_field() {
        ApiClient author = ApiClient.fellow(instance, "faulty", "read write");
        assertFieldError(author.postJson(BASE, example().put("title", "x".repeat(151))), "title");
        assertFieldError(author.postJson(BASE, example().without("title")), "title");
        assertFieldError(author.postJson(BASE, example().put("summary", "x".repeat(501))), "summary");
        assertFieldError(author.postJson(BASE, example().put("problem", "x".repeat(5001))), "problem");
        assertFieldError(author.postJson(BASE, example().put("stage", "dreaming")), "stage");
        assertFieldError(author.postJson(BASE, example().put("country", "XX")), "country");
        ObjectNode kinds = example();
        kinds.putArray("hack_kinds").add("loophole");
        assertFieldError(author.postJson(BASE, kinds), "hack_kinds[0]");
        ObjectNode value = example();
        ((ObjectNode) value.at("/outcomes/0")).put("value", "a lot");
        assertFieldError(author.postJson(BASE, value), "outcomes[0].value");
        ObjectNode both = example();
        ((ObjectNode) both.at("/outcomes/0")).put("currency", "EUR");
        assertFieldError(author.postJson(BASE, both), "outcomes[0].unit");
        ObjectNode level = example();
        ((ObjectNode) level.at("/outcomes/0")).put("evidence_level", "vibes");
        assertFieldError(author.postJson(BASE, level), "outcomes[0].evidence_level");
        ObjectNode rules = example();
        var many = rules.putArray("rules");
        for (int i = 0; i < 21; i++) {
            many.addObject().put("name", "rule " + i);
        }
        assertFieldError(author.postJson(BASE, rules), "rules");
        ObjectNode url = example();
        ((ObjectNode) url.at("/rules/0")).put("url", "javascript:alert(1)");
        assertFieldError(author.postJson(BASE, url), "rules[0].url");
        ObjectNode themes = example();
        var tags = themes.putArray("themes");
        for (int i = 0; i < 11; i++) {
            tags.add("theme" + i);
        }
        assertFieldError(author.postJson(BASE, themes), "themes");
        ObjectNode coauthor = example();
        coauthor.putArray("coauthors").add("nobody");
        assertFieldError(author.postJson(BASE, coauthor), "coauthors[0]");
        ObjectNode media = example();
        media.putArray("media_ids").add("1");
        assertFieldError(author.postJson(BASE, media), "media_ids");
        assertFieldError(author.postJson(BASE, example().put("visibility", "everyone")), "visibility");
        assertFieldError(author.postJson(BASE, example().put("language", "not a language")), "language");

        HttpResponse<String> notJson = instance.send(HttpRequest.newBuilder(java.net.URI.create(instance.base() + BASE))
                .header("Authorization", "Bearer " + author.token()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{not json")).build());
        assertEquals(400, notJson.statusCode(), notJson.body());
        assertTrue(ApiClient.json(notJson).has("error"));
        assertFalse(ok(author.get(BASE + "?author=faulty")).elements().hasNext(), "nothing was published");
    }
}
