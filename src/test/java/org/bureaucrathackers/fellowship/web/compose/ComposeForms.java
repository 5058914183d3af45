package org.bureaucrathackers.fellowship.web.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.bureaucrathackers.fellowship.session.BrowserSessions;
import org.bureaucrathackers.fellowship.session.CsrfTokens;
import org.bureaucrathackers.fellowship.testing.Browser;
import org.bureaucrathackers.fellowship.testing.Multipart;
import org.bureaucrathackers.fellowship.testing.StoredState;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Sends the compose form as a browser does (multipart, with this browser's cookies) and reads its answers. */
final class ComposeForms {

    private ComposeForms() {
    }

    /** The multipart body of the first form on {@code page}, with its hidden fields already in. */
    static Multipart from(HttpResponse<String> page) {
        assertEquals(200, page.statusCode(), page.body());
        Element form = Jsoup.parse(page.body()).selectFirst("form[action=/publish]");
        assertNotNull(form, page.body());
        Multipart body = new Multipart();
        for (Element input : form.select("input[type=hidden]")) {
            body.field(input.attr("name"), input.attr("value"));
        }
        return body;
    }

    /** Posts {@code body} to {@code path} carrying {@code browser}'s session and form cookies. */
    static HttpResponse<String> send(TestInstance instance, Browser browser, String path, Multipart body) {
        List<String> cookies = new ArrayList<>();
        for (String name : List.of(BrowserSessions.COOKIE, CsrfTokens.COOKIE)) {
            if (browser.cookie(name) != null) {
                cookies.add(name + "=" + browser.cookie(name));
            }
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(instance.url(path)))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "text/html")
                .header("Content-Type", body.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes()));
        if (!cookies.isEmpty()) {
            request.header("Cookie", String.join("; ", cookies));
        }
        return instance.send(request.build());
    }

    /**
     * What the database holds, but for the delivery queue and its hosts' health, which the delivery worker
     * changes on its own while a test runs (a post to a remote follower is retried in the background).
     */
    static String stored(TestInstance instance) {
        StringBuilder kept = new StringBuilder();
        boolean skipping = false;
        for (String line : StoredState.of(instance.database()).split("\n")) {
            if (!line.startsWith(" ")) {
                skipping = line.equalsIgnoreCase("delivery_job") || line.equalsIgnoreCase("delivery_host");
            }
            if (!skipping) {
                kept.append(line).append('\n');
            }
        }
        return kept.toString();
    }

    /**
     * Asserts a 422 page whose summary links to {@code field}, whose message sits next to it and which the
     * control points at.
     */
    static Document refusedAt(HttpResponse<String> response, String field) {
        assertEquals(422, response.statusCode(), response.body());
        Document page = Jsoup.parse(response.body());
        assertEquals(1, page.select("h1").size());
        Element summary = page.selectFirst("[role=alert]");
        assertNotNull(summary, response.body());
        assertNotNull(summary.selectFirst("a[href=\"#" + field + "\"]"), summary.outerHtml());
        Element message = page.getElementById(field + "-error");
        assertNotNull(message, "no message next to " + field + ": " + response.body());
        Element control = page.getElementById(field);
        assertNotNull(control, field);
        assertTrue(control.attr("aria-describedby").contains(field + "-error"), control.outerHtml());
        if (!control.tagName().equals("fieldset")) {
            assertEquals("true", control.attr("aria-invalid"), control.outerHtml());
        }
        return page;
    }
}
