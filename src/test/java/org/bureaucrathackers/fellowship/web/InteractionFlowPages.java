package org.bureaucrathackers.fellowship.web;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.FellowService;
import org.bureaucrathackers.fellowship.post.NewPost;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.testing.Browser;
import org.bureaucrathackers.fellowship.testing.TestInstance;

/**
 * The hashtag pages and the pages of following from another server, for the HTML checker: the sign-in form
 * (as linked), and what a signed-in fellow sees: a failed sign-in, the confirm page, its outcome, a post.
 */
final class InteractionFlowPages {

    private static final String PASSWORD = "correct horse battery";

    private InteractionFlowPages() {
    }

    static void addTo(TestInstance instance, List<String> linked, List<String> submitted) {
        linked.addAll(List.of("/tags/opengov", "/tags/nothing", "/tags/2026", "/auth/sign_in",
                "/auth/sign_in?return_to=%2Fauthorize_interaction%3Furi%3Dx"));
        Account dora = instance.fellows().create(new FellowService.NewFellow("dora", null, PASSWORD, null,
                false));
        Account erin = instance.createFellow("erin");
        Status post = instance.posts().post(erin, new NewPost("A <b>post</b> #opengov", Status.Visibility.PUBLIC,
                null, "Content & <warning>", "en"));

        Browser browser = new Browser(instance);
        submitted.add(expect(browser.submit(browser.get("/auth/sign_in"), "username", "dora", "password", "wrong"),
                "role=\"alert\""));
        expect(browser.submit(browser.get("/auth/sign_in"), "username", dora.username(), "password", PASSWORD), "");
        HttpResponse<String> confirm = browser.get("/authorize_interaction?uri=" + encode("acct:erin@"
                + instance.domain()));
        submitted.add(expect(confirm, "Follow erin?"));
        submitted.add(expect(browser.submit(confirm), "You now follow"));
        submitted.add(expect(browser.get("/authorize_interaction?uri=" + encode("acct:erin@" + instance.domain())),
                "You already follow"));
        submitted.add(expect(browser.get("/authorize_interaction?uri=" + encode(post.uri())), "Open the post"));
        submitted.add(expect(browser.get("/authorize_interaction?uri=" + encode("not a handle")), "Error 400"));
    }

    private static String expect(HttpResponse<String> page, String marker) {
        if (!page.body().contains(marker)) {
            throw new AssertionError("expected a page with " + marker + ": " + page.body());
        }
        return page.body();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
