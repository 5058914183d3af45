package org.bureaucrathackers.fellowship.web;

import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.List;
import java.util.function.Supplier;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.FellowService;
import org.bureaucrathackers.fellowship.http.HttpError;
import org.bureaucrathackers.fellowship.http.Negotiation;
import org.bureaucrathackers.fellowship.http.Routes;
import org.bureaucrathackers.fellowship.uri.LocalUris;

/** The instance home page and the /@name profile pages. */
public final class PageRoutes implements Routes {

    private static final int HOME_FELLOWS = 200;

    private final FellowService fellows;
    private final Pages pages;
    private final ProfilePages profiles;
    private final LocalUris uris;
    private final Supplier<List<Pages.PostView>> latestPosts;

    public PageRoutes(FellowService fellows, Pages pages, ProfilePages profiles, LocalUris uris) {
        this(fellows, pages, profiles, uris, List::of);
    }

    /** @param latestPosts the newest public posts of the instance, for the home page */
    public PageRoutes(FellowService fellows, Pages pages, ProfilePages profiles, LocalUris uris,
                      Supplier<List<Pages.PostView>> latestPosts) {
        this.fellows = fellows;
        this.pages = pages;
        this.profiles = profiles;
        this.uris = uris;
        this.latestPosts = latestPosts;
    }

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.get("/", this::home);
        routes.get("/@{username}", this::profile);
    }

    private void home(Context ctx) {
        List<Pages.FellowCard> cards = fellows.list(0, HOME_FELLOWS).stream()
                .map(a -> new Pages.FellowCard(a.displayName(), uris.handle(a.username()), a.url()))
                .toList();
        html(ctx, pages.home(Visits.of(ctx), cards, fellows.count(), latestPosts.get()));
    }

    private void profile(Context ctx) {
        String username = ctx.pathParam("username");
        Account account = fellows.findLocal(username)
                .filter(a -> a.actorType() == Account.ActorType.Person)
                .orElseThrow(() -> HttpError.notFound("No fellow called " + username + " here")
                        .withText("error.no_fellow", username));
        if (account.isDeleted()) {
            throw HttpError.gone(username + " has left this instance").withText("error.fellow_left", username);
        }
        ctx.header("Vary", "Accept");
        String activityType = Negotiation.activityContentType(ctx);
        if (activityType != null) {
            ctx.redirect(account.uri(), io.javalin.http.HttpStatus.SEE_OTHER);
            return;
        }
        html(ctx, profiles.render(Visits.of(ctx), account));
    }

    static void html(Context ctx, String body) {
        ctx.contentType("text/html; charset=utf-8");
        ctx.result(body);
    }
}
