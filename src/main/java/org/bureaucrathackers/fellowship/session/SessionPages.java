package org.bureaucrathackers.fellowship.session;

import java.util.Map;
import org.bureaucrathackers.fellowship.web.Pages;
import org.bureaucrathackers.fellowship.web.Visit;

/** The HTML of sign-in and of confirming an interaction asked for from another server. */
public final class SessionPages {

    private final Pages pages;

    public SessionPages(Pages pages) {
        this.pages = pages;
    }

    /** The sign-in form; {@code login} and {@code message} (a failed attempt, an expired form) may be null. */
    public record SignInForm(String returnTo, String csrfToken, String login, String message) {
    }

    /**
     * An account to follow. {@code csrfToken} is null when there is nothing to confirm, and {@code message}
     * then says why (already following, oneself); {@code done} is the outcome after confirming.
     */
    public record FollowView(String fellowHandle, String displayName, String handle, String profileUrl, String uri,
                             String csrfToken, String message, boolean done) {
    }

    /** A post opened from another server, with where to read it. */
    public record PostOpenView(String fellowHandle, Pages.PostView post, String url) {
    }

    public String signIn(Visit visit, SignInForm form) {
        return pages.render("sign_in.jte", visit, Map.of("form", form));
    }

    public String follow(Visit visit, FollowView view) {
        return pages.render("interaction_follow.jte", visit, Map.of("view", view));
    }

    public String post(Visit visit, PostOpenView view) {
        return pages.render("interaction_post.jte", visit, Map.of("view", view));
    }
}
