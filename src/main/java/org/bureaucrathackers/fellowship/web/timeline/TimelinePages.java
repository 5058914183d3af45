package org.bureaucrathackers.fellowship.web.timeline;

import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.http.Routes;
import org.bureaucrathackers.fellowship.paging.PageRequest;
import org.bureaucrathackers.fellowship.paging.Slice;
import org.bureaucrathackers.fellowship.post.Bookmark;
import org.bureaucrathackers.fellowship.post.Bookmarks;
import org.bureaucrathackers.fellowship.post.PublicTimeline;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.post.StatusStore;
import org.bureaucrathackers.fellowship.post.Timelines;
import org.bureaucrathackers.fellowship.session.BrowserSessions;
import org.bureaucrathackers.fellowship.session.HtmlAnswers;
import org.bureaucrathackers.fellowship.session.SignedInPages;
import org.bureaucrathackers.fellowship.web.Pages;
import org.bureaucrathackers.fellowship.web.Visit;
import org.bureaucrathackers.fellowship.web.Visits;

/**
 * The timelines in the browser: a fellow's home (as the client API's home timeline), this instance's public
 * posts and all public posts known here (readable signed out too), and the fellow's bookmarks.
 */
public final class TimelinePages implements Routes {

    private final Timelines timelines;
    private final Bookmarks bookmarks;
    private final StatusStore statuses;
    private final PostCards cards;
    private final BrowserSessions sessions;
    private final SignedInPages signedIn;
    private final Pages pages;

    public TimelinePages(Timelines timelines, Bookmarks bookmarks, StatusStore statuses, PostCards cards,
                         BrowserSessions sessions, SignedInPages signedIn, Pages pages) {
        this.timelines = timelines;
        this.bookmarks = bookmarks;
        this.statuses = statuses;
        this.cards = cards;
        this.sessions = sessions;
        this.signedIn = signedIn;
        this.pages = pages;
    }

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.get("/home", this::home);
        routes.get("/public/local", ctx -> publicPosts(ctx, PublicTimeline.Origin.LOCAL, "local"));
        routes.get("/public", ctx -> publicPosts(ctx, PublicTimeline.Origin.ALL, "federated"));
        routes.get("/bookmarks", this::bookmarks);
    }

    private void home(Context ctx) {
        Visit visit = Visits.of(ctx);
        Optional<BrowserSessions.Session> session = signedIn.session(ctx, visit.path());
        if (session.isEmpty()) {
            return;
        }
        Optional<PageRequest> page = ListPaging.request(ctx);
        if (page.isEmpty()) {
            ListPaging.refuse(ctx, pages);
            return;
        }
        Optional<Account> fellow = Optional.of(session.get().fellow());
        Slice<Status> slice = timelines.home(fellow.get(), page.get());
        show(ctx, visit, "home", slice, fellow);
    }

    private void publicPosts(Context ctx, PublicTimeline.Origin origin, String kind) {
        Optional<Account> viewer = sessions.current(ctx).map(BrowserSessions.Session::fellow);
        if (viewer.isPresent()) {
            HtmlAnswers.protect(ctx);
        }
        Optional<PageRequest> page = ListPaging.request(ctx);
        if (page.isEmpty()) {
            ListPaging.refuse(ctx, pages);
            return;
        }
        Slice<Status> slice = timelines.publicStatuses(viewer, origin, false, page.get());
        show(ctx, Visits.of(ctx), kind, slice, viewer);
    }

    private void show(Context ctx, Visit visit, String kind, Slice<Status> slice, Optional<Account> viewer) {
        HtmlAnswers.html(ctx, 200, pages.render("timeline.jte", visit, Map.of("kind", kind,
                "posts", cards.of(slice.items(), viewer), "links", ListPaging.links(ctx, slice, Status::id))));
    }

    /** Bookmarked posts the fellow may still see, newest bookmark first; the cursor is the bookmark's id. */
    private void bookmarks(Context ctx) {
        Visit visit = Visits.of(ctx);
        Optional<BrowserSessions.Session> session = signedIn.session(ctx, visit.path());
        if (session.isEmpty()) {
            return;
        }
        Optional<PageRequest> page = ListPaging.request(ctx);
        if (page.isEmpty()) {
            ListPaging.refuse(ctx, pages);
            return;
        }
        Account fellow = session.get().fellow();
        Slice<Bookmark> slice = bookmarks.of(fellow, page.get());
        List<Long> ids = slice.items().stream().map(Bookmark::statusId).toList();
        List<Status> kept = List.of();
        if (!ids.isEmpty()) {
            var visible = statuses.visibleAmong(fellow.id(), ids);
            Map<Long, Status> byId = statuses.findByIds(ids).stream()
                    .collect(Collectors.toMap(Status::id, Function.identity()));
            kept = ids.stream().filter(visible::contains).map(byId::get).filter(Objects::nonNull).toList();
        }
        HtmlAnswers.html(ctx, 200, pages.render("bookmarks.jte", visit, Map.of(
                "posts", cards.of(kept, Optional.of(fellow)), "links", ListPaging.links(ctx, slice, Bookmark::id))));
    }
}
