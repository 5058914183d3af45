package org.bureaucrathackers.fellowship.mastodon.oauth.endpoints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.bureaucrathackers.fellowship.mastodon.oauth.LoginThrottle;
import org.bureaucrathackers.fellowship.testing.ApiClient;
import org.bureaucrathackers.fellowship.testing.MutableClock;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Brute-force protection over real HTTP: failed passwords are limited per account and per client address,
 * on the password grant and on the authorize form alike, and the limits lift when the window has passed.
 * Each test has its own instance, so its counts start at zero.
 */
class SignInThrottleTest {

    private final MutableClock clock = new MutableClock(Instant.now());
    private TestInstance instance;
    private OAuthTestClient oauth;
    private OAuthTestClient.App app;

    @BeforeEach
    void start() {
        instance = TestInstance.startAt(clock);
        oauth = new OAuthTestClient(instance);
        app = oauth.registerOob("read write");
        oauth.fellow("alice", "alice@ministry.example");
    }

    @AfterEach
    void stop() {
        instance.close();
    }

    @Test
    void five_failures_lock_the_account_for_fifteen_minutes_even_with_the_right_password() {
        for (int i = 0; i < LoginThrottle.FAILURES_PER_ACCOUNT; i++) {
            assertEquals(400, fail("alice", "198.51.100." + i).statusCode());
        }
        HttpResponse<String> locked = grant("alice", OAuthTestClient.PASSWORD, "198.51.100.99");
        assertEquals(429, locked.statusCode());
        assertTrue(locked.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertEquals("too_many_attempts", ApiClient.json(locked).get("error").asText());
        assertTrue(ApiClient.json(locked).get("error_description").asText().contains("Try again in 15 minutes"));
        long retryAfter = Long.parseLong(locked.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter > 0 && retryAfter <= 900, "Retry-After " + retryAfter);
        assertEquals(429, grant("alice@ministry.example", OAuthTestClient.PASSWORD, "198.51.100.98").statusCode(),
                "the e-mail address is the same account");

        clock.advance(LoginThrottle.WINDOW.plusSeconds(1));
        assertEquals(200, grant("alice", OAuthTestClient.PASSWORD, "198.51.100.99").statusCode());
    }

    @Test
    void a_correct_password_clears_the_accounts_failures() {
        for (int i = 0; i < LoginThrottle.FAILURES_PER_ACCOUNT - 1; i++) {
            fail("alice", "198.51.100.1");
        }
        assertEquals(200, grant("alice", OAuthTestClient.PASSWORD, "198.51.100.1").statusCode());
        for (int i = 0; i < LoginThrottle.FAILURES_PER_ACCOUNT - 1; i++) {
            assertEquals(400, fail("alice", "198.51.100.2").statusCode());
        }
        assertEquals(200, grant("alice", OAuthTestClient.PASSWORD, "198.51.100.2").statusCode());
    }

    @Test
    void unknown_logins_are_throttled_like_accounts_so_throttling_reveals_nothing() {
        for (int i = 0; i < LoginThrottle.FAILURES_PER_ACCOUNT; i++) {
            assertEquals(400, fail("nobody", "198.51.100." + i).statusCode());
        }
        HttpResponse<String> locked = fail("nobody", "198.51.100.50");
        assertEquals(429, locked.statusCode());
        assertEquals(200, grant("alice", OAuthTestClient.PASSWORD, "198.51.100.50").statusCode(),
                "other accounts are not affected");
    }

    @Test
    void thirty_failures_from_one_address_stop_every_login_from_it_but_not_from_others() {
        String attacker = "203.0.113.66";
        for (int i = 0; i < LoginThrottle.FAILURES_PER_ADDRESS; i++) {
            assertEquals(400, fail("guess" + i, attacker).statusCode(), "attempt " + i);
        }
        assertEquals(429, grant("alice", OAuthTestClient.PASSWORD, attacker).statusCode());
        assertEquals(200, grant("alice", OAuthTestClient.PASSWORD, "203.0.113.67").statusCode());

        clock.advance(Duration.ofMinutes(16));
        assertEquals(200, grant("alice", OAuthTestClient.PASSWORD, attacker).statusCode());
    }

    @Test
    void the_authorize_form_counts_and_honours_the_same_limits() {
        String url = oauth.authorizeUrl(app, OAuthTestClient.OOB, "scope", "read");
        OAuthTestClient.Form form = OAuthTestClient.form(oauth.browserGet(url));
        for (int i = 0; i < LoginThrottle.FAILURES_PER_ACCOUNT; i++) {
            assertEquals(422, oauth.submit(form, "username", "alice", "password", "wrong " + i).statusCode());
        }
        HttpResponse<String> page = oauth.submit(form, "username", "alice", "password", OAuthTestClient.PASSWORD);
        assertEquals(429, page.statusCode());
        assertTrue(page.headers().firstValue("Retry-After").isPresent());
        assertTrue(Jsoup.parse(page.body()).selectFirst("[role=alert]").text().startsWith("Too many failed sign-in"));
        assertEquals(429, grant("alice", OAuthTestClient.PASSWORD, "198.51.100.7").statusCode(),
                "the password grant shares the count");

        clock.advance(LoginThrottle.WINDOW.plusSeconds(1));
        OAuthTestClient.Form fresh = OAuthTestClient.form(oauth.browserGet(url));
        HttpResponse<String> approved = oauth.submit(fresh, "username", "alice", "password", OAuthTestClient.PASSWORD);
        assertEquals(200, approved.statusCode());
        assertEquals(43, OAuthTestClient.shownCode(approved).length());
    }

    @Test
    void a_forwarded_address_is_believed_only_from_a_proxy_on_this_machine() {
        // The tests connect from loopback, as a local reverse proxy does; what it appends last counts.
        for (int i = 0; i < LoginThrottle.FAILURES_PER_ADDRESS; i++) {
            fail("guess" + i, "10.1.1.1, 203.0.113.80");
        }
        assertEquals(429, grant("alice", OAuthTestClient.PASSWORD, "10.9.9.9, 203.0.113.80").statusCode());
        assertEquals(200, grant("alice", OAuthTestClient.PASSWORD, "203.0.113.80, 10.9.9.9").statusCode());
    }

    private HttpResponse<String> fail(String login, String address) {
        return grant(login, "not the password", address);
    }

    private HttpResponse<String> grant(String login, String password, String address) {
        return oauth.postForm("/oauth/token", List.of("X-Forwarded-For", address), "grant_type", "password",
                "client_id", app.clientId(), "client_secret", app.clientSecret(), "username", login,
                "password", password, "scope", "read");
    }
}
