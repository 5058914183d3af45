package org.bureaucrathackers.fellowship.web;

import java.net.http.HttpResponse;
import java.util.List;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.FellowService;
import org.bureaucrathackers.fellowship.post.NewPost;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.testing.Browser;
import org.bureaucrathackers.fellowship.testing.TestInstance;

/**
 * The timelines, a thread, the notifications and bookmarks, for the HTML checker: signed out where they are
 * public, and as a signed-in fellow with posts to act on, a content warning, a reply and paging links.
 */
final class TimelineFlowPages {

    private static final String PASSWORD = "correct horse battery";

    private TimelineFlowPages() {
    }

    static void addTo(TestInstance instance, List<String> linked, List<String> submitted) {
        Account fern = instance.fellows().create(new FellowService.NewFellow("fern", "Fern & Co", PASSWORD, null,
                false));
        Account gil = instance.createFellow("gil");
        instance.follows().follow(fern, gil);
        instance.follows().follow(gil, fern);
        Status root = instance.posts().post(gil, new NewPost("Where do we <start>? #opengov",
                Status.Visibility.PUBLIC, null, null, "en"));
        Status reply = instance.posts().post(fern, new NewPost("Here, *in French*", Status.Visibility.PUBLIC,
                root.uri(), "Spoiler & <warning>", "fr"));
        instance.posts().post(gil, new NewPost("Only for followers", Status.Visibility.PRIVATE, reply.uri(), null,
                null));
        instance.interactions().like(gil, reply);
        instance.interactions().boost(gil, reply);
        String thread = "/@" + gil.username() + "/" + root.id();
        linked.addAll(List.of("/public/local", "/public", thread, "/public?max_id=" + reply.id()));

        Browser browser = new Browser(instance);
        expect(browser.submit(browser.get("/auth/sign_in"), "username", fern.username(), "password", PASSWORD), "");
        instance.interactions().like(fern, root);
        for (String path : List.of("/home", "/home?limit=1", "/public/local", "/public", thread,
                "/@" + fern.username() + "/" + reply.id(), "/notifications", "/notifications?limit=1",
                "/bookmarks")) {
            submitted.add(expect(browser.get(path), "<h1>"));
        }
        submitted.add(expect(browser.post("/statuses/1/bookmark", List.of("csrf_token", "x")), "Error 403"));
    }

    private static String expect(HttpResponse<String> page, String marker) {
        if (!page.body().contains(marker)) {
            throw new AssertionError("expected a page with " + marker + ": " + page.body());
        }
        return page.body();
    }
}
