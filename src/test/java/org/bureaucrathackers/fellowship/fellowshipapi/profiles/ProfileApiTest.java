package org.bureaucrathackers.fellowship.fellowshipapi.profiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.store.JooqAccountStore;
import org.bureaucrathackers.fellowship.testing.Accounts;
import org.bureaucrathackers.fellowship.testing.ApiClient;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Structured profiles over HTTP: partial changes, every rule answered with a 422 naming its field, reading. */
class ProfileApiTest {

    private static final String FULL = """
            {"organisation": "Ministry of Digital Transformation", "organisation_type": "government",
             "role": "Head of service design", "country": "ua", "government_level": "national",
             "sector": "Public-Services", "themes": ["#OpenData", "procurement", "opendata"],
             "aims": "Get every permit online by next year."}""";

    private static TestInstance instance;

    @BeforeAll
    static void start() {
        instance = TestInstance.start();
    }

    @AfterAll
    static void stop() {
        instance.close();
    }

    @Test
    void a_fellow_sets_every_field_and_anyone_reads_them_back_normalised() {
        ApiClient alice = ApiClient.fellow(instance, "prof_alice", "read write");
        HttpResponse<String> patched = alice.patchJson("/api/fellowship/v1/profile", FULL);
        assertEquals(200, patched.statusCode(), patched.body());
        JsonNode profile = ApiClient.json(patched);
        assertEquals("Ministry of Digital Transformation", profile.get("organisation").asText());
        assertEquals("government", profile.get("organisation_type").asText());
        assertEquals("Head of service design", profile.get("role").asText());
        assertEquals("UA", profile.get("country").asText());
        assertEquals("national", profile.get("government_level").asText());
        assertEquals("public-services", profile.get("sector").asText());
        assertEquals(List.of("opendata", "procurement"), texts(profile.get("themes")));
        assertEquals("Get every permit online by next year.", profile.get("aims").asText());
        assertEquals("prof_alice", profile.get("acct").asText());

        JsonNode read = ApiClient.json(ApiClient.anonymous(instance)
                .get("/api/fellowship/v1/profile/" + profile.get("account_id").asText()));
        assertEquals(profile, read);
    }

    @Test
    void absent_fields_stay_and_null_ones_are_cleared() {
        ApiClient bob = ApiClient.fellow(instance, "prof_bob", "read write");
        bob.patchJson("/api/fellowship/v1/profile", FULL);
        JsonNode changed = ApiClient.json(bob.patchJson("/api/fellowship/v1/profile",
                "{\"role\": \"Deputy head\", \"organisation\": null, \"themes\": null}"));
        assertEquals("Deputy head", changed.get("role").asText());
        assertTrue(changed.get("organisation").isNull());
        assertEquals(0, changed.get("themes").size());
        assertEquals("UA", changed.get("country").asText());
        assertEquals("Get every permit online by next year.", changed.get("aims").asText());
    }

    @Test
    void bad_values_are_refused_with_the_field_named_and_nothing_changes() {
        ApiClient carol = ApiClient.fellow(instance, "prof_carol", "read write");
        carol.patchJson("/api/fellowship/v1/profile", FULL);
        assertRefused(carol, "{\"country\": \"XX\"}", "country");
        assertRefused(carol, "{\"country\": \"UKR\"}", "country");
        assertRefused(carol, "{\"organisation_type\": \"ministry\"}", "organisation_type");
        assertRefused(carol, "{\"government_level\": \"federal\"}", "government_level");
        assertRefused(carol, "{\"sector\": \"public finance!\"}", "sector");
        assertRefused(carol, "{\"sector\": \"" + "a".repeat(61) + "\"}", "sector");
        assertRefused(carol, "{\"organisation\": \"" + "o".repeat(201) + "\"}", "organisation");
        assertRefused(carol, "{\"role\": \"" + "r".repeat(201) + "\"}", "role");
        assertRefused(carol, "{\"aims\": \"" + "a".repeat(1001) + "\"}", "aims");
        assertRefused(carol, "{\"organisation\": \"Line one\\nline two\"}", "organisation");
        assertRefused(carol, "{\"themes\": [\"a\",\"b\",\"c\",\"d\",\"e\",\"f\",\"g\",\"h\",\"i\",\"j\",\"k\"]}", "themes");
        assertRefused(carol, "{\"themes\": [\"open data\"]}", "themes");
        assertRefused(carol, "{\"themes\": \"opendata\"}", "themes");
        assertRefused(carol, "{\"organisation\": 42}", "organisation");
        assertRefused(carol, "{\"organization\": \"Typo Ministry\"}", "organization");
        // A valid field beside a bad one is not applied either.
        assertRefused(carol, "{\"role\": \"Changed\", \"country\": \"XX\"}", "country");
        JsonNode unchanged = ApiClient.json(carol.patchJson("/api/fellowship/v1/profile", "{}"));
        assertEquals("Head of service design", unchanged.get("role").asText());
        assertEquals("UA", unchanged.get("country").asText());

        HttpResponse<String> notJson = carol.patchJson("/api/fellowship/v1/profile", "{not json");
        assertEquals(400, notJson.statusCode());
        assertTrue(ApiClient.json(notJson).get("error").asText().contains("JSON"));
        assertEquals(422, carol.patchJson("/api/fellowship/v1/profile", "[1]").statusCode());
    }

    @Test
    void changing_needs_a_token_that_may_write_accounts() {
        HttpResponse<String> anonymous = ApiClient.anonymous(instance).patchJson("/api/fellowship/v1/profile", FULL);
        assertEquals(401, anonymous.statusCode());
        assertTrue(ApiClient.json(anonymous).has("error"));
        ApiClient reader = ApiClient.fellow(instance, "prof_reader", "read");
        assertEquals(403, reader.patchJson("/api/fellowship/v1/profile", FULL).statusCode());
    }

    @Test
    void unknown_deleted_and_suspended_accounts_have_no_profile_to_show() {
        ApiClient anonymous = ApiClient.anonymous(instance);
        assertEquals(404, anonymous.get("/api/fellowship/v1/profile/999999999").statusCode());
        assertEquals(404, anonymous.get("/api/fellowship/v1/profile/not-an-id").statusCode());

        Account remote = Accounts.remote(instance.createFellow("prof_anchor").id() + 7, "prof_remote",
                "remote.example");
        new JooqAccountStore(instance.database()).insertRemote(remote);
        HttpResponse<String> shown = anonymous.get("/api/fellowship/v1/profile/" + remote.id());
        assertEquals(200, shown.statusCode(), shown.body());
        assertEquals("prof_remote@remote.example", ApiClient.json(shown).get("acct").asText());
        assertTrue(ApiClient.json(shown).get("organisation").isNull());

        instance.suspensions().suspend(remote);
        assertEquals(404, anonymous.get("/api/fellowship/v1/profile/" + remote.id()).statusCode());
    }

    @Test
    void the_actor_document_carries_the_profile_as_properties_and_as_fields() {
        ApiClient dora = ApiClient.fellow(instance, "prof_dora", "read write");
        dora.patchForm("/api/v1/accounts/update_credentials",
                "fields_attributes[0][name]", "Role", "fields_attributes[0][value]", "Her own words");
        dora.patchJson("/api/fellowship/v1/profile", FULL);
        HttpResponse<String> document = instance.get("/users/prof_dora", "Accept", "application/activity+json");
        assertEquals(200, document.statusCode());
        JsonNode actor = ApiClient.json(document);
        assertEquals("Ministry of Digital Transformation", actor.get("fellowship:organisation").asText());
        assertEquals("government", actor.get("fellowship:organisationType").asText());
        assertEquals("UA", actor.get("fellowship:country").asText());
        assertEquals("national", actor.get("fellowship:governmentLevel").asText());
        assertEquals("public-services", actor.get("fellowship:sector").asText());
        assertEquals(List.of("opendata", "procurement"), texts(actor.get("fellowship:themes")));
        assertEquals("Get every permit online by next year.", actor.get("fellowship:aims").asText());
        assertEquals("Head of service design", actor.get("fellowship:role").asText());

        List<String> names = actor.get("attachment").findValuesAsText("name");
        assertEquals(List.of("Role", "Organisation", "Organisation type", "Country", "Government level", "Sector",
                "Themes", "Aims"), names);
        assertEquals("Her own words", actor.get("attachment").get(0).get("value").asText());
        assertEquals("Ukraine (UA)", actor.get("attachment").get(3).get("value").asText());
        assertEquals("#opendata #procurement", actor.get("attachment").get(6).get("value").asText());
        assertFalse(actor.toString().contains("null"));
    }

    private static void assertRefused(ApiClient client, String body, String field) {
        HttpResponse<String> response = client.patchJson("/api/fellowship/v1/profile", body);
        assertEquals(422, response.statusCode(), body + " -> " + response.body());
        JsonNode error = ApiClient.json(response);
        assertEquals(field, error.get("field").asText(), response.body());
        assertTrue(error.get("error").asText().startsWith(field + ": "), response.body());
    }

    private static List<String> texts(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
