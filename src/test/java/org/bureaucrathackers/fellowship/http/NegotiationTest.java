package org.bureaucrathackers.fellowship.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.http.HttpResponse;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which representation each Accept header gets, observed through a real endpoint. */
class NegotiationTest {

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

    @ParameterizedTest(name = "Accept: {0}")
    @CsvSource(delimiter = '|', value = {
            "application/activity+json|303",
            "application/ld+json; profile=\"https://www.w3.org/ns/activitystreams\"|303",
            "application/json|303",
            "text/html|200",
            "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8|200",
            "*/*|200",
            "application/activity+json;q=0.2, text/html|200",
            "text/html;q=0.1, application/activity+json|303"})
    void profile_url_serves_html_or_points_json_clients_at_the_actor(String accept, int expectedStatus) {
        HttpResponse<String> response = instance.get("/@alice", "Accept", accept);
        assertEquals(expectedStatus, response.statusCode());
        if (expectedStatus == 303) {
            assertEquals(instance.base() + "/users/alice", response.headers().firstValue("Location").orElse(null));
        } else {
            assertNull(response.headers().firstValue("Location").orElse(null));
        }
        assertEquals("Accept", response.headers().firstValue("Vary").orElse(""));
    }
}
