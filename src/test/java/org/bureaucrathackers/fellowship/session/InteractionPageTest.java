package org.bureaucrathackers.fellowship.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.FellowService;
import org.bureaucrathackers.fellowship.actor.ProfileChanges;
import org.bureaucrathackers.fellowship.json.Json;
import org.bureaucrathackers.fellowship.post.NewPost;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.testing.ApiClient;
import org.bureaucrathackers.fellowship.testing.Browser;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code /authorize_interaction?uri=…}, the subscribe template of our WebFinger documents, and the sign-in
 * page it sends signed-out fellows to, driven as a browser drives them.
 */
class InteractionPageTest {

    private static final String PASSWORD = "correct horse battery";
    private static final AtomicInteger NEXT = new AtomicInteger();

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
    void the_webfinger_subscribe_template_names_this_page() throws Exception {
        Account alice = fellowWithPassword();
        JsonNode document = Json.MAPPER.readTree(instance.get("/.well-known/webfinger?resource=acct:" + alice.username()
                + "@" + instance.domain()).body());
        String template = null;
        for (JsonNode link : document.path("links")) {
            if ("http://ostatus.org/schema/1.0/subscribe".equals(link.path("rel").asText())) {
                template = link.path("template").asText();
            }
        }
        assertEquals(instance.base() + "/authorize_interaction?uri={uri}", template);
    }

    @Test
    void signed_out_fellows_sign_in_first_and_come_back_to_confirm() {
        Account alice = fellowWithPassword();
        Account bob = instance.createFellow("bob" + NEXT.incrementAndGet());
        String path = "/authorize_interaction?uri=" + encode("acct:" + bob.username() + "@" + instance.domain());
        Browser browser = new Browser(instance);

        HttpResponse<String> asked = browser.get(path);
        assertEquals(303, asked.statusCode());
        assertEquals("/auth/sign_in?return_to=" + encode(path), asked.headers().firstValue("Location").orElse(""));

        HttpResponse<String> form = browser.follow(asked);
        assertEquals(200, form.statusCode());
        assertTrue(form.body().contains("<label for=\"password\">"), form.body());
        HttpResponse<String> signedIn = browser.submit(form, "username", alice.username(), "password", PASSWORD);
        assertEquals(303, signedIn.statusCode(), signedIn.body());
        assertEquals(path, signedIn.headers().firstValue("Location").orElse(""));
        String cookie = sessionCookie(signedIn);
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Lax"), cookie);
        assertTrue(cookie.contains("Path=/;"), cookie);

        HttpResponse<String> confirm = browser.follow(signedIn);
        assertEquals(200, confirm.statusCode());
        assertTrue(confirm.body().contains("Follow " + bob.username() + "?"), confirm.body());
        assertEquals("no-store", confirm.headers().firstValue("Cache-Control").orElse(""));
    }

    @Test
    void confirming_follows_an_unlocked_local_fellow_at_once() {
        Browser browser = signedIn(fellowWithPassword());
        ApiClient bob = ApiClient.fellow(instance, "bob" + NEXT.incrementAndGet(), "read");

        HttpResponse<String> confirm = browser.get("/authorize_interaction?uri="
                + encode("@" + username(bob) + "@" + instance.domain()));
        assertEquals(0, followers(bob));
        HttpResponse<String> done = browser.submit(confirm);

        assertEquals(200, done.statusCode(), done.body());
        assertTrue(done.body().contains("You now follow @" + username(bob) + "@" + instance.domain()), done.body());
        assertEquals(1, followers(bob));
    }

    @Test
    void confirming_a_fellow_who_approves_followers_leaves_a_pending_request() {
        Account alice = fellowWithPassword();
        Browser browser = signedIn(alice);
        ApiClient bob = ApiClient.fellow(instance, "bob" + NEXT.incrementAndGet(), "read");
        Account bobAccount = instance.fellows().findLocal(username(bob)).orElseThrow();
        instance.profiles().update(bobAccount, new ProfileChanges(null, null, null, true));

        HttpResponse<String> done = browser.submit(browser.get("/authorize_interaction?uri="
                + encode(instance.base() + "/users/" + username(bob))));

        assertEquals(200, done.statusCode(), done.body());
        assertTrue(done.body().contains("You asked to follow"), done.body());
        assertEquals(0, followers(bob));
        JsonNode requests = ApiClient.json(bob.get("/api/v1/follow_requests"));
        assertEquals(1, requests.size());
        assertEquals(alice.username(), requests.get(0).path("username").asText());
    }

    @Test
    void a_confirmation_without_its_form_token_follows_nobody() {
        Browser browser = signedIn(fellowWithPassword());
        ApiClient bob = ApiClient.fellow(instance, "bob" + NEXT.incrementAndGet(), "read");
        String uri = "acct:" + username(bob) + "@" + instance.domain();

        HttpResponse<String> forged = browser.post("/authorize_interaction", List.of("uri", uri));
        HttpResponse<String> wrong = browser.post("/authorize_interaction", List.of("uri", uri, "csrf_token", "1.x"));

        assertEquals(403, forged.statusCode());
        assertEquals(403, wrong.statusCode());
        assertTrue(forged.body().contains("nobody was followed"), forged.body());
        assertEquals(0, followers(bob));
    }

    @Test
    void a_form_token_for_one_account_cannot_follow_another() {
        Browser browser = signedIn(fellowWithPassword());
        ApiClient bob = ApiClient.fellow(instance, "bob" + NEXT.incrementAndGet(), "read");
        ApiClient carol = ApiClient.fellow(instance, "carol" + NEXT.incrementAndGet(), "read");
        HttpResponse<String> confirm = browser.get("/authorize_interaction?uri="
                + encode("acct:" + username(bob) + "@" + instance.domain()));
        String token = org.jsoup.Jsoup.parse(confirm.body()).selectFirst("input[name=csrf_token]").attr("value");

        HttpResponse<String> swapped = browser.post("/authorize_interaction",
                List.of("uri", "acct:" + username(carol) + "@" + instance.domain(), "csrf_token", token));

        assertEquals(403, swapped.statusCode());
        assertEquals(0, followers(carol));
    }

    @Test
    void a_post_url_opens_the_post_for_a_signed_in_fellow() {
        Account author = instance.createFellow("author" + NEXT.incrementAndGet());
        Status post = instance.posts().post(author, new NewPost("Forms in <b>triplicate</b> <script>x()</script>",
                Status.Visibility.PUBLIC, null, null, "en"));
        Browser browser = signedIn(fellowWithPassword());

        HttpResponse<String> page = browser.get("/authorize_interaction?uri=" + encode(post.uri()));

        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains("Forms in"), page.body());
        assertFalse(page.body().contains("<script>x()"), page.body());
        assertTrue(page.body().contains("href=\"" + post.url() + "\""), page.body());
    }

    @Test
    void a_followers_only_post_stays_hidden_from_a_fellow_outside_its_audience() {
        Account author = instance.createFellow("author" + NEXT.incrementAndGet());
        Status post = instance.posts().post(author, new NewPost("only for followers",
                Status.Visibility.PRIVATE, null, null, null));
        Browser browser = signedIn(fellowWithPassword());

        HttpResponse<String> page = browser.get("/authorize_interaction?uri=" + encode(post.uri()));

        assertEquals(404, page.statusCode());
        assertFalse(page.body().contains("only for followers"), page.body());
    }

    @Test
    void a_missing_or_malformed_uri_is_a_400_page_that_says_what_is_wrong() {
        Browser browser = signedIn(fellowWithPassword());
        for (String query : List.of("", "?uri=", "?uri=" + encode("not a handle"), "?uri=" + encode("ftp://x/y"),
                "?uri=" + "a".repeat(3_000))) {
            HttpResponse<String> page = browser.get("/authorize_interaction" + query);
            assertEquals(400, page.statusCode(), query + ": " + page.body());
            assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), query);
            assertTrue(page.body().contains("Error 400"), page.body());
        }
    }

    @Test
    void an_unknown_account_or_post_is_a_404_page() {
        Browser browser = signedIn(fellowWithPassword());
        for (String uri : List.of("acct:nobody@" + instance.domain(), instance.base() + "/users/nobody",
                instance.base() + "/users/nobody/statuses/1", "https://host.invalid/users/someone")) {
            HttpResponse<String> page = browser.get("/authorize_interaction?uri=" + encode(uri));
            assertEquals(404, page.statusCode(), uri + ": " + page.body());
            assertTrue(page.body().contains("Error 404"), page.body());
        }
    }

    @Test
    void following_oneself_is_not_offered() {
        Account alice = fellowWithPassword();
        Browser browser = signedIn(alice);

        HttpResponse<String> page = browser.get("/authorize_interaction?uri="
                + encode("acct:" + alice.username() + "@" + instance.domain()));

        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("This is your own account."), page.body());
        assertFalse(page.body().contains("action=\"/authorize_interaction\""), page.body());
    }

    @Test
    void a_wrong_password_shows_the_form_again_and_starts_no_session() {
        Account alice = fellowWithPassword();
        Browser browser = new Browser(instance);

        HttpResponse<String> refused = browser.submit(browser.get("/auth/sign_in"), "username", alice.username(),
                "password", "wrong horse battery");

        assertEquals(422, refused.statusCode());
        assertTrue(refused.body().contains("role=\"alert\""), refused.body());
        assertNull(browser.cookie(BrowserSessions.COOKIE));
    }

    @Test
    void a_sign_in_without_its_form_token_starts_no_session() {
        Account alice = fellowWithPassword();
        Browser browser = new Browser(instance);
        browser.get("/auth/sign_in");

        HttpResponse<String> forged = browser.post("/auth/sign_in",
                List.of("username", alice.username(), "password", PASSWORD, "return_to", "/"));

        assertEquals(403, forged.statusCode());
        assertNull(browser.cookie(BrowserSessions.COOKIE));
    }

    @Test
    void sign_in_never_sends_the_browser_to_another_site() {
        Account alice = fellowWithPassword();
        for (String target : List.of("//evil.example/x", "https://evil.example/", "/\\evil.example", "javascript:x")) {
            Browser browser = new Browser(instance);
            HttpResponse<String> signedIn = browser.submit(browser.get("/auth/sign_in?return_to=" + encode(target)),
                    "username", alice.username(), "password", PASSWORD);
            assertEquals(303, signedIn.statusCode(), target);
            assertEquals("/", signedIn.headers().firstValue("Location").orElse(""), target);
        }
    }

    @Test
    void a_forged_session_cookie_counts_as_signed_out() {
        Browser browser = signedIn(fellowWithPassword());
        browser.forget(BrowserSessions.COOKIE);
        Browser forged = new Browser(instance);

        HttpResponse<String> page = forged.get("/authorize_interaction?uri=acct:x@" + instance.domain());

        assertEquals(303, page.statusCode());
        assertTrue(page.headers().firstValue("Location").orElse("").startsWith("/auth/sign_in"));
    }

    private static Browser signedIn(Account fellow) {
        Browser browser = new Browser(instance);
        HttpResponse<String> signedIn = browser.submit(browser.get("/auth/sign_in"), "username", fellow.username(),
                "password", PASSWORD);
        assertEquals(303, signedIn.statusCode(), signedIn.body());
        return browser;
    }

    private static Account fellowWithPassword() {
        return instance.fellows().create(new FellowService.NewFellow("fellow" + NEXT.incrementAndGet(), null,
                PASSWORD, null, false));
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(BrowserSessions.COOKIE + "=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie: " + response.headers()));
    }

    private static String username(ApiClient client) {
        return ApiClient.json(client.get("/api/v1/accounts/verify_credentials")).path("username").asText();
    }

    private static int followers(ApiClient client) {
        return ApiClient.json(client.get("/api/v1/accounts/verify_credentials")).path("followers_count").asInt();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
