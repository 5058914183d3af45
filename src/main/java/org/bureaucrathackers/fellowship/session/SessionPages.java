package org.bureaucrathackers.fellowship.session;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Map;
import org.bureaucrathackers.fellowship.web.Pages;

/** The HTML of sign-in and of confirming an interaction asked for from another server. */
public final class SessionPages {

    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);
    private final Pages.SiteView site;

    public SessionPages(Pages.SiteView site) {
        this.site = site;
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

    public String signIn(SignInForm form) {
        return render("sign_in.jte", Map.of("site", site, "form", form));
    }

    public String follow(FollowView view) {
        return render("interaction_follow.jte", Map.of("site", site, "view", view));
    }

    public String post(PostOpenView view) {
        return render("interaction_post.jte", Map.of("site", site, "view", view));
    }

    private String render(String template, Map<String, Object> model) {
        StringOutput output = new StringOutput();
        engine.render(template, model, output);
        return output.toString();
    }
}
