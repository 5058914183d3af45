package org.bureaucrathackers.fellowship.fellowshipapi.practices;

import static org.bureaucrathackers.fellowship.fellowshipapi.practices.PracticesApiTest.BASE;
import static org.bureaucrathackers.fellowship.fellowshipapi.practices.PracticesApiTest.example;
import static org.bureaucrathackers.fellowship.fellowshipapi.practices.PracticesApiTest.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bureaucrathackers.fellowship.fetch.HostResolver;
import org.bureaucrathackers.fellowship.testing.ApiClient;
import org.bureaucrathackers.fellowship.testing.TestDatabases;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The list of practices: each filter, full-text search, visibility and paging with Link headers. On PostgreSQL
 * when FELLOWSHIP_TEST_POSTGRES_URL is set (the filters are SQL), else on H2.
 */
class PracticeListTest {

    private static TestInstance instance;
    private static TestDatabases.Postgres postgres;
    private static ApiClient olena;
    private static ApiClient petro;
    private static ApiClient reader;
    private static String permits;
    private static String procurement;
    private static String schools;

    @BeforeAll
    static void publish() {
        postgres = TestDatabases.postgres().orElse(null);
        instance = postgres == null ? TestInstance.start()
                : TestInstance.startOn(postgres.instanceStorage(), HostResolver.SYSTEM);
        olena = ApiClient.fellow(instance, "olena", "read write");
        petro = ApiClient.fellow(instance, "petro", "read write");
        reader = ApiClient.fellow(instance, "reader", "read");
        permits = ok(olena.postJson(BASE, example())).get("id").asText();
        ObjectNode second = example().put("title", "Open data nudges buyers").put("country", "PL")
                .put("sector", "procurement").put("government_level", "national").put("stage", "implementing")
                .put("problem", "Buyers overpaid for paper by a third.");
        second.putArray("hack_kinds").add("data_nudge");
        second.putArray("themes").add("procurement");
        procurement = ok(petro.postJson(BASE, second)).get("id").asText();
        ObjectNode third = example().put("title", "A sandbox for school meals").put("country", "PL")
                .put("sector", "education").put("stage", "evaluating").put("visibility", "unlisted");
        third.putArray("hack_kinds").add("sandbox_or_pilot");
        third.putArray("themes").add("schools");
        schools = ok(olena.postJson(BASE, third)).get("id").asText();
        ok(olena.postJson(BASE, example().put("title", "Followers only").put("visibility", "followers")));
    }

    @AfterAll
    static void stop() {
        instance.close();
        if (postgres != null) {
            postgres.cleanUp();
        }
    }

    private static List<String> ids(String query) {
        List<String> ids = new ArrayList<>();
        ok(reader.get(BASE + query)).forEach(p -> ids.add(p.get("id").asText()));
        return ids;
    }

    @Test
    void every_filter_narrows_the_list_newest_first() {
        assertEquals(List.of(schools, procurement, permits), ids(""), "followers-only practices are not listed");
        assertEquals(List.of(schools, procurement), ids("?country=pl"));
        assertEquals(List.of(procurement), ids("?sector=Procurement"));
        assertEquals(List.of(procurement), ids("?government_level=national"));
        assertEquals(List.of(schools), ids("?stage=evaluating"));
        assertEquals(List.of(procurement), ids("?hack_kind=data_nudge"));
        assertEquals(List.of(schools), ids("?theme=%23Schools"));
        assertEquals(List.of(schools, permits), ids("?author=olena"));
        assertEquals(List.of(procurement), ids("?author=petro@" + instance.domain()));
        assertEquals(List.of(), ids("?author=nobody"));
        assertEquals(List.of(procurement), ids("?q=PAPER"), "full text, ignoring case");
        assertEquals(List.of(schools), ids("?q=school%20meals"));
        assertEquals(List.of(), ids("?q=%25"), "wildcards are matched as themselves");
        assertEquals(List.of(schools, procurement, permits), ids("?local=true"));
        assertEquals(List.of(), ids("?local=false"));
        assertEquals(List.of(procurement), ids("?country=PL&stage=implementing"));
    }

    @Test
    void unknown_words_in_filters_are_refused_naming_the_parameter() {
        HttpResponse<String> stage = reader.get(BASE + "?stage=someday");
        assertEquals(422, stage.statusCode());
        assertEquals("stage", ApiClient.json(stage).get("field").asText());
        assertEquals(422, reader.get(BASE + "?hack_kind=loophole").statusCode());
        assertEquals(422, reader.get(BASE + "?local=maybe").statusCode());
        assertEquals(422, reader.get(BASE + "?limit=many").statusCode());
    }

    @Test
    void pages_follow_the_link_header() {
        HttpResponse<String> first = reader.get(BASE + "?limit=2&sector=");
        JsonNode page = ok(first);
        assertEquals(2, page.size());
        String link = first.headers().firstValue("Link").orElseThrow();
        Matcher next = Pattern.compile("<([^>]+)>; rel=\"next\"").matcher(link);
        assertTrue(next.find(), link);
        String path = next.group(1).substring(instance.base().length());
        assertTrue(path.contains("max_id=" + page.get(1).get("id").asText()), path);
        JsonNode second = ok(reader.get(path));
        List<String> rest = new ArrayList<>();
        second.forEach(p -> rest.add(p.get("id").asText()));
        assertFalse(rest.contains(page.get(0).get("id").asText()));
        assertFalse(rest.contains(page.get(1).get("id").asText()));
        assertEquals(List.of(permits), rest);
    }
}
