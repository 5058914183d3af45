package org.bureaucrathackers.fellowship.federation;

import static org.bureaucrathackers.fellowship.federation.Network.remote;
import static org.bureaucrathackers.fellowship.testing.ApiClient.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.testing.ApiClient;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Structured profiles across two real instances: what alice (on {@code a}) says about her work is rebuilt on
 * {@code b} field by field from her actor document, and her next change reaches {@code b} in an Update.
 */
class ProfileFederationTest {

    private final Network network = new Network();
    private final TestInstance a = network.start();
    private final TestInstance b = network.start();
    private final Account alice = a.createFellow("alice");
    private final Account bob = b.createFellow("bob");
    private final ApiClient aliceApp = ApiClient.of(a, alice, "read write follow");
    private final ApiClient bobApp = ApiClient.of(b, bob, "read write follow");

    @AfterEach
    void close() {
        network.close();
    }

    @Test
    void every_field_reaches_the_other_instance_and_so_does_a_change() {
        ok(aliceApp.patchForm("/api/v1/accounts/update_credentials",
                "fields_attributes[0][name]", "Desk", "fields_attributes[0][value]", "Room 101"));
        JsonNode set = ok(aliceApp.patchJson("/api/fellowship/v1/profile", """
                {"organisation": "Ministry of Digital Transformation", "organisation_type": "government",
                 "role": "Head of service design", "country": "UA", "government_level": "national",
                 "sector": "public-services", "themes": ["opendata", "procurement"],
                 "aims": "Every permit online by next year."}"""));

        Account aliceOnB = network.follow(b, bob, a, "alice");

        JsonNode onB = ok(bobApp.get("/api/fellowship/v1/profile/" + aliceOnB.id()));
        assertEquals("alice@" + a.domain(), onB.get("acct").asText());
        for (String field : List.of("organisation", "organisation_type", "role", "country", "government_level",
                "sector", "themes", "aims")) {
            assertEquals(set.get(field), onB.get(field), field);
        }
        // Mastodon clients see alice's own field once, and not the rows made from her profile a second time.
        JsonNode fields = ok(bobApp.get("/api/v1/accounts/" + aliceOnB.id())).get("fields");
        assertEquals(1, fields.size(), fields.toString());
        assertEquals("Desk", fields.get(0).get("name").asText());

        ok(aliceApp.patchJson("/api/fellowship/v1/profile",
                "{\"country\": \"PL\", \"sector\": null, \"themes\": [\"health\"]}"));
        network.until("the Update reaches b", () -> "PL".equals(
                ok(bobApp.get("/api/fellowship/v1/profile/" + aliceOnB.id())).get("country").asText()));
        JsonNode changed = ok(bobApp.get("/api/fellowship/v1/profile/" + aliceOnB.id()));
        assertTrue(changed.get("sector").isNull(), changed.toString());
        assertEquals("health", changed.get("themes").get(0).asText());
        assertEquals(1, changed.get("themes").size());
        assertEquals("Head of service design", changed.get("role").asText());
    }

    @Test
    void the_directory_of_b_filters_and_counts_the_fellows_of_a() {
        profile("olena", "{\"country\": \"UA\", \"sector\": \"health\", \"government_level\": \"national\"}");
        profile("taras", "{\"country\": \"UA\", \"sector\": \"transport\"}");
        profile("ewa", "{\"country\": \"PL\", \"sector\": \"health\"}");
        for (String name : List.of("olena", "taras", "ewa")) {
            remote(b, a, name);
        }
        String host = "@" + a.domain();

        JsonNode uaHealth = ok(bobApp.get("/api/fellowship/v1/directory?country=UA&sector=health"));
        assertEquals(1, uaHealth.get("accounts").size(), uaHealth.toString());
        assertEquals("olena" + host, uaHealth.get("accounts").get(0).get("acct").asText());
        // Countries are counted among the health fellows, sectors among the Ukrainian ones.
        assertEquals(1, uaHealth.get("facets").get("country").get("UA").asLong(), uaHealth.toString());
        assertEquals(1, uaHealth.get("facets").get("country").get("PL").asLong());
        assertEquals(1, uaHealth.get("facets").get("sector").get("health").asLong());
        assertEquals(1, uaHealth.get("facets").get("sector").get("transport").asLong());
        assertEquals(1, uaHealth.get("facets").get("government_level").get("national").asLong());

        JsonNode health = ok(bobApp.get("/api/fellowship/v1/directory?sector=health&order=new"));
        assertEquals(2, health.get("accounts").size(), health.toString());
        assertEquals(2, health.get("facets").get("sector").size());
        assertEquals(1, health.get("facets").get("country").get("UA").asLong());
        assertEquals(1, health.get("facets").get("country").get("PL").asLong());
    }

    private void profile(String username, String json) {
        Account fellow = a.createFellow(username);
        ApiClient app = ApiClient.of(a, fellow, "write");
        ok(app.patchJson("/api/fellowship/v1/profile", json));
    }
}
