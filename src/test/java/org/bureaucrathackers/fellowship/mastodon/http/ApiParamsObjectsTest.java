package org.bureaucrathackers.fellowship.mastodon.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.bureaucrathackers.fellowship.http.HttpError;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Rails arrays of hashes ({@code keywords_attributes[][keyword]}) in every encoding clients use. */
class ApiParamsObjectsTest {

    private static Javalin server;
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        server = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.routes.post("/objects", ctx -> ApiJson.send(ctx, ApiParams.of(ctx).objects("items")));
            config.routes.exception(HttpError.class, (e, ctx) ->
                    ApiJson.send(ctx, e.status(), Map.of("error", e.getMessage())));
        }).start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void json_arrays_of_objects_keep_each_object_whole_even_when_fields_differ() throws Exception {
        assertEquals("[{\"k\":\"a\"},{\"k\":\"b\",\"w\":\"false\"}]",
                post("application/json", "{\"items\":[{\"k\":\"a\"},{\"k\":\"b\",\"w\":false}]}", 200));
        assertEquals("[{\"k\":\"a\"},{\"k\":\"b\"}]",
                post("application/json", "{\"items\":{\"0\":{\"k\":\"a\"},\"1\":{\"k\":\"b\",\"n\":null}}}", 200));
        assertEquals("[]", post("application/json", "{\"other\":1}", 200));
    }

    @Test
    void forms_group_indexed_elements_by_number_and_bare_ones_by_position() throws Exception {
        assertEquals("[{\"k\":\"foo\",\"w\":\"false\"},{\"k\":\"bar\",\"w\":\"true\"}]",
                post("application/x-www-form-urlencoded",
                        "items[][k]=foo&items[][w]=false&items[][k]=bar&items[][w]=true", 200));
        assertEquals("[{\"k\":\"zero\"},{\"k\":\"two\"},{\"k\":\"ten\",\"w\":\"1\"}]",
                post("application/x-www-form-urlencoded",
                        "items[10][k]=ten&items[2][k]=two&items[0][k]=zero&items[10][w]=1", 200));
    }

    @Test
    void anything_but_objects_is_refused_with_422() throws Exception {
        post("application/json", "{\"items\":\"text\"}", 422);
        post("application/json", "{\"items\":[1,2]}", 422);
    }

    private static String post(String contentType, String body, int expectedStatus) throws Exception {
        HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                        + server.port() + "/objects")).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(expectedStatus, response.statusCode(), response.body());
        return response.body();
    }
}
