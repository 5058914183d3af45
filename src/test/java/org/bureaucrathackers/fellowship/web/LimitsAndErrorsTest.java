package org.bureaucrathackers.fellowship.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.bureaucrathackers.fellowship.http.RequestLimits;
import org.bureaucrathackers.fellowship.testing.RawHttp;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Bounded requests and errors that never leak internals. */
class LimitsAndErrorsTest {

    static TestInstance instance;

    @BeforeAll
    static void start() {
        instance = TestInstance.start();
    }

    @AfterAll
    static void stop() {
        instance.close();
    }

    @Test
    void oversized_body_is_refused_with_413_and_a_message() {
        String response = RawHttp.postDeclaringLength(instance.port(), "/inbox", "application/activity+json",
                RequestLimits.MAX_REQUEST_BYTES + 1);
        assertEquals(413, RawHttp.status(response), response);
        assertTrue(response.contains("larger than"), response);
    }

    @Test
    void oversized_headers_are_refused_without_a_stack_trace() {
        HttpResponse<String> response = instance.get("/", "X-Padding", "a".repeat(WebServer.MAX_HEADER_BYTES + 10));
        assertEquals(431, response.statusCode());
        assertFalse(response.body().contains("at org."), response.body());
    }

    @Test
    void unknown_route_is_404_html_for_browsers_and_mentions_the_path() {
        HttpResponse<String> response = instance.get("/nowhere", "Accept", "text/html");
        assertEquals(404, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(response.body().contains("<html lang=\"en\">"));
    }

    @Test
    void unknown_route_is_404_json_for_api_paths_whatever_the_accept() {
        HttpResponse<String> response = instance.get("/api/v1/nothing");
        assertEquals(404, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(response.body().startsWith("{\"error\":"), response.body());
    }

    @Test
    void responses_do_not_announce_the_server_software() {
        HttpResponse<String> response = instance.get("/");
        assertTrue(response.headers().firstValue("Server").isEmpty());
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""));
    }
}
