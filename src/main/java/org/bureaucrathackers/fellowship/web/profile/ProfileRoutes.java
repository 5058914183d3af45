package org.bureaucrathackers.fellowship.web.profile;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.fetch.FetchException;
import org.bureaucrathackers.fellowship.follow.FollowService;
import org.bureaucrathackers.fellowship.follow.InvalidFollowException;
import org.bureaucrathackers.fellowship.http.Negotiation;
import org.bureaucrathackers.fellowship.http.Routes;
import org.bureaucrathackers.fellowship.session.BrowserSessions;
import org.bureaucrathackers.fellowship.session.HtmlAnswers;
import org.bureaucrathackers.fellowship.session.SignedInPages;
import org.bureaucrathackers.fellowship.uri.LocalUris;
import org.bureaucrathackers.fellowship.web.Pages;
import org.bureaucrathackers.fellowship.web.ProfilePages;
import org.bureaucrathackers.fellowship.web.Visit;
import org.bureaucrathackers.fellowship.web.Visits;
import org.bureaucrathackers.fellowship.webfinger.WebFingerClient;

/**
 * Profile pages: {@code /@name} (a fellow here) and {@code /@user@domain} (an account of another server known
 * here), with Follow and Unfollow for a signed-in fellow ({@code POST …/follow}, {@code …/unfollow}, through
 * {@link FollowService} as the client API follows) and, for visitors, {@code GET …/remote_follow?acct=} which
 * sends them to follow from their own server, as Mastodon's remote follow does.
 */
public final class ProfileRoutes implements Routes {

    private final ProfileAccounts accounts;
    private final ProfilePages localPages;
    private final RemoteProfilePage remotePages;
    private final FollowControls controls;
    private final FollowService follows;
    private final BrowserSessions sessions;
    private final SignedInPages signedIn;
    private final Pages pages;
    private final LocalUris uris;

    ProfileRoutes(ProfileAccounts accounts, ProfilePages localPages, RemoteProfilePage remotePages,
                  FollowControls controls, FollowService follows, BrowserSessions sessions, SignedInPages signedIn,
                  Pages pages, LocalUris uris) {
        this.accounts = accounts;
        this.localPages = localPages;
        this.remotePages = remotePages;
        this.controls = controls;
        this.follows = follows;
        this.sessions = sessions;
        this.signedIn = signedIn;
        this.pages = pages;
        this.uris = uris;
    }

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.get("/@{name}", this::show);
        routes.get("/@{name}/remote_follow", this::remoteFollow);
        routes.post("/@{name}/follow", ctx -> change(ctx, true));
        routes.post("/@{name}/unfollow", ctx -> change(ctx, false));
    }

    private void show(Context ctx) {
        String name = ctx.pathParam("name");
        Optional<BrowserSessions.Session> session = sessions.current(ctx);
        ctx.header("Vary", "Accept");
        if (session.isPresent()) {
            HtmlAnswers.protect(ctx);
        }
        Optional<Account> viewer = session.map(BrowserSessions.Session::fellow);
        if (ProfileAccounts.isRemote(name)) {
            Optional<Account> remote = accounts.remote(name, viewer.isPresent());
            if (remote.isEmpty() || remote.get().isLocal()) {
                remote.filter(Account::isLocal).ifPresentOrElse(
                        local -> ctx.redirect("/@" + local.username(), HttpStatus.SEE_OTHER),
                        () -> notFound(ctx));
                return;
            }
            Account account = remote.get();
            String handle = accounts.handle(account);
            HtmlAnswers.html(ctx, 200, remotePages.render(Visits.of(ctx), account, handle,
                    controls.of(viewer, account, ProfileAccounts.path(account), handle)));
            return;
        }
        Optional<Account> local = accounts.local(name);
        if (local.isEmpty()) {
            notFound(ctx);
            return;
        }
        Account account = local.get();
        if (account.isDeleted()) {
            Visit visit = Visits.of(ctx);
            HtmlAnswers.html(ctx, 410, pages.error(visit, 410, visit.format("profilepage.gone", "@" + name)));
            return;
        }
        if (Negotiation.activityContentType(ctx) != null) {
            ctx.redirect(account.uri(), HttpStatus.SEE_OTHER);
            return;
        }
        HtmlAnswers.html(ctx, 200, localPage(ctx, account, viewer, null));
    }

    /** A visitor names their own server: there they confirm following this account. */
    private void remoteFollow(Context ctx) {
        String name = ctx.pathParam("name");
        Optional<Account> target = ProfileAccounts.isRemote(name) ? accounts.remote(name, false) : accounts.local(name);
        if (target.isEmpty() || target.get().isDeleted()) {
            notFound(ctx);
            return;
        }
        Account account = target.get();
        Optional<WebFingerClient.Handle> theirs = handle(ctx.queryParam("acct"));
        if (theirs.isEmpty()) {
            Visit visit = Visits.of(ctx);
            String error = visit.text("follow.remote_error");
            HtmlAnswers.html(ctx, 422, account.isLocal()
                    ? localPages.render(visit, account, controls.of(Optional.empty(), account,
                            ProfileAccounts.path(account), accounts.handle(account)), error)
                    : pages.error(visit, 422, error));
            return;
        }
        String uri = URLEncoder.encode("acct:" + accounts.handle(account), StandardCharsets.UTF_8);
        boolean here = theirs.get().domain().equals(uris.domain().toLowerCase(Locale.ROOT));
        // Mastodon's path; servers that answer elsewhere redirect from it.
        String server = here ? "" : "https://" + theirs.get().domain();
        ctx.redirect(server + "/authorize_interaction?uri=" + uri, HttpStatus.SEE_OTHER);
    }

    /** The visitor's own handle, when it is one. */
    private static Optional<WebFingerClient.Handle> handle(String acct) {
        if (acct == null || acct.length() > ProfileAccounts.MAX_HANDLE) {
            return Optional.empty();
        }
        try {
            return Optional.of(WebFingerClient.parseHandle(acct));
        } catch (FetchException e) {
            return Optional.empty();
        }
    }

    private void change(Context ctx, boolean follow) {
        String name = ctx.pathParam("name");
        String path = "/@" + name;
        Optional<BrowserSessions.Session> session = signedIn.session(ctx, path);
        if (session.isEmpty() || !signedIn.formAccepted(ctx)) {
            return;
        }
        Account fellow = session.get().fellow();
        Optional<Account> target = ProfileAccounts.isRemote(name) ? accounts.remote(name, false) : accounts.local(name);
        if (target.isEmpty() || target.get().isDeleted()) {
            notFound(ctx);
            return;
        }
        try {
            if (follow) {
                follows.follow(fellow, target.get());
            } else {
                follows.unfollow(fellow, target.get());
            }
        } catch (InvalidFollowException e) {
            Visit visit = Visits.of(ctx);
            HtmlAnswers.html(ctx, 422, pages.error(visit, 422,
                    visit.format("follow.cannot", "@" + accounts.handle(target.get()))));
            return;
        }
        ctx.redirect(ProfileAccounts.path(target.get()), HttpStatus.SEE_OTHER);
    }

    private String localPage(Context ctx, Account account, Optional<Account> viewer, String error) {
        ProfilePages.FollowControl control = controls.of(viewer, account, ProfileAccounts.path(account),
                accounts.handle(account));
        Visit visit = Visits.of(ctx);
        // After deleting a post the fellow lands here (see compose's DeletePage): say it was done.
        boolean deleted = "post_deleted".equals(ctx.queryParam("notice"))
                && viewer.filter(v -> v.id() == account.id()).isPresent();
        return localPages.render(visit, account, control, error,
                deleted ? visit.text("compose.deleted_notice") : null);
    }

    private void notFound(Context ctx) {
        Visit visit = Visits.of(ctx);
        HtmlAnswers.html(ctx, 404, pages.error(visit, 404, visit.text("profilepage.not_found")));
    }
}
