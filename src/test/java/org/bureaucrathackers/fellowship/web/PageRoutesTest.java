package org.bureaucrathackers.fellowship.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PageRoutesTest {

    static TestInstance instance;

    @BeforeAll
    static void start() {
        instance = TestInstance.start();
        instance.createFellow("alice");
    }

    @AfterAll
    static void stop() {
        instance.close();
    }

    @Test
    void home_page_names_the_instance_and_lists_fellows() {
        HttpResponse<String> response = instance.get("/", "Accept", "text/html");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(response.body().contains("<html lang=\"en\">"));
        assertTrue(response.body().contains("<h1>Test Ministry</h1>"));
        assertTrue(response.body().contains("@alice@" + instance.domain()));
    }

    @Test
    void profile_page_links_to_the_actor_document() {
        HttpResponse<String> response = instance.get("/@alice", "Accept", "text/html");
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains(
                "<link rel=\"alternate\" type=\"application/activity+json\" href=\"" + instance.base() + "/users/alice\">"));
    }

    @Test
    void unknown_profile_is_404_html_for_browsers() {
        HttpResponse<String> response = instance.get("/@nobody", "Accept", "text/html");
        assertEquals(404, response.statusCode());
        assertTrue(response.body().contains("Error 404"));
    }

    @Test
    void unknown_route_is_404_json_for_json_clients() {
        HttpResponse<String> response = instance.get("/no/such/page", "Accept", "application/json");
        assertEquals(404, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(response.body().startsWith("{\"error\":"));
    }
}
