package org.bureaucrathackers.fellowship.web.compose;

import java.net.http.HttpResponse;
import java.util.List;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.FellowService;
import org.bureaucrathackers.fellowship.post.NewPost;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.testing.Browser;
import org.bureaucrathackers.fellowship.testing.TestImages;
import org.bureaucrathackers.fellowship.testing.TestInstance;

/**
 * The compose pages for the HTML checker, as a signed-in fellow sees them: the form, a reply, an edit with an
 * image, a refused form with its messages, and the delete confirmation.
 */
public final class ComposeFlowPages {

    private static final String PASSWORD = "correct horse battery";

    private ComposeFlowPages() {
    }

    public static void addTo(TestInstance instance, List<String> submitted) {
        Account fern = instance.fellows().create(new FellowService.NewFellow("fenna", null, PASSWORD, null, false));
        Account gil = instance.createFellow("gilda");
        Status parent = instance.posts().post(gil, new NewPost("A <b>question</b> about forms", Status.Visibility.PRIVATE,
                null, "Forms & <more>", "en"));
        instance.follows().follow(fern, gil);
        Browser browser = new Browser(instance);
        expect(browser.submit(browser.get("/auth/sign_in"), "username", fern.username(), "password", PASSWORD), "");
        HttpResponse<String> form = browser.get("/publish");
        submitted.add(expect(form, "name=\"status\""));
        submitted.add(expect(browser.get("/publish?in_reply_to=" + parent.id()), "question"));
        HttpResponse<String> refused = ComposeForms.send(instance, browser, "/publish", ComposeForms.from(form)
                .field("status", "").field("visibility", "everyone").field("language", "xx")
                .file("file_1", "a.png", "image/png", TestImages.transparentPng(8, 8)));
        submitted.add(expect(refused, "role=\"alert\""));
        HttpResponse<String> published = ComposeForms.send(instance, browser, "/publish", ComposeForms.from(form)
                .field("status", "With a picture").field("visibility", "public").field("language", "en")
                .file("file_1", "a.png", "image/png", TestImages.transparentPng(8, 8))
                .field("description_1", "A small square"));
        String path = published.headers().firstValue("Location").orElseThrow();
        String id = path.substring(path.lastIndexOf('/') + 1);
        submitted.add(expect(browser.get("/publish?edit=" + id), "A small square"));
        submitted.add(expect(browser.get("/statuses/" + id + "/delete"), "With a picture"));
    }

    private static String expect(HttpResponse<String> page, String marker) {
        if (!page.body().contains(marker)) {
            throw new AssertionError("expected a page with " + marker + ": " + page.body());
        }
        return page.body();
    }
}
