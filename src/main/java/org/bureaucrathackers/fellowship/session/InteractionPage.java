package org.bureaucrathackers.fellowship.session;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.web.Visit;
import org.bureaucrathackers.fellowship.web.Visits;
import org.bureaucrathackers.fellowship.actor.AccountStore;
import org.bureaucrathackers.fellowship.follow.Follow;
import org.bureaucrathackers.fellowship.follow.FollowService;
import org.bureaucrathackers.fellowship.follow.InvalidFollowException;
import org.bureaucrathackers.fellowship.http.HttpError;
import org.bureaucrathackers.fellowship.http.Routes;
import org.bureaucrathackers.fellowship.mastodon.oauth.FormTokens;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.post.StatusAccess;
import org.bureaucrathackers.fellowship.uri.LocalUris;
import org.bureaucrathackers.fellowship.web.Pages;
import org.bureaucrathackers.fellowship.web.PostViews;
import org.bureaucrathackers.fellowship.webfinger.ResolvedHandle;

/**
 * {@code /authorize_interaction?uri=…}, the subscribe template of our WebFinger documents: another server
 * (or a "follow" button elsewhere) sends a fellow here with an account or a post. Signed-in fellows confirm
 * following the account (the POST follows as the client API does) or see the post; others sign in first and
 * come back. The confirm form carries a token bound to the session.
 */
public final class InteractionPage implements Routes {

    public static final String PATH = "/authorize_interaction";

    private final BrowserSessions sessions;
    private final InteractionTargets targets;
    private final FollowService follows;
    private final StatusAccess access;
    private final AccountStore accounts;
    private final PostViews postViews;
    private final FormTokens formTokens;
    private final SessionPages pages;
    private final Pages errorPages;
    private final LocalUris uris;

    public InteractionPage(BrowserSessions sessions, InteractionTargets targets, FollowService follows,
                           StatusAccess access, AccountStore accounts, PostViews postViews, FormTokens formTokens,
                           SessionPages pages, Pages errorPages, LocalUris uris) {
        this.sessions = sessions;
        this.targets = targets;
        this.follows = follows;
        this.access = access;
        this.accounts = accounts;
        this.postViews = postViews;
        this.formTokens = formTokens;
        this.pages = pages;
        this.errorPages = errorPages;
        this.uris = uris;
    }

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.get(PATH, ctx -> answer(ctx, ctx.queryParam("uri"), this::show));
        routes.post(PATH, ctx -> answer(ctx, ctx.formParam("uri"), this::confirm));
    }

    private interface Step {
        void handle(Context ctx, BrowserSessions.Session session, String uri);
    }

    /** Signed-out fellows go to sign in first; refusals are pages that say what is wrong. */
    private void answer(Context ctx, String uri, Step step) {
        HtmlAnswers.protect(ctx);
        Optional<BrowserSessions.Session> session = sessions.current(ctx);
        if (session.isEmpty()) {
            String back = PATH + (uri == null || uri.length() > InteractionTargets.MAX_URI_LENGTH ? ""
                    : "?uri=" + URLEncoder.encode(uri, StandardCharsets.UTF_8));
            ctx.redirect(SignInPage.returningTo(back), HttpStatus.SEE_OTHER);
            return;
        }
        try {
            step.handle(ctx, session.get(), uri);
        } catch (HttpError e) {
            Visit visit = Visits.of(ctx);
            HtmlAnswers.html(ctx, e.status(), errorPages.error(visit, e.status(), visit.text(refusal(e.status()))));
        } catch (InvalidFollowException e) {
            Visit visit = Visits.of(ctx);
            HtmlAnswers.html(ctx, 422, errorPages.error(visit, 422, visit.text("follow.outcome_blocked")));
        }
    }

    /** The words of a refusal by its status: the details of a failed look-up stay in the server's log. */
    private static String refusal(int status) {
        return switch (status) {
            case 400 -> "follow.outcome_bad_uri";
            case 403 -> "follow.outcome_forged";
            case 410 -> "follow.outcome_gone";
            default -> "follow.outcome_not_found";
        };
    }

    private void show(Context ctx, BrowserSessions.Session session, String uri) {
        Account fellow = session.fellow();
        InteractionTargets.Target target = targets.resolve(uri);
        if (target.post() != null) {
            HtmlAnswers.html(ctx, 200, postPage(ctx, fellow, target.post()));
            return;
        }
        ResolvedHandle other = target.account();
        String message = null;
        String token = null;
        Visit visit = Visits.of(ctx);
        if (other.account().id() == fellow.id()) {
            message = visit.text("follow.outcome_self");
        } else if (follows.isFollowing(fellow, other.account())) {
            message = visit.format("follow.outcome_already", "@" + other.handle());
        } else {
            token = formTokens.issue(Long.toString(session.id()), binding(other.account().uri()));
        }
        HtmlAnswers.html(ctx, 200, pages.follow(Visits.of(ctx), view(fellow, other, token, message, false)));
    }

    private void confirm(Context ctx, BrowserSessions.Session session, String uri) {
        Account fellow = session.fellow();
        if (uri == null || uri.isBlank() || uri.length() > InteractionTargets.MAX_URI_LENGTH) {
            throw HttpError.badRequest("no account to follow");
        }
        // Checked before resolving, so a forged form cannot even make this server look anything up.
        if (!formTokens.verify(Long.toString(session.id()), binding(uri.strip()), ctx.formParam("csrf_token"))) {
            throw new HttpError(403, "form token refused");
        }
        ResolvedHandle other = targets.account(uri.strip());
        Follow follow = follows.follow(fellow, other.account());
        Visit visit = Visits.of(ctx);
        String outcome = follow.state() == Follow.State.ACCEPTED
                ? visit.format("follow.outcome_following", "@" + other.handle())
                : visit.format("follow.outcome_requested", "@" + other.handle());
        HtmlAnswers.html(ctx, 200, pages.follow(Visits.of(ctx), view(fellow, other, null, outcome, true)));
    }

    private String postPage(Context ctx, Account fellow, Status post) {
        if (post.isBoost() || !access.canSee(fellow, post)) {
            throw HttpError.notFound("No post you may see was found there.");
        }
        Account author = accounts.findById(post.accountId())
                .orElseThrow(() -> HttpError.notFound("No post you may see was found there."));
        String url = post.url() != null ? post.url() : post.uri();
        return pages.post(Visits.of(ctx), new SessionPages.PostOpenView(uris.handle(fellow.username()), postViews.view(post, author),
                url));
    }

    private SessionPages.FollowView view(Account fellow, ResolvedHandle other, String token, String message,
                                         boolean done) {
        Account account = other.account();
        String name = account.displayName() == null || account.displayName().isBlank() ? account.username()
                : account.displayName();
        String profile = account.url() != null && account.url().regionMatches(true, 0, "http", 0, 4)
                ? account.url() : account.uri();
        return new SessionPages.FollowView(uris.handle(fellow.username()), name, other.handle(), profile,
                account.uri(), token, message, done);
    }

    /** The token of a confirm form names the account (its actor id) it follows, so it cannot serve another. */
    private static String binding(String actorUri) {
        return "follow|" + actorUri;
    }
}
