package org.bureaucrathackers.fellowship.web.explore;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.AccountStore;
import org.bureaucrathackers.fellowship.http.PagingParameters;
import org.bureaucrathackers.fellowship.http.Routes;
import org.bureaucrathackers.fellowship.paging.PageRequest;
import org.bureaucrathackers.fellowship.paging.Slice;
import org.bureaucrathackers.fellowship.post.Hashtags;
import org.bureaucrathackers.fellowship.post.PublicTimeline;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.post.Timelines;
import org.bureaucrathackers.fellowship.reading.InvalidReadingException;
import org.bureaucrathackers.fellowship.reading.TagFollows;
import org.bureaucrathackers.fellowship.session.BrowserSessions;
import org.bureaucrathackers.fellowship.session.HtmlAnswers;
import org.bureaucrathackers.fellowship.session.SignedInPages;
import org.bureaucrathackers.fellowship.uri.LocalUris;
import org.bureaucrathackers.fellowship.web.Pages;
import org.bureaucrathackers.fellowship.web.PostViews;
import org.bureaucrathackers.fellowship.web.Visit;
import org.bureaucrathackers.fellowship.web.Visits;

/**
 * The page of a hashtag for browsers (served at {@code /tags/{name}} by the tag routes, which answer ActivityPub
 * clients at the same address): the newest public posts with it, ours and other servers', paged by
 * {@code max_id}; for a signed-in fellow a button to follow or unfollow it ({@code POST /tags/{name}/follow},
 * {@code …/unfollow}), which puts its posts in their home timeline as the Mastodon API's tag follows do.
 */
public final class TagPage implements Routes {

    public static final int PAGE_SIZE = 20;

    private final Timelines timelines;
    private final AccountStore accounts;
    private final TagFollows follows;
    private final PostViews views;
    private final Pages pages;
    private final BrowserSessions sessions;
    private final SignedInPages signedIn;
    private final LocalUris uris;

    public TagPage(Timelines timelines, AccountStore accounts, TagFollows follows, PostViews views, Pages pages,
                   BrowserSessions sessions, SignedInPages signedIn, LocalUris uris) {
        this.timelines = timelines;
        this.accounts = accounts;
        this.follows = follows;
        this.views = views;
        this.pages = pages;
        this.sessions = sessions;
        this.signedIn = signedIn;
        this.uris = uris;
    }

    /** Whether the signed-in fellow follows the hashtag; the page has no such button when nobody is signed in. */
    public record FollowState(boolean following, String followUrl, String unfollowUrl) {
    }

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.post("/tags/{name}/follow", ctx -> change(ctx, true));
        routes.post("/tags/{name}/unfollow", ctx -> change(ctx, false));
    }

    /** The HTML page of the hashtag {@code name} (already normalised). */
    public void show(Context ctx, String name) {
        Optional<Account> fellow = sessions.current(ctx).map(BrowserSessions.Session::fellow);
        PageRequest page = PagingParameters.read(ctx, PAGE_SIZE).orElse(PageRequest.newest(PAGE_SIZE));
        Slice<Status> slice = timelines.tagged(Optional.empty(), name, List.of(), List.of(), List.of(),
                PublicTimeline.Origin.ALL, false, page);
        List<Pages.PostView> posts = new ArrayList<>();
        for (Status status : slice.items()) {
            accounts.findById(status.accountId()).ifPresent(author -> posts.add(views.view(status, author)));
        }
        String path = path(name);
        String older = slice.hasOlder() && !slice.items().isEmpty()
                ? path + "?max_id=" + slice.items().get(slice.items().size() - 1).id() : null;
        String newest = page.maxId() != null || page.minId() != null ? path : null;
        FollowState state = null;
        if (fellow.isPresent()) {
            HtmlAnswers.protect(ctx);
            state = new FollowState(!follows.followed(fellow.get(), List.of(name)).isEmpty(), path + "/follow",
                    path + "/unfollow");
        }
        HtmlAnswers.html(ctx, 200, pages.render("tag.jte", Visits.of(ctx), Map.of(
                "tag", new Pages.TagView(name, uris.tag(name), posts, older, newest), "follow", Optional.ofNullable(state))));
    }

    private void change(Context ctx, boolean follow) {
        if (!signedIn.formAccepted(ctx)) {
            return;
        }
        Visit visit = Visits.of(ctx);
        String name = Hashtags.normalize(ctx.pathParam("name"));
        if (name == null) {
            HtmlAnswers.html(ctx, 404, pages.error(visit, 404, visit.text("tagpage.not_a_hashtag")));
            return;
        }
        Optional<BrowserSessions.Session> session = signedIn.session(ctx, path(name));
        if (session.isEmpty()) {
            return;
        }
        try {
            if (follow) {
                follows.follow(session.get().fellow(), name);
            } else {
                follows.unfollow(session.get().fellow(), name);
            }
        } catch (InvalidReadingException e) {
            HtmlAnswers.html(ctx, 422, pages.error(visit, 422,
                    visit.format("tagpage.too_many", TagFollows.MAX_FOLLOWED)));
            return;
        }
        ctx.redirect(path(name), HttpStatus.SEE_OTHER);
    }

    private static String path(String name) {
        return "/tags/" + URLEncoder.encode(name, StandardCharsets.UTF_8);
    }
}
