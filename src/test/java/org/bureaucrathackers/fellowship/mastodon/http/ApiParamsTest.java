package org.bureaucrathackers.fellowship.mastodon.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.bureaucrathackers.fellowship.http.HttpError;
import org.bureaucrathackers.fellowship.json.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Parameters arrive the same whichever body encoding a real client chose (client-api §1.6). */
class ApiParamsTest {

    private static Javalin server;
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        server = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.routes.post("/echo", ctx -> {
                ApiParams params = ApiParams.of(ctx);
                ObjectNode out = Json.object();
                out.put("status", params.string("status").orElse(null));
                out.put("sensitive", params.bool("sensitive", false));
                out.set("media_ids", Json.MAPPER.valueToTree(params.list("media_ids")));
                out.set("options", Json.MAPPER.valueToTree(params.list("poll[options]")));
                out.put("expires_in", params.number("poll[expires_in]", 0, 0, 10_000_000));
                out.put("limit", params.number("limit", 20, 1, 40));
                ApiJson.send(ctx, out);
            });
            config.routes.exception(HttpError.class, (e, ctx) ->
                    ApiJson.send(ctx, e.status(), Map.of("error", e.getMessage())));
        }).start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void json_bodies_with_nested_objects_read_like_forms() throws Exception {
        JsonNode out = post("application/json",
                "{\"status\":\"hi\",\"sensitive\":true,\"media_ids\":[\"1\",\"2\"],"
                        + "\"poll\":{\"options\":[\"a\",\"b\"],\"expires_in\":300}}", 200);
        assertEquals("hi", out.get("status").asText());
        assertTrue(out.get("sensitive").asBoolean());
        assertEquals(List.of("1", "2"), list(out.get("media_ids")));
        assertEquals(List.of("a", "b"), list(out.get("options")));
        assertEquals(300, out.get("expires_in").asLong());
    }

    @Test
    void form_bodies_read_rails_arrays_and_every_boolean_spelling() throws Exception {
        JsonNode out = post("application/x-www-form-urlencoded",
                "status=hello+there&sensitive=1&media_ids%5B%5D=7&media_ids%5B%5D=8&poll%5Boptions%5D%5B%5D=x", 200);
        assertEquals("hello there", out.get("status").asText());
        assertTrue(out.get("sensitive").asBoolean());
        assertEquals(List.of("7", "8"), list(out.get("media_ids")));
        assertEquals(List.of("x"), list(out.get("options")));
        assertTrue(post("application/x-www-form-urlencoded", "sensitive=True", 200).get("sensitive").asBoolean());
        assertFalse(post("application/x-www-form-urlencoded", "sensitive=false", 200).get("sensitive").asBoolean());
    }

    @Test
    void multipart_bodies_read_indexed_arrays() throws Exception {
        String boundary = "b0undary";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"status\"\r\n\r\nmulti\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"media_ids[0]\"\r\n\r\n5\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"media_ids[1]\"\r\n\r\n6\r\n"
                + "--" + boundary + "--\r\n";
        JsonNode out = post("multipart/form-data; boundary=" + boundary, body, 200);
        assertEquals("multi", out.get("status").asText());
        assertEquals(List.of("5", "6"), list(out.get("media_ids")));
    }

    @Test
    void bad_input_is_answered_with_a_message_not_a_crash() throws Exception {
        assertEquals("The request body is not valid JSON",
                post("application/json", "{\"status\":", 400).get("error").asText());
        assertEquals("The request body must be a JSON object",
                post("application/json", "[1,2]", 422).get("error").asText());
        assertEquals("Parameter sensitive must be true or false",
                post("application/x-www-form-urlencoded", "sensitive=perhaps", 422).get("error").asText());
        assertEquals("Parameter limit must be between 1 and 40",
                post("application/x-www-form-urlencoded", "limit=99", 422).get("error").asText());
    }

    private static JsonNode post(String type, String body, int expectedStatus) throws IOException, InterruptedException {
        HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + server.port() + "/echo"))
                .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(expectedStatus, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        return Json.MAPPER.readTree(response.body());
    }

    private static List<String> list(JsonNode array) {
        return Json.MAPPER.convertValue(array, Json.MAPPER.getTypeFactory().constructCollectionType(List.class,
                String.class));
    }
}
