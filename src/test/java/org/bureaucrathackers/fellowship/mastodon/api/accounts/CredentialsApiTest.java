package org.bureaucrathackers.fellowship.mastodon.api.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.follow.Follow;
import org.bureaucrathackers.fellowship.json.Json;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.store.JooqAccountStore;
import org.bureaucrathackers.fellowship.store.JooqFollowStore;
import org.bureaucrathackers.fellowship.testing.Accounts;
import org.bureaucrathackers.fellowship.testing.ApiClient;
import org.bureaucrathackers.fellowship.testing.DeliveryJobs;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The caller's own account: verify_credentials, update_credentials in every body encoding, preferences. */
class CredentialsApiTest {

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
    void verify_credentials_has_username_source_and_role() {
        ApiClient alice = ApiClient.fellow(instance, "vc_alice", "read");

        HttpResponse<String> response = alice.get("/api/v1/accounts/verify_credentials");

        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode me = ApiClient.json(response);
        assertEquals("vc_alice", me.get("username").asText());
        assertEquals("vc_alice", me.get("acct").asText());
        assertEquals("public", me.at("/source/privacy").asText());
        assertFalse(me.at("/source/sensitive").asBoolean());
        assertEquals("", me.at("/source/language").asText());
        assertEquals(0, me.at("/source/follow_requests_count").asInt());
        assertTrue(me.at("/source/fields").isArray());
        assertTrue(me.get("role").isObject());
        assertTrue(me.get("hide_collections").isBoolean());
        for (String key : List.of("id", "display_name", "note", "url", "avatar", "header", "locked", "bot",
                "fields", "emojis", "created_at", "followers_count", "following_count", "statuses_count")) {
            assertTrue(me.has(key), key);
        }
        assertTrue(me.get("created_at").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"));
    }

    @Test
    void verify_credentials_needs_a_token_with_read_accounts_or_profile() {
        assertEquals(401, ApiClient.anonymous(instance).get("/api/v1/accounts/verify_credentials").statusCode());
        ApiClient writer = ApiClient.fellow(instance, "vc_writer", "write");
        HttpResponse<String> refused = writer.get("/api/v1/accounts/verify_credentials");
        assertEquals(403, refused.statusCode());
        assertTrue(ApiClient.json(refused).get("error").asText().contains("scopes"));
        ApiClient profile = ApiClient.fellow(instance, "vc_profile", "profile");
        assertEquals(200, profile.get("/api/v1/accounts/verify_credentials").statusCode());
        ApiClient granular = ApiClient.fellow(instance, "vc_granular", "read:accounts");
        assertEquals(200, granular.get("/api/v1/accounts/verify_credentials/").statusCode());
    }

    @Test
    void update_credentials_from_a_form_changes_the_profile_and_the_defaults() {
        ApiClient bob = ApiClient.fellow(instance, "uc_form", "read write");

        HttpResponse<String> response = bob.patchForm("/api/v1/accounts/update_credentials",
                "display_name", "Bob of Permits", "note", "Works on *permits*.", "locked", "1",
                "fields_attributes[0][name]", "Unit", "fields_attributes[0][value]", "Permits",
                "fields_attributes[1][name]", "Site", "fields_attributes[1][value]", "https://example.org/bob",
                "source[privacy]", "unlisted", "source[sensitive]", "True", "source[language]", "fr");

        assertEquals(200, response.statusCode(), response.body());
        JsonNode me = ApiClient.json(response);
        assertEquals("Bob of Permits", me.get("display_name").asText());
        assertTrue(me.get("note").asText().contains("<em>permits</em>"), me.get("note").asText());
        assertEquals("Works on *permits*.", me.at("/source/note").asText());
        assertTrue(me.get("locked").asBoolean());
        assertEquals(2, me.get("fields").size());
        assertEquals("Unit", me.at("/fields/0/name").asText());
        assertTrue(me.at("/fields/1/value").asText().contains("href=\"https://example.org/bob\""));
        assertEquals("https://example.org/bob", me.at("/source/fields/1/value").asText());
        assertEquals("unlisted", me.at("/source/privacy").asText());
        assertTrue(me.at("/source/sensitive").asBoolean());
        assertEquals("fr", me.at("/source/language").asText());

        JsonNode again = ApiClient.json(bob.get("/api/v1/accounts/verify_credentials"));
        assertEquals("Bob of Permits", again.get("display_name").asText());
        JsonNode preferences = ApiClient.json(bob.get("/api/v1/preferences"));
        assertEquals("unlisted", preferences.get("posting:default:visibility").asText());
        assertTrue(preferences.get("posting:default:sensitive").asBoolean());
        assertEquals("fr", preferences.get("posting:default:language").asText());
        assertEquals(Status.Visibility.UNLISTED, instance.postingPreferences()
                .defaultVisibility(Long.parseLong(me.get("id").asText())));
    }

    @Test
    void update_credentials_from_json_with_a_field_array() {
        ApiClient carol = ApiClient.fellow(instance, "uc_json", "read write");
        HttpResponse<String> response = jsonPatch(carol, Map.of(
                "display_name", "Carol",
                "discoverable", false,
                "hide_collections", true,
                "fields_attributes", List.of(Map.of("name", "Team", "value", "Digital")),
                "source", Map.of("privacy", "private")));

        assertEquals(200, response.statusCode(), response.body());
        JsonNode me = ApiClient.json(response);
        assertEquals("Carol", me.get("display_name").asText());
        assertFalse(me.get("discoverable").asBoolean());
        assertTrue(me.get("hide_collections").asBoolean());
        assertEquals("Team", me.at("/fields/0/name").asText());
        assertEquals("private", me.at("/source/privacy").asText());

        HttpResponse<String> cleared = jsonPatch(carol, Map.of("fields_attributes", List.of()));
        assertEquals(0, ApiClient.json(cleared).get("fields").size());
        assertEquals("Carol", ApiClient.json(cleared).get("display_name").asText());
    }

    @Test
    void update_credentials_from_multipart_as_masto_js_sends_it() {
        ApiClient dan = ApiClient.fellow(instance, "uc_multipart", "read write");
        String boundary = "fellowship-boundary";
        String body = part(boundary, "display_name", "Dan") + part(boundary, "fields_attributes[0][name]", "Desk")
                + part(boundary, "fields_attributes[0][value]", "Licensing") + "--" + boundary + "--\r\n";

        HttpResponse<String> response = instance.send(HttpRequest.newBuilder(
                        URI.create(instance.url("/api/v1/accounts/update_credentials")))
                .timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + dan.token())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());

        assertEquals(200, response.statusCode(), response.body());
        assertEquals("Dan", ApiClient.json(response).get("display_name").asText());
        assertEquals("Licensing", ApiClient.json(response).at("/fields/0/value").asText());
    }

    @Test
    void images_bots_and_out_of_bounds_values_are_refused_with_reasons() {
        ApiClient erin = ApiClient.fellow(instance, "uc_refused", "read write");
        HttpResponse<String> avatar = erin.patchForm("/api/v1/accounts/update_credentials", "avatar", "x");
        assertEquals(422, avatar.statusCode());
        assertTrue(ApiClient.json(avatar).get("error").asText().contains("avatar"));
        assertEquals(422, erin.patchForm("/api/v1/accounts/update_credentials", "bot", "true").statusCode());
        assertEquals(422, erin.patchForm("/api/v1/accounts/update_credentials",
                "display_name", "x".repeat(101)).statusCode());
        assertEquals(422, erin.patchForm("/api/v1/accounts/update_credentials", "locked", "maybe").statusCode());
        assertEquals(422, erin.patchForm("/api/v1/accounts/update_credentials",
                "source[privacy]", "everyone").statusCode());
        assertEquals(422, erin.patchForm("/api/v1/accounts/update_credentials",
                "source[language]", "english!").statusCode());
        String[] sevenFields = new String[28];
        for (int i = 0; i < 7; i++) {
            sevenFields[i * 4] = "fields_attributes[" + i + "][name]";
            sevenFields[i * 4 + 1] = "n" + i;
            sevenFields[i * 4 + 2] = "fields_attributes[" + i + "][value]";
            sevenFields[i * 4 + 3] = "v" + i;
        }
        HttpResponse<String> tooMany = erin.patchForm("/api/v1/accounts/update_credentials", sevenFields);
        assertEquals(422, tooMany.statusCode());
        assertTrue(ApiClient.json(tooMany).get("error").asText().contains("6 fields"));
        HttpResponse<String> brokenJson = instance.send(HttpRequest.newBuilder(
                        URI.create(instance.url("/api/v1/accounts/update_credentials")))
                .header("Authorization", "Bearer " + erin.token()).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"display_name\":")).build());
        assertEquals(400, brokenJson.statusCode());
        assertTrue(ApiClient.json(brokenJson).has("error"));
        JsonNode unchanged = ApiClient.json(erin.get("/api/v1/accounts/verify_credentials"));
        assertEquals("uc_refused", unchanged.get("display_name").asText());
        assertEquals("public", unchanged.at("/source/privacy").asText());
    }

    @Test
    void update_credentials_needs_write_accounts() {
        ApiClient reader = ApiClient.fellow(instance, "uc_reader", "read");
        assertEquals(403, reader.patchForm("/api/v1/accounts/update_credentials", "display_name", "X").statusCode());
        assertEquals(401, ApiClient.anonymous(instance)
                .patchForm("/api/v1/accounts/update_credentials", "display_name", "X").statusCode());
    }

    @Test
    void preferences_start_with_mastodon_defaults() {
        ApiClient fay = ApiClient.fellow(instance, "prefs_fay", "read");
        HttpResponse<String> response = fay.get("/api/v1/preferences");
        assertEquals(200, response.statusCode());
        JsonNode json = ApiClient.json(response);
        assertEquals("public", json.get("posting:default:visibility").asText());
        assertFalse(json.get("posting:default:sensitive").asBoolean());
        assertTrue(json.get("posting:default:language").isNull());
        assertEquals("default", json.get("reading:expand:media").asText());
        assertFalse(json.get("reading:expand:spoilers").asBoolean());
        assertEquals(401, ApiClient.anonymous(instance).get("/api/v1/preferences").statusCode());
        assertEquals(403, ApiClient.fellow(instance, "prefs_writer", "write").get("/api/v1/preferences")
                .statusCode());
    }

    @Test
    void a_profile_edit_is_sent_to_remote_followers() {
        Account gus = instance.createFellow("uc_gus");
        ApiClient client = new ApiClient(instance, instance.tokens().issue(gus, "read write").secret());
        // A remote follower, as the federation core stores one after an accepted Follow.
        Account watcher = Accounts.remote(gus.id() + 1, "watcher", "watchers.example");
        new JooqAccountStore(instance.database()).insertRemote(watcher);
        new JooqFollowStore(instance.database()).insert(
                new Follow(gus.id() + 2, watcher.id(), gus.id(), Follow.State.ACCEPTED, null, Instant.now()));

        assertEquals(200, client.patchForm("/api/v1/accounts/update_credentials", "display_name", "Gus").statusCode());

        List<String> jobs = DeliveryJobs.of(instance, gus.uri() + "#updates/");
        assertEquals(1, jobs.size(), jobs.toString());
        assertTrue(jobs.get(0).endsWith("https://watchers.example/inbox"), jobs.toString());
    }

    private static HttpResponse<String> jsonPatch(ApiClient client, Object body) {
        return instance.send(HttpRequest.newBuilder(URI.create(instance.url("/api/v1/accounts/update_credentials")))
                .timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + client.token())
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(
                        Json.write(body))).build());
    }

    private static String part(String boundary, String name, String value) {
        return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
    }
}
