package org.bureaucrathackers.fellowship.web.timeline;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.http.Routes;
import org.bureaucrathackers.fellowship.post.Bookmarks;
import org.bureaucrathackers.fellowship.post.InteractionService;
import org.bureaucrathackers.fellowship.post.InvalidPostException;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.post.StatusAccess;
import org.bureaucrathackers.fellowship.post.StatusStore;
import org.bureaucrathackers.fellowship.session.BrowserSessions;
import org.bureaucrathackers.fellowship.session.HtmlAnswers;
import org.bureaucrathackers.fellowship.session.ReturnPaths;
import org.bureaucrathackers.fellowship.session.SignedInPages;
import org.bureaucrathackers.fellowship.web.Pages;
import org.bureaucrathackers.fellowship.web.Visit;
import org.bureaucrathackers.fellowship.web.Visits;

/**
 * What a signed-in fellow does to a post from the pages: favourite, boost and bookmark it, and undo each, with
 * the services the client API uses. Each is a small form; the browser goes back to where the fellow was. A
 * post the fellow may not see answers as one that does not exist.
 */
public final class PostActions implements Routes {

    private static final Pattern ID = Pattern.compile("^[0-9]{1,18}$");

    private final InteractionService interactions;
    private final Bookmarks bookmarks;
    private final StatusStore statuses;
    private final StatusAccess access;
    private final SignedInPages signedIn;
    private final Pages pages;

    public PostActions(InteractionService interactions, Bookmarks bookmarks, StatusStore statuses,
                       StatusAccess access, SignedInPages signedIn, Pages pages) {
        this.interactions = interactions;
        this.bookmarks = bookmarks;
        this.statuses = statuses;
        this.access = access;
        this.signedIn = signedIn;
        this.pages = pages;
    }

    /** The actions, each under {@code /statuses/{id}/NAME}. */
    enum Action {
        FAVOURITE, UNFAVOURITE, BOOST, UNBOOST, BOOKMARK, UNBOOKMARK;

        String path() {
            return "/statuses/{id}/" + name().toLowerCase(Locale.ROOT);
        }
    }

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        for (Action action : Action.values()) {
            routes.post(action.path(), ctx -> act(ctx, action));
        }
    }

    private void act(Context ctx, Action action) {
        if (!signedIn.formAccepted(ctx)) {
            return;
        }
        String returnTo = ReturnPaths.safe(ctx.formParam("return_to"));
        Optional<BrowserSessions.Session> session = signedIn.session(ctx, returnTo);
        if (session.isEmpty()) {
            return;
        }
        Account fellow = session.get().fellow();
        Optional<Status> post = visiblePost(ctx.pathParam("id"), fellow);
        if (post.isEmpty()) {
            answer(ctx, 404, "timeline.action.not_found");
            return;
        }
        try {
            perform(action, fellow, post.get());
        } catch (InvalidPostException e) {
            answer(ctx, 422, action == Action.BOOST ? "timeline.action.not_boostable" : "timeline.action.refused");
            return;
        }
        ctx.redirect(returnTo, HttpStatus.SEE_OTHER);
    }

    private void perform(Action action, Account fellow, Status post) {
        switch (action) {
            case FAVOURITE -> interactions.like(fellow, post);
            case UNFAVOURITE -> interactions.unlike(fellow, post);
            case BOOST -> interactions.boost(fellow, post);
            case UNBOOST -> interactions.unboost(fellow, post);
            case BOOKMARK -> bookmarks.bookmark(fellow, post);
            case UNBOOKMARK -> bookmarks.unbookmark(fellow, post);
        }
    }

    /** The post the path names if the fellow may see it (a boost stands for its original, which must be visible too). */
    private Optional<Status> visiblePost(String id, Account fellow) {
        if (!ID.matcher(id).matches()) {
            return Optional.empty();
        }
        Optional<Status> found = statuses.findById(Long.parseLong(id)).filter(s -> access.canSee(fellow, s));
        if (found.isPresent() && found.get().isBoost()) {
            return statuses.findById(found.get().reblogOfId()).filter(s -> access.canSee(fellow, s));
        }
        return found;
    }

    private void answer(Context ctx, int status, String key) {
        Visit visit = Visits.of(ctx);
        HtmlAnswers.html(ctx, status, pages.error(visit, status, visit.text(key)));
    }
}
