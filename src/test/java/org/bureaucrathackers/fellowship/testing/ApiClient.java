package org.bureaucrathackers.fellowship.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.json.Json;

/**
 * A Mastodon API caller for HTTP tests: a bearer token (or none) against a running {@link TestInstance},
 * sending JSON or form bodies as real clients do.
 */
public final class ApiClient {

    private final TestInstance instance;
    private final String token;

    public ApiClient(TestInstance instance, String token) {
        this.instance = instance;
        this.token = token;
    }

    /** A new fellow with a token granting {@code scopes}. */
    public static ApiClient fellow(TestInstance instance, String username, String scopes) {
        Account account = instance.createFellow(username);
        return new ApiClient(instance, instance.tokens().issue(account, scopes).secret());
    }

    /** A token for {@code account} granting {@code scopes}. */
    public static ApiClient of(TestInstance instance, Account account, String scopes) {
        return new ApiClient(instance, instance.tokens().issue(account, scopes).secret());
    }

    /** No token at all. */
    public static ApiClient anonymous(TestInstance instance) {
        return new ApiClient(instance, null);
    }

    public String token() {
        return token;
    }

    public HttpResponse<String> get(String path) {
        return instance.send(request(path).GET().build());
    }

    public HttpResponse<String> delete(String path) {
        return instance.send(request(path).DELETE().build());
    }

    /** POST with a JSON body; {@code body} is serialised (a Map, a JsonNode or a JSON string). */
    public HttpResponse<String> postJson(String path, Object body) {
        String text = body instanceof String s ? s : Json.write(body);
        return instance.send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(text)).build());
    }

    /** PUT with a JSON body; {@code body} is serialised (a Map, a JsonNode or a JSON string). */
    public HttpResponse<String> putJson(String path, Object body) {
        String text = body instanceof String s ? s : Json.write(body);
        return instance.send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(text)).build());
    }

    /** PATCH with a JSON body; {@code body} is serialised (a Map, a JsonNode or a JSON string). */
    public HttpResponse<String> patchJson(String path, Object body) {
        String text = body instanceof String s ? s : Json.write(body);
        return instance.send(request(path).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(text)).build());
    }

    /** POST form-urlencoded; pairs of name and value, names may repeat ({@code ids[]}). */
    public HttpResponse<String> postForm(String path, String... namesAndValues) {
        return sendForm("POST", path, namesAndValues);
    }

    public HttpResponse<String> patchForm(String path, String... namesAndValues) {
        return sendForm("PATCH", path, namesAndValues);
    }

    public HttpResponse<String> putForm(String path, String... namesAndValues) {
        return sendForm("PUT", path, namesAndValues);
    }

    /** A multipart request (uploads), with {@code method} POST, PUT or PATCH. */
    public HttpResponse<String> sendMultipart(String method, String path, Multipart body) {
        return instance.send(request(path).header("Content-Type", body.contentType())
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body.bytes())).build());
    }

    /** The bytes at {@code url} (a served file), without a token. */
    public static HttpResponse<byte[]> download(String url) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(20)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** POST without a body, as toot favourites and boosts. */
    public HttpResponse<String> post(String path) {
        return instance.send(request(path).POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    private HttpResponse<String> sendForm(String method, String path, String... namesAndValues) {
        return instance.send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .method(method, HttpRequest.BodyPublishers.ofString(form(namesAndValues))).build());
    }

    public static String form(String... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values come in pairs");
        }
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            pairs.add(encode(namesAndValues[i]) + "=" + encode(namesAndValues[i + 1]));
        }
        return String.join("&", pairs);
    }

    public static String query(Map<String, String> params) {
        return params.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(instance.url(path)))
                .timeout(Duration.ofSeconds(20)).header("Accept", "application/json");
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    /** The body as JSON; fails the test with the body when it is not JSON. */
    /** The JSON of a response that must be a 200. */
    public static JsonNode ok(HttpResponse<String> response) {
        org.junit.jupiter.api.Assertions.assertEquals(200, response.statusCode(), response.body());
        return json(response);
    }

    public static JsonNode json(HttpResponse<String> response) {
        try {
            return Json.MAPPER.readTree(response.body());
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON (" + response.statusCode() + "): " + response.body(), e);
        }
    }
}
