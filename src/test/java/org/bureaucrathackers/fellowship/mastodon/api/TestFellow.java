package org.bureaucrathackers.fellowship.mastodon.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.testing.ApiClient;
import org.bureaucrathackers.fellowship.testing.TestInstance;

/** A fellow of a test instance with an API client; names get a number so tests sharing an instance never clash. */
public record TestFellow(Account account, ApiClient api) {

    private static final AtomicInteger NUMBERS = new AtomicInteger();

    public static TestFellow create(TestInstance instance, String name) {
        return create(instance, name, "read write follow");
    }

    public static TestFellow create(TestInstance instance, String name, String scopes) {
        Account account = instance.createFellow(name + NUMBERS.incrementAndGet());
        String token = instance.tokens().issue(account, scopes).secret();
        return new TestFellow(account, new ApiClient(instance, token));
    }

    public String username() {
        return account.username();
    }

    public String id() {
        return Long.toString(account.id());
    }

    /** Posts through the API and returns the Status; fails the test unless the answer is 200. */
    public JsonNode post(Map<String, ?> body) {
        HttpResponse<String> response = api.postJson("/api/v1/statuses", body);
        if (response.statusCode() != 200) {
            throw new AssertionError("posting failed (" + response.statusCode() + "): " + response.body());
        }
        return ApiClient.json(response);
    }

    public JsonNode post(String text) {
        return post(Map.of("status", text));
    }

    /** Posts and returns the new status's id. */
    public String postId(Map<String, ?> body) {
        return post(body).get("id").asText();
    }

    public String postId(String text) {
        return postId(Map.of("status", text));
    }

    public void follows(TestInstance instance, TestFellow other) {
        instance.follows().follow(account, other.account);
    }
}
