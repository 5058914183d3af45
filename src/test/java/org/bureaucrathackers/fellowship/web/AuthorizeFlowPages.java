package org.bureaucrathackers.fellowship.web;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bureaucrathackers.fellowship.actor.FellowService;
import org.bureaucrathackers.fellowship.testing.ApiClient;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The pages of the OAuth authorize flow, for the HTML checker: the form (as linked), and what submitting it
 * shows: a failed sign-in, the out-of-band code, a denial, a refused request.
 */
final class AuthorizeFlowPages {

    private static final String OOB = "urn:ietf:wg:oauth:2.0:oob";

    private AuthorizeFlowPages() {
    }

    static void addTo(TestInstance instance, List<String> linked, List<String> submitted) {
        instance.fellows().create(new FellowService.NewFellow("carol", null, "correct horse battery", null,
                false));
        String clientId = ApiClient.json(ApiClient.anonymous(instance).postJson("/api/v1/apps", Map.of(
                "client_name", "Checker & <Co>", "redirect_uris", OOB, "scopes", "read write follow push",
                "website", "https://checker.example"))).get("client_id").asText();
        String form = "/oauth/authorize?response_type=code&client_id=" + clientId + "&redirect_uri="
                + URLEncoder.encode(OOB, StandardCharsets.UTF_8) + "&scope=read+write:statuses+follow+push&state=x";
        linked.add(form);
        linked.add("/oauth/authorize?response_type=code&client_id=unknown");

        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        submitted.add(expect(submit(instance, browser, form, "wrong password", "approve"), "role=\"alert\""));
        submitted.add(expect(submit(instance, browser, form, "correct horse battery", "approve"), "id=\"code\""));
        submitted.add(expect(submit(instance, browser, form, "", "deny"), "was not authorized"));
    }

    private static String expect(String page, String marker) {
        if (!page.contains(marker)) {
            throw new AssertionError("expected a page with " + marker + ": " + page);
        }
        return page;
    }

    private static String submit(TestInstance instance, HttpClient browser, String path, String password,
                                 String decision) {
        try {
            String page = browser.send(HttpRequest.newBuilder(URI.create(instance.url(path))).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            List<String> fields = new ArrayList<>();
            for (Element input : Jsoup.parse(page).select("form input[type=hidden]")) {
                fields.add(input.attr("name"));
                fields.add(input.attr("value"));
            }
            fields.addAll(List.of("username", "carol", "password", password, "decision", decision));
            return browser.send(HttpRequest.newBuilder(URI.create(instance.url("/oauth/authorize")))
                    .timeout(Duration.ofSeconds(20))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(ApiClient.form(fields.toArray(String[]::new))))
                    .build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
