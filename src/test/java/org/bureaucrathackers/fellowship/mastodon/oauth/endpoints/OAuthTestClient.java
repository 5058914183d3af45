package org.bureaucrathackers.fellowship.mastodon.oauth.endpoints;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.FellowService;
import org.bureaucrathackers.fellowship.json.Json;
import org.bureaucrathackers.fellowship.testing.ApiClient;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What OAuth tests do over real HTTP: register applications, give fellows passwords, call the token
 * endpoint, and be a browser (with cookies, not following redirects) on the authorize page.
 */
final class OAuthTestClient {

    static final String OOB = "urn:ietf:wg:oauth:2.0:oob";
    static final String PASSWORD = "correct horse battery";

    private final TestInstance instance;
    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

    OAuthTestClient(TestInstance instance) {
        this.instance = instance;
    }

    /** A registered application: its client id and secret. */
    record App(String clientId, String clientSecret, JsonNode registration) {
    }

    App register(String name, String redirectUris, String scopes) {
        HttpResponse<String> response = ApiClient.anonymous(instance).postJson("/api/v1/apps",
                Map.of("client_name", name, "redirect_uris", redirectUris, "scopes", scopes));
        assertEquals(200, response.statusCode(), response.body());
        JsonNode json = ApiClient.json(response);
        return new App(json.get("client_id").asText(), json.get("client_secret").asText(), json);
    }

    App registerOob(String scopes) {
        return register("Test client", OOB, scopes);
    }

    /** A fellow who can sign in with {@link #PASSWORD}. */
    Account fellow(String username, String email) {
        return instance.fellows().create(new FellowService.NewFellow(username, null, PASSWORD, email, false));
    }

    /** POST form-urlencoded without a token, with extra headers (name, value, ...). */
    HttpResponse<String> postForm(String path, List<String> headers, String... namesAndValues) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(instance.url(path)))
                .timeout(Duration.ofSeconds(20)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(ApiClient.form(namesAndValues)));
        for (int i = 0; i < headers.size(); i += 2) {
            request.header(headers.get(i), headers.get(i + 1));
        }
        return instance.send(request.build());
    }

    HttpResponse<String> token(String... namesAndValues) {
        return postForm("/oauth/token", List.of(), namesAndValues);
    }

    /** The password grant, as toot and Mastodon.py send it. */
    HttpResponse<String> passwordGrant(App app, String login, String password, String scope) {
        return token("grant_type", "password", "client_id", app.clientId(), "client_secret", app.clientSecret(),
                "username", login, "password", password, "scope", scope);
    }

    /** A user token for {@code login} with {@link #PASSWORD}; fails the test if none is issued. */
    String userToken(App app, String login, String scope) {
        HttpResponse<String> response = passwordGrant(app, login, PASSWORD, scope);
        assertEquals(200, response.statusCode(), response.body());
        return ApiClient.json(response).get("access_token").asText();
    }

    // --- the browser side of the authorize page ---

    /** The authorize URL for {@code app} with these extra query parameters (name, value, ...). */
    String authorizeUrl(App app, String redirectUri, String... extra) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", app.clientId());
        query.put("redirect_uri", redirectUri);
        for (int i = 0; i < extra.length; i += 2) {
            query.put(extra[i], extra[i + 1]);
        }
        return "/oauth/authorize?" + ApiClient.query(query);
    }

    HttpResponse<String> browserGet(String path) {
        return browserSend(HttpRequest.newBuilder(URI.create(instance.url(path))).GET()
                .header("Accept", "text/html,application/xhtml+xml"));
    }

    /** Submits a form as a browser would: its fields, overridden or added by {@code changes} (name, value ...). */
    HttpResponse<String> submit(Form form, String... changes) {
        Map<String, String> fields = new LinkedHashMap<>(form.fields());
        for (int i = 0; i < changes.length; i += 2) {
            if (changes[i + 1] == null) {
                fields.remove(changes[i]);
            } else {
                fields.put(changes[i], changes[i + 1]);
            }
        }
        List<String> pairs = new ArrayList<>();
        fields.forEach((name, value) -> {
            pairs.add(name);
            pairs.add(value);
        });
        return browserSend(HttpRequest.newBuilder(URI.create(instance.url(form.action())))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html,application/xhtml+xml")
                .POST(HttpRequest.BodyPublishers.ofString(ApiClient.form(pairs.toArray(String[]::new)))));
    }

    /** The authorize form on a page; fails the test when there is none. */
    static Form form(HttpResponse<String> page) {
        Document document = Jsoup.parse(page.body());
        Element form = document.selectFirst("form[method=post]");
        if (form == null) {
            throw new AssertionError("no form on the page (" + page.statusCode() + "): " + page.body());
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element input : form.select("input[name]")) {
            fields.put(input.attr("name"), input.attr("value"));
        }
        return new Form(form.attr("action"), fields);
    }

    /** Signs in on the authorize page of {@code url} and approves; the response is the redirect or code page. */
    HttpResponse<String> approve(String url, String login) {
        HttpResponse<String> page = browserGet(url);
        assertEquals(200, page.statusCode(), page.body());
        return submit(form(page), "username", login, "password", PASSWORD, "decision", "approve");
    }

    /** The code shown on the out-of-band page. */
    static String shownCode(HttpResponse<String> page) {
        Element code = Jsoup.parse(page.body()).getElementById("code");
        if (code == null) {
            throw new AssertionError("no code on the page (" + page.statusCode() + "): " + page.body());
        }
        return code.attr("value");
    }

    /** The query parameters of a redirect's Location. */
    static Map<String, String> redirectQuery(HttpResponse<String> response) {
        String location = response.headers().firstValue("Location")
                .orElseThrow(() -> new AssertionError("no Location (" + response.statusCode() + "): " + response.body()));
        Map<String, String> query = new LinkedHashMap<>();
        int mark = location.indexOf('?');
        if (mark >= 0) {
            for (String pair : location.substring(mark + 1).split("&")) {
                int equals = pair.indexOf('=');
                query.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return query;
    }

    record Form(String action, Map<String, String> fields) {
    }

    private HttpResponse<String> browserSend(HttpRequest.Builder request) {
        try {
            return browser.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(String text) {
        try {
            return Json.MAPPER.readTree(text);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }
}
