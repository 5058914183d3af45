package org.bureaucrathackers.fellowship.fellowshipapi.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.bureaucrathackers.fellowship.json.Json;
import org.bureaucrathackers.fellowship.testing.ApiClient;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The directory's {@code stage} filter and facet from real practice records published through the API: a fellow
 * has a stage when one of their readable practices is in it; followers-only and deleted practices do not count.
 */
class DirectoryStageApiTest {

    private static final String PRACTICES = "/api/fellowship/v1/practices";
    private static TestInstance instance;
    private static ApiClient anonymous;

    @BeforeAll
    static void start() {
        instance = TestInstance.start();
        anonymous = ApiClient.anonymous(instance);
        ApiClient olena = ApiClient.fellow(instance, "ds_olena", "read write");
        ApiClient petro = ApiClient.fellow(instance, "ds_petro", "read write");
        ApiClient ivan = ApiClient.fellow(instance, "ds_ivan", "read write");
        ApiClient maria = ApiClient.fellow(instance, "ds_maria", "read write");
        ApiClient.fellow(instance, "ds_plain", "read");
        publish(olena, "implementing", "public");
        publish(petro, "implementing", "public");
        publish(petro, "implementing", "unlisted");
        publish(petro, "evaluating", "public");
        publish(ivan, "diffusing", "public");
        publish(maria, "implementing", "followers");
        String deleted = publish(maria, "evaluating", "public");
        assertEquals(200, maria.delete(PRACTICES + "/" + deleted).statusCode());
    }

    @AfterAll
    static void stop() {
        instance.close();
    }

    private static String publish(ApiClient app, String stage, String visibility) {
        ObjectNode practice;
        try (InputStream in = DirectoryStageApiTest.class.getResourceAsStream("/practice/practice.json")) {
            practice = (ObjectNode) Json.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        practice.put("stage", stage).put("visibility", visibility);
        HttpResponse<String> response = app.postJson(PRACTICES, practice);
        assertEquals(200, response.statusCode(), response.body());
        return ApiClient.json(response).get("id").asText();
    }

    private static JsonNode directory(String query) {
        HttpResponse<String> response = anonymous.get("/api/fellowship/v1/directory?limit=80&" + query);
        assertEquals(200, response.statusCode(), response.body());
        return ApiClient.json(response);
    }

    private static Set<String> accts(JsonNode page) {
        Set<String> accts = new HashSet<>();
        page.get("accounts").forEach(a -> accts.add(a.get("acct").asText()));
        return accts;
    }

    private static Map<String, Long> stages(JsonNode page) {
        Map<String, Long> counts = new TreeMap<>();
        page.get("facets").get("stage").fields().forEachRemaining(e -> counts.put(e.getKey(), e.getValue().asLong()));
        return counts;
    }

    @Test
    void the_stage_filter_lists_exactly_the_fellows_with_a_readable_practice_in_it() {
        assertEquals(Set.of("ds_olena", "ds_petro"), accts(directory("stage=implementing")));
        assertEquals(Set.of("ds_petro"), accts(directory("stage=Evaluating")));
        assertEquals(Set.of("ds_ivan"), accts(directory("stage=diffusing")));
        assertEquals(Set.of(), accts(directory("stage=exploring")));
    }

    @Test
    void the_stage_facet_counts_fellows_once_per_stage() {
        assertEquals(Map.of("implementing", 2L, "evaluating", 1L, "diffusing", 1L), stages(directory("")));
        assertEquals(Map.of("implementing", 2L, "evaluating", 1L, "diffusing", 1L),
                stages(directory("stage=implementing")), "counted over the other filters only");
        assertEquals(Set.of("ds_olena", "ds_petro", "ds_ivan", "ds_maria", "ds_plain"), accts(directory("")));
    }
}
