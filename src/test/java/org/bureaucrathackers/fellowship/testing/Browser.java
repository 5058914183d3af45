package org.bureaucrathackers.fellowship.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * A browser for the HTML pages of a {@link TestInstance}: keeps the cookies it is given (by name, as one
 * site's), follows no redirect on its own, and submits forms with their hidden fields.
 */
public final class Browser {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private final TestInstance instance;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    public Browser(TestInstance instance) {
        this.instance = instance;
    }

    public HttpResponse<String> get(String pathOrUrl) {
        return send(request(pathOrUrl).header("Accept", "text/html").GET());
    }

    /** A GET with one more request header (say, Accept-Language). */
    public HttpResponse<String> getWithHeader(String pathOrUrl, String name, String value) {
        return send(request(pathOrUrl).header("Accept", "text/html").header(name, value).GET());
    }

    /** A GET carrying {@code name=value} as if it were this browser's cookie (a replayed one, say). */
    public HttpResponse<String> getWithCookie(String pathOrUrl, String name, String value) {
        cookies.put(name, value);
        return get(pathOrUrl);
    }

    /** Posts {@code namesAndValues} as a form. */
    public HttpResponse<String> post(String pathOrUrl, List<String> namesAndValues) {
        return send(request(pathOrUrl).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(ApiClient.form(namesAndValues.toArray(String[]::new)))));
    }

    /** Submits the first form of {@code page} with its hidden fields and {@code extra} fields. */
    public HttpResponse<String> submit(HttpResponse<String> page, String... extra) {
        Element form = Jsoup.parse(page.body()).selectFirst("form[method=post]");
        if (form == null) {
            throw new AssertionError("no form on the page: " + page.body());
        }
        List<String> fields = new ArrayList<>();
        for (Element input : form.select("input[type=hidden]")) {
            fields.add(input.attr("name"));
            fields.add(input.attr("value"));
        }
        fields.addAll(List.of(extra));
        return post(form.attr("action"), fields);
    }

    /** Follows {@code response}'s redirect with a GET. */
    public HttpResponse<String> follow(HttpResponse<String> response) {
        String location = response.headers().firstValue("Location")
                .orElseThrow(() -> new AssertionError("no redirect: " + response.statusCode() + " " + response.body()));
        return get(location);
    }

    public String cookie(String name) {
        return cookies.get(name);
    }

    public void forget(String name) {
        cookies.remove(name);
    }

    private HttpRequest.Builder request(String pathOrUrl) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(instance.url(pathOrUrl)))
                .timeout(Duration.ofSeconds(30));
        if (!cookies.isEmpty()) {
            List<String> pairs = new ArrayList<>();
            cookies.forEach((name, value) -> pairs.add(name + "=" + value));
            builder.header("Cookie", String.join("; ", pairs));
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            for (String header : response.headers().allValues("Set-Cookie")) {
                String pair = header.split(";", 2)[0];
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
                }
            }
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
