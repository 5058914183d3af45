package org.bureaucrathackers.fellowship.mastodon.oauth.endpoints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.bureaucrathackers.fellowship.mastodon.oauth.RedirectUris;
import org.bureaucrathackers.fellowship.testing.ApiClient;
import org.bureaucrathackers.fellowship.testing.RawHttp;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** POST /api/v1/apps and GET /api/v1/apps/verify_credentials over real HTTP. */
class AppsApiTest {

    private static TestInstance instance;
    private static OAuthTestClient oauth;
    private static ApiClient anonymous;

    @BeforeAll
    static void start() {
        instance = TestInstance.start();
        oauth = new OAuthTestClient(instance);
        anonymous = ApiClient.anonymous(instance);
    }

    @AfterAll
    static void stop() {
        instance.close();
    }

    @Test
    void toot_registers_with_json_and_gets_every_field_of_a_credential_application() {
        HttpResponse<String> response = anonymous.postJson("/api/v1/apps", Map.of(
                "client_name", "toot - a Mastodon CLI client", "redirect_uris", OAuthTestClient.OOB,
                "scopes", "read write follow", "website", "https://github.com/ihabunek/toot"));

        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode app = ApiClient.json(response);
        assertEquals(List.of("id", "name", "website", "scopes", "redirect_uri", "redirect_uris", "client_id",
                "client_secret", "client_secret_expires_at"), fieldNames(app));
        assertTrue(app.get("id").isTextual() && app.get("id").asText().matches("\\d+"));
        assertEquals("toot - a Mastodon CLI client", app.get("name").asText());
        assertEquals("https://github.com/ihabunek/toot", app.get("website").asText());
        assertEquals("[\"read\",\"write\",\"follow\"]", app.get("scopes").toString());
        assertEquals(OAuthTestClient.OOB, app.get("redirect_uri").asText());
        assertEquals("[\"" + OAuthTestClient.OOB + "\"]", app.get("redirect_uris").toString());
        assertEquals(43, app.get("client_id").asText().length());
        assertEquals(43, app.get("client_secret").asText().length());
        assertEquals(0, app.get("client_secret_expires_at").asInt());
    }

    @Test
    void mastodon_py_registers_with_a_form_and_defaults_to_read() {
        HttpResponse<String> response = anonymous.postForm("/api/v1/apps", "client_name", "Mastodon.py app",
                "redirect_uris", OAuthTestClient.OOB);

        assertEquals(200, response.statusCode(), response.body());
        JsonNode app = ApiClient.json(response);
        assertEquals("[\"read\"]", app.get("scopes").toString());
        assertTrue(app.get("website").isNull());
    }

    @Test
    void a_multipart_registration_is_accepted() {
        String boundary = "----fellowship-boundary";
        String body = part(boundary, "client_name", "Multipart app") + part(boundary, "redirect_uris",
                "https://app.example/callback") + part(boundary, "scopes", "read write push") + "--" + boundary + "--\r\n";
        HttpResponse<String> response = instance.send(HttpRequest.newBuilder(URI.create(instance.url("/api/v1/apps")))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());

        assertEquals(200, response.statusCode(), response.body());
        assertEquals("[\"read\",\"write\",\"push\"]", ApiClient.json(response).get("scopes").toString());
    }

    @Test
    void redirect_uris_may_be_an_array_a_newline_list_or_custom_schemes() {
        JsonNode array = ApiClient.json(anonymous.postJson("/api/v1/apps", Map.of("client_name", "Elk",
                "redirect_uris", List.of("https://elk.example/api/callback", "https://elk.example/other"))));
        assertEquals("[\"https://elk.example/api/callback\",\"https://elk.example/other\"]",
                array.get("redirect_uris").toString());
        assertEquals("https://elk.example/api/callback\nhttps://elk.example/other", array.get("redirect_uri").asText());

        JsonNode lines = ApiClient.json(anonymous.postForm("/api/v1/apps", "client_name", "Lines",
                "redirect_uris", "https://one.example/cb\n" + OAuthTestClient.OOB));
        assertEquals("[\"https://one.example/cb\",\"" + OAuthTestClient.OOB + "\"]", lines.get("redirect_uris").toString());

        JsonNode rails = ApiClient.json(anonymous.postForm("/api/v1/apps", "client_name", "Rails arrays",
                "redirect_uris[]", "https://a.example/cb", "redirect_uris[]", "http://127.0.0.1:8123/cb"));
        assertEquals(2, rails.get("redirect_uris").size());

        JsonNode tusky = ApiClient.json(anonymous.postForm("/api/v1/apps", "client_name", "Tusky",
                "redirect_uris", "oauth2redirect://com.keylesspalace.tusky/", "scopes", "read write follow push"));
        assertEquals("oauth2redirect://com.keylesspalace.tusky/", tusky.get("redirect_uri").asText());
    }

    @Test
    void bad_registrations_are_refused_with_422_and_a_message() {
        assertRefused(Map.of("redirect_uris", OAuthTestClient.OOB), "Name");
        assertRefused(Map.of("client_name", "  ", "redirect_uris", OAuthTestClient.OOB), "Name");
        assertRefused(Map.of("client_name", "x".repeat(101), "redirect_uris", OAuthTestClient.OOB), "Name");
        assertRefused(Map.of("client_name", "No redirect"), "Redirect URI");
        assertRefused(Map.of("client_name", "Relative", "redirect_uris", "/callback"), "absolute");
        assertRefused(Map.of("client_name", "Script", "redirect_uris", "javascript:alert(1)"), "javascript");
        assertRefused(Map.of("client_name", "Fragment", "redirect_uris", "https://a.example/cb#x"), "fragment");
        assertRefused(Map.of("client_name", "Hostless", "redirect_uris", "https:/cb"), "host");
        assertRefused(Map.of("client_name", "Bad scope", "redirect_uris", OAuthTestClient.OOB, "scopes", "read everything"),
                "everything");
        assertRefused(Map.of("client_name", "Bad site", "redirect_uris", OAuthTestClient.OOB, "website", "ftp://x.example"),
                "Website");
        assertRefused(Map.of("client_name", "Many", "redirect_uris", manyDistinct(17)), "at most");
    }

    @Test
    void the_most_redirect_uris_of_the_longest_length_fit() {
        List<String> uris = new java.util.ArrayList<>();
        for (int i = 0; i < RedirectUris.MAX_URIS; i++) {
            String start = "https://app" + i + ".example/";
            uris.add(start + "x".repeat(RedirectUris.MAX_LENGTH - start.length()));
        }
        HttpResponse<String> response = anonymous.postJson("/api/v1/apps", Map.of("client_name", "x".repeat(100),
                "redirect_uris", uris, "website", "https://w.example/" + "x".repeat(1_980)));
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(RedirectUris.MAX_URIS, ApiClient.json(response).get("redirect_uris").size());
        assertRefused(Map.of("client_name", "Long", "redirect_uris", "https://a.example/"
                + "x".repeat(RedirectUris.MAX_LENGTH)), "longer than");
    }

    @Test
    void a_body_that_is_not_json_is_refused_with_a_json_error() {
        HttpResponse<String> response = anonymous.postJson("/api/v1/apps", "{\"client_name\": ");
        assertEquals(400, response.statusCode());
        assertTrue(ApiClient.json(response).get("error").asText().contains("JSON"));
    }

    @Test
    void a_huge_body_is_refused_with_413_before_it_is_read() {
        String response = RawHttp.postDeclaringLength(instance.port(), "/api/v1/apps", "application/json",
                50L * 1024 * 1024);
        assertEquals(413, RawHttp.status(response));
        assertTrue(response.contains("application/json") && response.contains("\"error\""), response);
    }

    @Test
    void every_registration_gets_its_own_credentials() {
        OAuthTestClient.App one = oauth.registerOob("read");
        OAuthTestClient.App two = oauth.registerOob("read");
        assertNotEquals(one.clientId(), two.clientId());
        assertNotEquals(one.clientSecret(), two.clientSecret());
    }

    @Test
    void verify_credentials_answers_for_an_app_token_and_a_user_token_without_secrets() {
        OAuthTestClient.App app = oauth.register("Checker", OAuthTestClient.OOB, "read write");
        oauth.fellow("vera", "vera@ministry.example");
        String appToken = ApiClient.json(oauth.token("grant_type", "client_credentials", "client_id", app.clientId(),
                "client_secret", app.clientSecret())).get("access_token").asText();
        String userToken = oauth.userToken(app, "vera", "write");

        for (String token : List.of(appToken, userToken)) {
            HttpResponse<String> response = new ApiClient(instance, token).get("/api/v1/apps/verify_credentials");
            assertEquals(200, response.statusCode(), response.body());
            JsonNode entity = ApiClient.json(response);
            assertEquals(List.of("id", "name", "website", "scopes", "redirect_uri", "redirect_uris"), fieldNames(entity));
            assertEquals("Checker", entity.get("name").asText());
            assertEquals(app.registration().get("id").asText(), entity.get("id").asText());
            assertEquals("[\"read\",\"write\"]", entity.get("scopes").toString());
            assertFalse(response.body().contains(app.clientSecret()));
        }
    }

    @Test
    void verify_credentials_describes_a_command_line_token() {
        ApiClient fellow = ApiClient.fellow(instance, "cleo", "read follow");
        JsonNode entity = ApiClient.json(fellow.get("/api/v1/apps/verify_credentials"));
        assertEquals("Fellowship command line", entity.get("name").asText());
        assertEquals("[\"read\",\"follow\"]", entity.get("scopes").toString());
    }

    @Test
    void verify_credentials_without_a_valid_token_is_401() {
        HttpResponse<String> none = anonymous.get("/api/v1/apps/verify_credentials");
        assertEquals(401, none.statusCode());
        assertEquals("The access token is invalid", ApiClient.json(none).get("error").asText());
        HttpResponse<String> bogus = new ApiClient(instance, "not-a-token").get("/api/v1/apps/verify_credentials");
        assertEquals(401, bogus.statusCode());
    }

    @Test
    void trailing_slashes_work_on_both_endpoints() {
        assertEquals(200, anonymous.postForm("/api/v1/apps/", "client_name", "Slash",
                "redirect_uris", OAuthTestClient.OOB).statusCode());
        assertEquals(401, anonymous.get("/api/v1/apps/verify_credentials/").statusCode());
    }

    @Test
    void registrations_are_limited_per_client_address() {
        List<String> from = List.of("X-Forwarded-For", "198.51.100.23");
        for (int i = 0; i < AppsApi.REGISTRATIONS_PER_ADDRESS; i++) {
            assertEquals(200, oauth.postForm("/api/v1/apps", from, "client_name", "Flood " + i,
                    "redirect_uris", OAuthTestClient.OOB).statusCode());
        }
        HttpResponse<String> refused = oauth.postForm("/api/v1/apps", from, "client_name", "One too many",
                "redirect_uris", OAuthTestClient.OOB);
        assertEquals(429, refused.statusCode());
        assertTrue(ApiClient.json(refused).get("error").asText().contains("Too many"));
        assertTrue(refused.headers().firstValue("Retry-After").isPresent());

        assertEquals(200, oauth.postForm("/api/v1/apps", List.of("X-Forwarded-For", "198.51.100.24"),
                "client_name", "Another address", "redirect_uris", OAuthTestClient.OOB).statusCode());
    }

    private static void assertRefused(Map<String, Object> body, String inMessage) {
        HttpResponse<String> response = anonymous.postJson("/api/v1/apps", body);
        assertEquals(422, response.statusCode(), body + " -> " + response.body());
        String error = ApiClient.json(response).get("error").asText();
        assertTrue(error.startsWith("Validation failed: ") && error.contains(inMessage), error);
    }

    private static String manyDistinct(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append("https://app").append(i).append(".example/cb\n");
        }
        return text.toString();
    }

    private static String part(String boundary, String name, String value) {
        return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
    }

    static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
