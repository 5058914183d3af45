package org.bureaucrathackers.fellowship.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.FellowService;
import org.bureaucrathackers.fellowship.mastodon.oauth.FormTokens;
import org.bureaucrathackers.fellowship.testing.ApiClient;
import org.bureaucrathackers.fellowship.testing.Browser;
import org.bureaucrathackers.fellowship.testing.MutableClock;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Sessions and form tokens end when they say they do, on the instance's clock: an expired session sends the
 * browser to sign in (and back), an expired form changes nothing.
 */
class SessionExpiryTest {

    private static final String PASSWORD = "correct horse battery";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
    private TestInstance instance;
    private Account alice;
    private Browser browser;

    @BeforeEach
    void start() {
        instance = TestInstance.startAt(clock);
        alice = instance.fellows().create(new FellowService.NewFellow("alice", null, PASSWORD, null, false));
        browser = new Browser(instance);
        HttpResponse<String> signedIn = browser.submit(browser.get("/auth/sign_in"), "username", "alice",
                "password", PASSWORD);
        assertEquals(303, signedIn.statusCode(), signedIn.body());
    }

    @AfterEach
    void stop() {
        instance.close();
    }

    @Test
    void a_session_lasts_its_lifetime_and_not_a_second_more() {
        clock.advance(BrowserSessions.LIFETIME.minusSeconds(1));
        assertEquals(200, browser.get("/settings/applications").statusCode());

        clock.advance(Duration.ofSeconds(2));
        HttpResponse<String> expired = browser.get("/settings/applications");
        assertEquals(303, expired.statusCode());
        assertEquals("/auth/sign_in?return_to=%2Fsettings%2Fapplications",
                expired.headers().firstValue("Location").orElseThrow());

        HttpResponse<String> again = browser.submit(browser.follow(expired), "username", "alice", "password", PASSWORD);
        assertEquals("/settings/applications", again.headers().firstValue("Location").orElseThrow());
        assertEquals(200, browser.follow(again).statusCode());
    }

    @Test
    void a_form_posted_after_the_session_expired_changes_nothing() {
        long app = registerApp();
        instance.tokens().issue(alice.id(), app, Set.of("read"), false);
        HttpResponse<String> list = browser.get("/settings/applications");
        assertEquals(200, list.statusCode());

        clock.advance(BrowserSessions.LIFETIME.plusSeconds(1));
        HttpResponse<String> revoke = browser.submit(list);

        assertEquals(303, revoke.statusCode());
        assertTrue(revoke.headers().firstValue("Location").orElseThrow().startsWith("/auth/sign_in"));
        assertEquals(1, instance.tokens().appsAuthorizedBy(alice.id(), 10).size());
    }

    @Test
    void a_form_kept_open_past_its_token_lifetime_is_refused_with_a_page_that_says_so() {
        long app = registerApp();
        instance.tokens().issue(alice.id(), app, Set.of("read"), false);
        HttpResponse<String> list = browser.get("/settings/applications");

        clock.advance(FormTokens.LIFETIME.plusMinutes(1));
        HttpResponse<String> revoke = browser.submit(list);

        assertEquals(403, revoke.statusCode());
        assertTrue(revoke.body().contains("expired"), revoke.body());
        assertEquals(1, instance.tokens().appsAuthorizedBy(alice.id(), 10).size());
        assertEquals(200, browser.get("/settings/applications").statusCode(), "the session itself still holds");
    }

    private long registerApp() {
        return ApiClient.json(ApiClient.anonymous(instance).postForm("/api/v1/apps", "client_name", "Old Client",
                "redirect_uris", "urn:ietf:wg:oauth:2.0:oob", "scopes", "read")).path("id").asLong();
    }
}
