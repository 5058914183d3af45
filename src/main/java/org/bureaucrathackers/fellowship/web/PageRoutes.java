package org.bureaucrathackers.fellowship.web;

import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.List;
import java.util.function.Supplier;
import org.bureaucrathackers.fellowship.actor.FellowService;
import org.bureaucrathackers.fellowship.http.Routes;
import org.bureaucrathackers.fellowship.uri.LocalUris;

/** The instance home page; the /@name profile pages are the profile package's. */
public final class PageRoutes implements Routes {

    private static final int HOME_FELLOWS = 200;

    private final FellowService fellows;
    private final Pages pages;
    private final LocalUris uris;
    private final Supplier<List<Pages.PostView>> latestPosts;

    public PageRoutes(FellowService fellows, Pages pages, LocalUris uris) {
        this(fellows, pages, uris, List::of);
    }

    /** @param latestPosts the newest public posts of the instance, for the home page */
    public PageRoutes(FellowService fellows, Pages pages, LocalUris uris,
                      Supplier<List<Pages.PostView>> latestPosts) {
        this.fellows = fellows;
        this.pages = pages;
        this.uris = uris;
        this.latestPosts = latestPosts;
    }

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.get("/", this::home);
    }

    private void home(Context ctx) {
        List<Pages.FellowCard> cards = fellows.list(0, HOME_FELLOWS).stream()
                .map(a -> new Pages.FellowCard(a.displayName(), uris.handle(a.username()), a.url()))
                .toList();
        html(ctx, pages.home(Visits.of(ctx), cards, fellows.count(), latestPosts.get()));
    }

    static void html(Context ctx, String body) {
        ctx.contentType("text/html; charset=utf-8");
        ctx.result(body);
    }
}
