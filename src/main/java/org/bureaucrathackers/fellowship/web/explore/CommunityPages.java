package org.bureaucrathackers.fellowship.web.explore;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.community.Community;
import org.bureaucrathackers.fellowship.community.CommunityService;
import org.bureaucrathackers.fellowship.follow.Follow;
import org.bureaucrathackers.fellowship.follow.FollowService;
import org.bureaucrathackers.fellowship.follow.FollowStore;
import org.bureaucrathackers.fellowship.follow.InvalidFollowException;
import org.bureaucrathackers.fellowship.html.HtmlSanitizer;
import org.bureaucrathackers.fellowship.http.Routes;
import org.bureaucrathackers.fellowship.post.InvalidPostException;
import org.bureaucrathackers.fellowship.post.NewPost;
import org.bureaucrathackers.fellowship.post.PostService;
import org.bureaucrathackers.fellowship.post.PublicFeeds;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.session.BrowserSessions;
import org.bureaucrathackers.fellowship.session.HtmlAnswers;
import org.bureaucrathackers.fellowship.session.SignedInPages;
import org.bureaucrathackers.fellowship.uri.LocalUris;
import org.bureaucrathackers.fellowship.web.Pages;
import org.bureaucrathackers.fellowship.web.PostViews;
import org.bureaucrathackers.fellowship.web.Visit;
import org.bureaucrathackers.fellowship.web.Visits;

/**
 * The communities of practice in the browser: {@code GET /communities} lists this instance's communities; the
 * page of one (served at {@code /communities/{name}} by the community's actor routes, which choose HTML or
 * ActivityPub by Accept) shows its description, moderators, members and announced posts. A signed-in fellow
 * joins ({@code POST …/join}: a follow of the Group, a request when the community approves its members), leaves
 * ({@code POST …/leave}) and, as a member, posts to it ({@code POST …/posts}: a public post that mentions the
 * community, which the community then announces to its members).
 */
public final class CommunityPages implements Routes {

    public static final int PAGE_SIZE = 50;
    public static final int MAX_PAGE = CommunityService.MAX_LISTED / PAGE_SIZE;
    /** Announced posts shown on a community's page; the feeds and the outbox have the rest. */
    public static final int POSTS_SHOWN = PostViews.PROFILE_POSTS;

    private final CommunityService communities;
    private final FollowService followService;
    private final FollowStore follows;
    private final PostService posts;
    private final PublicFeeds feeds;
    private final PostViews postViews;
    private final Pages pages;
    private final BrowserSessions sessions;
    private final SignedInPages signedIn;
    private final LocalUris uris;

    public CommunityPages(CommunityService communities, FollowService followService, FollowStore follows,
                          PostService posts, PublicFeeds feeds, PostViews postViews, Pages pages,
                          BrowserSessions sessions, SignedInPages signedIn, LocalUris uris) {
        this.communities = communities;
        this.followService = followService;
        this.follows = follows;
        this.posts = posts;
        this.feeds = feeds;
        this.postViews = postViews;
        this.pages = pages;
        this.sessions = sessions;
        this.signedIn = signedIn;
        this.uris = uris;
    }

    /** Where the signed-in fellow stands with a community. */
    public enum Membership { NONE, REQUESTED, MEMBER }

    public record CommunityCard(String name, String displayName, String url, long members, boolean approvalRequired) {
    }

    public record CommunityList(List<CommunityCard> communities, long total, String previousUrl, String nextUrl) {
    }

    /** The post form as typed, and what is wrong with it (null when nothing). */
    public record PostForm(String text, FieldProblem problem, int maxCharacters) {
    }

    /**
     * A community's page. {@code descriptionHtml} went through the sanitizer; {@code membership} is null when
     * nobody is signed in.
     */
    public record CommunityView(String name, String displayName, String handle, String path, String actorUrl,
                                String descriptionHtml, List<FellowLink> moderators, long members,
                                boolean approvalRequired, Membership membership, List<Pages.PostView> posts,
                                PostForm form) {
    }

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.get("/communities", this::list);
        routes.post("/communities/{name}/join", this::join);
        routes.post("/communities/{name}/leave", this::leave);
        routes.post("/communities/{name}/posts", this::post);
    }

    private void list(Context ctx) {
        Visit visit = Visits.of(ctx);
        if (visit.signedIn()) {
            HtmlAnswers.protect(ctx);
        }
        int page = PageNumbers.read(ctx.queryParam("page"), MAX_PAGE);
        List<Community> found = communities.list((page - 1) * PAGE_SIZE, PAGE_SIZE + 1);
        List<CommunityCard> cards = found.stream().limit(PAGE_SIZE).filter(c -> !c.account().isDeleted())
                .map(c -> new CommunityCard(c.name(), displayName(c), path(c),
                        follows.countFollowers(c.account().id()), c.approvalRequired())).toList();
        CommunityList view = new CommunityList(cards, communities.count(),
                page > 1 ? "/communities?page=" + (page - 1) : null,
                found.size() > PAGE_SIZE && page < MAX_PAGE ? "/communities?page=" + (page + 1) : null);
        HtmlAnswers.html(ctx, 200, pages.render("communities.jte", visit, Map.of("list", view)));
    }

    /** The HTML page of {@code community} (a live one), for whoever asks. */
    public void show(Context ctx, Community community) {
        Optional<Account> fellow = sessions.current(ctx).map(BrowserSessions.Session::fellow);
        if (fellow.isPresent()) {
            HtmlAnswers.protect(ctx);
        }
        render(ctx, 200, community, fellow, new PostForm("", null, maxText(community)));
    }

    private void join(Context ctx) {
        if (!signedIn.formAccepted(ctx)) {
            return;
        }
        Optional<Community> community = live(ctx);
        if (community.isEmpty()) {
            return;
        }
        Optional<BrowserSessions.Session> session = signedIn.session(ctx, path(community.get()));
        if (session.isEmpty()) {
            return;
        }
        try {
            followService.follow(session.get().fellow(), community.get().account());
        } catch (InvalidFollowException e) {
            refuse(ctx, 403, "community.join_refused");
            return;
        }
        ctx.redirect(path(community.get()), HttpStatus.SEE_OTHER);
    }

    private void leave(Context ctx) {
        if (!signedIn.formAccepted(ctx)) {
            return;
        }
        Optional<Community> community = live(ctx);
        if (community.isEmpty()) {
            return;
        }
        Optional<BrowserSessions.Session> session = signedIn.session(ctx, path(community.get()));
        if (session.isEmpty()) {
            return;
        }
        followService.unfollow(session.get().fellow(), community.get().account());
        ctx.redirect(path(community.get()), HttpStatus.SEE_OTHER);
    }

    private void post(Context ctx) {
        if (!signedIn.formAccepted(ctx)) {
            return;
        }
        Optional<Community> found = live(ctx);
        if (found.isEmpty()) {
            return;
        }
        Community community = found.get();
        Optional<BrowserSessions.Session> session = signedIn.session(ctx, path(community));
        if (session.isEmpty()) {
            return;
        }
        Account fellow = session.get().fellow();
        if (membership(fellow, community) != Membership.MEMBER) {
            refuse(ctx, 403, "community.members_only");
            return;
        }
        Visit visit = Visits.of(ctx);
        String text = Optional.ofNullable(ctx.formParam("text")).orElse("");
        String problem = text.isBlank() ? "community.post_empty"
                : text.length() > maxText(community) ? "community.post_too_long" : null;
        if (problem == null) {
            try {
                Status status = posts.post(fellow, NewPost.publicText(addressed(community, text.strip())));
                ctx.redirect(status.url() != null ? status.url() : status.uri(), HttpStatus.SEE_OTHER);
                return;
            } catch (InvalidPostException e) {
                problem = "community.post_refused";
            }
        }
        FieldProblem field = new FieldProblem("text", visit.format(problem, maxText(community)));
        render(ctx, 422, community, Optional.of(fellow), new PostForm(text, field, maxText(community)));
    }

    private void render(Context ctx, int status, Community community, Optional<Account> fellow, PostForm form) {
        Account group = community.account();
        CommunityView view = new CommunityView(community.name(), displayName(community),
                uris.handle(community.name()), path(community), group.uri(),
                HtmlSanitizer.clean(group.summaryHtml() == null ? "" : group.summaryHtml()),
                communities.moderators().stream().map(account -> FellowLink.of(account, uris)).toList(),
                follows.countFollowers(group.id()), community.approvalRequired(),
                fellow.map(f -> membership(f, community)).orElse(null),
                postViews.of(feeds.announcedBy(group, POSTS_SHOWN)), form);
        HtmlAnswers.html(ctx, status, pages.render("community.jte", Visits.of(ctx), Map.of("community", view)));
    }

    private Membership membership(Account fellow, Community community) {
        Optional<Follow> follow = follows.find(fellow.id(), community.account().id());
        if (follow.isEmpty()) {
            return Membership.NONE;
        }
        return follow.get().state() == Follow.State.ACCEPTED ? Membership.MEMBER : Membership.REQUESTED;
    }

    /** The community of the path, or empty after answering a 404 page (a 410 page when it was closed). */
    private Optional<Community> live(Context ctx) {
        String name = ctx.pathParam("name");
        Optional<Community> community = communities.find(name);
        if (community.isEmpty()) {
            refuse(ctx, 404, "community.not_found");
            return Optional.empty();
        }
        if (community.get().account().isDeleted()) {
            refuse(ctx, 410, "community.closed");
            return Optional.empty();
        }
        return community;
    }

    private void refuse(Context ctx, int status, String key) {
        Visit visit = Visits.of(ctx);
        HtmlAnswers.html(ctx, status, pages.error(visit, status, visit.text(key)));
    }

    /**
     * The text with the community's mention in front unless it already names it: the mention addresses the post
     * to the community (FEP-1b12), as a member on any Mastodon-compatible server would write it.
     */
    private String addressed(Community community, String text) {
        String mention = "@" + community.name();
        Pattern named = Pattern.compile("(^|\\s)" + Pattern.quote(mention) + "(@" + Pattern.quote(uris.domain())
                + ")?(?![\\w@.-])", Pattern.CASE_INSENSITIVE);
        return named.matcher(text).find() ? text : mention + " " + text;
    }

    /** What fits in a post once the community's mention is in front. */
    private static int maxText(Community community) {
        return PostService.MAX_CHARACTERS - community.name().length() - 2;
    }

    private static String displayName(Community community) {
        String name = community.account().displayName();
        return name == null || name.isBlank() ? community.name() : name;
    }

    static String path(Community community) {
        return "/communities/" + URLEncoder.encode(community.name(), StandardCharsets.UTF_8);
    }
}
