package org.bureaucrathackers.fellowship.web.compose;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.http.Routes;
import org.bureaucrathackers.fellowship.post.InvalidPostException;
import org.bureaucrathackers.fellowship.post.PostService;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.session.BrowserSessions;
import org.bureaucrathackers.fellowship.session.HtmlAnswers;
import org.bureaucrathackers.fellowship.session.SignedInPages;
import org.bureaucrathackers.fellowship.web.Pages;
import org.bureaucrathackers.fellowship.web.Visit;
import org.bureaucrathackers.fellowship.web.Visits;

/**
 * {@code /statuses/{id}/delete}: asks a fellow to confirm deleting a post of theirs, then deletes it through the
 * posting service (which sends the Delete to everyone who got it) and goes to their profile.
 */
public final class DeletePage implements Routes {

    /** The query the profile is opened with after a deletion, so it can say the post is gone. */
    public static final String DELETED_NOTICE = "notice=post_deleted";

    private final SignedInPages signedIn;
    private final Pages pages;
    private final PostLookup lookup;
    private final PostService posts;

    public DeletePage(SignedInPages signedIn, Pages pages, PostLookup lookup, PostService posts) {
        this.signedIn = signedIn;
        this.pages = pages;
        this.lookup = lookup;
        this.posts = posts;
    }

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.get("/statuses/{id}/delete", this::confirm);
        routes.post("/statuses/{id}/delete", this::delete);
    }

    private void confirm(Context ctx) {
        Optional<BrowserSessions.Session> session = signedIn.session(ctx, path(ctx));
        if (session.isEmpty()) {
            return;
        }
        ownPost(ctx, session.get().fellow()).ifPresent(status -> {
            Map<String, Object> model = new HashMap<>();
            model.put("post", lookup.view(status));
            model.put("action", path(ctx));
            HtmlAnswers.html(ctx, 200, pages.render("delete_post.jte", Visits.of(ctx), model));
        });
    }

    private void delete(Context ctx) {
        Optional<BrowserSessions.Session> session = signedIn.session(ctx, path(ctx));
        if (session.isEmpty() || !signedIn.formAccepted(ctx)) {
            return;
        }
        Account fellow = session.get().fellow();
        Optional<Status> status = ownPost(ctx, fellow);
        if (status.isEmpty()) {
            return;
        }
        try {
            posts.delete(fellow, status.get().id());
        } catch (InvalidPostException e) {
            // Deleted by another request in between: it is gone either way.
            error(ctx, 404, "compose.post_not_found");
            return;
        }
        ctx.redirect("/@" + fellow.username() + "?" + DELETED_NOTICE, HttpStatus.SEE_OTHER);
    }

    private Optional<Status> ownPost(Context ctx, Account fellow) {
        PostLookup.Own own = lookup.own(fellow, ctx.pathParam("id"));
        if (own instanceof PostLookup.Found found) {
            return Optional.of(found.status());
        }
        if (own instanceof PostLookup.NotYours) {
            error(ctx, 403, "compose.not_yours");
        } else {
            error(ctx, 404, "compose.post_not_found");
        }
        return Optional.empty();
    }

    /** The path asked, rebuilt from the id only when it is one (it goes back into the page and sign-in). */
    private static String path(Context ctx) {
        return PostLookup.parseId(ctx.pathParam("id")).map(id -> "/statuses/" + id + "/delete").orElse("/");
    }

    private void error(Context ctx, int status, String key) {
        Visit visit = Visits.of(ctx);
        HtmlAnswers.html(ctx, status, pages.error(visit, status, visit.text(key)));
    }
}
