package org.bureaucrathackers.fellowship.fellowshipapi.practices;

import static org.bureaucrathackers.fellowship.fellowshipapi.practices.PracticesApiTest.BASE;
import static org.bureaucrathackers.fellowship.fellowshipapi.practices.PracticesApiTest.example;
import static org.bureaucrathackers.fellowship.fellowshipapi.practices.PracticesApiTest.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.bureaucrathackers.fellowship.fetch.HostResolver;
import org.bureaucrathackers.fellowship.testing.ApiClient;
import org.bureaucrathackers.fellowship.testing.TestDatabases;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.junit.jupiter.api.Test;

/**
 * Full-text search through the word index: every word of the query must begin a word of the practice, case is
 * ignored, accents are not; edits and deletions update the index, and practices saved before the index existed
 * are indexed when the server starts. On PostgreSQL when FELLOWSHIP_TEST_POSTGRES_URL is set, else on H2.
 */
class PracticeSearchTest {

    @Test
    void words_match_as_prefixes_all_of_them_and_follow_edits_deletions_and_restarts() {
        TestDatabases.Postgres postgres = TestDatabases.postgres().orElse(null);
        TestInstance instance = postgres == null ? TestInstance.start()
                : TestInstance.startOn(postgres.instanceStorage(), HostResolver.SYSTEM);
        try {
            ApiClient olena = ApiClient.fellow(instance, "olena", "read write");
            String permits = ok(olena.postJson(BASE, example())).get("id").asText();
            ObjectNode mealsInput = example().put("title", "Año escolar: school meals")
                    .put("summary", "Menus agreed with parents.").put("problem", "Menus took months.")
                    .put("what_changed", "A shorter form.");
            mealsInput.putArray("themes").add("schools");
            String meals = ok(olena.postJson(BASE, mealsInput)).get("id").asText();
            ApiClient reader = ApiClient.anonymous(instance);

            assertEquals(List.of(permits), ids(reader, "?q=PERMIT"), "a word's beginning, any case");
            assertEquals(List.of(meals), ids(reader, "?q=school%20MEAL"), "every word must match");
            assertEquals(List.of(), ids(reader, "?q=school%20permit"));
            assertEquals(List.of(meals), ids(reader, "?q=a%C3%B1o"), "accented words as written");
            assertEquals(List.of(), ids(reader, "?q=ano"), "accents are not folded");
            assertEquals(List.of(), ids(reader, "?q=ermit"), "the middle of a word is not its beginning");
            assertEquals(List.of(), ids(reader, "?q=%25_"), "no letters or digits, no match");
            assertEquals(List.of(meals), ids(reader, "?q=(menus),%20parents!"), "punctuation is not a word");
            for (String bounded : List.of("x".repeat(201), "a-b-c-d-e-f-g-h-i", "one%20two%20three%20four%20five"
                    + "%20six%20seven%20eight%20nine")) {
                HttpResponse<String> refused = reader.get(BASE + "?q=" + bounded);
                assertEquals(422, refused.statusCode(), refused.body());
                assertEquals("q", ApiClient.json(refused).get("field").asText(), refused.body());
            }

            ok(olena.putJson(BASE + "/" + meals, mealsInput.put("title", "Lunch boxes")));
            assertEquals(List.of(), ids(reader, "?q=escolar"), "an edit forgets the old words");
            assertEquals(List.of(meals), ids(reader, "?q=lunch"));

            // A practice saved before the word index existed: no words, marked unindexed.
            instance.database().dsl().execute("DELETE FROM practice_search_word WHERE status_id = " + permits);
            instance.database().dsl().execute("UPDATE practice SET words_indexed = FALSE WHERE status_id = "
                    + permits);
            assertEquals(List.of(), ids(reader, "?q=permit"));
            instance = instance.startAgain();
            reader = ApiClient.anonymous(instance);
            assertEquals(List.of(permits), ids(reader, "?q=permit"), "indexed when the server starts");

            olena = new ApiClient(instance, olena.token());
            ok(olena.delete(BASE + "/" + permits));
            assertEquals(List.of(), ids(reader, "?q=permit"));
        } finally {
            instance.close();
            if (postgres != null) {
                postgres.cleanUp();
            }
        }
    }

    private static List<String> ids(ApiClient reader, String query) {
        List<String> ids = new ArrayList<>();
        ok(reader.get(BASE + query)).forEach(p -> ids.add(p.get("id").asText()));
        return ids;
    }
}
