package org.bureaucrathackers.fellowship.web.timeline;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.post.StatusAccess;
import org.bureaucrathackers.fellowship.post.Threads;
import org.bureaucrathackers.fellowship.session.BrowserSessions;
import org.bureaucrathackers.fellowship.session.HtmlAnswers;
import org.bureaucrathackers.fellowship.web.Pages;
import org.bureaucrathackers.fellowship.web.Visit;
import org.bureaucrathackers.fellowship.web.Visits;

/**
 * The page of a post with its thread: the posts it replies to above, the replies below, each as the client
 * API's context shows them to the same viewer (signed out: public and unlisted posts only; signed in: also
 * followers-only and direct posts addressed to the fellow).
 */
public final class ThreadPage {

    private final Threads threads;
    private final StatusAccess access;
    private final PostCards cards;
    private final BrowserSessions sessions;
    private final Pages pages;

    public ThreadPage(Threads threads, StatusAccess access, PostCards cards, BrowserSessions sessions, Pages pages) {
        this.threads = threads;
        this.access = access;
        this.cards = cards;
        this.sessions = sessions;
        this.pages = pages;
    }

    /** The page of {@code post} by the local {@code author}, or empty when the visitor may not see it. */
    public Optional<String> render(Context ctx, Status post, Account author,
                                   Function<Visit, Optional<String>> practiceSection) {
        Optional<Account> viewer = sessions.current(ctx).map(BrowserSessions.Session::fellow);
        if (viewer.isPresent() || !post.visibility().isOpen()) {
            // What the page shows depends on who asks: no shared cache may keep it.
            HtmlAnswers.protect(ctx);
        }
        if (!access.canSee(viewer, post)) {
            return Optional.empty();
        }
        Threads.Context thread = threads.of(post, viewer);
        List<Status> all = new ArrayList<>(thread.ancestors());
        all.add(post);
        all.addAll(thread.descendants());
        Map<Long, Pages.PostView> byId = new HashMap<>();
        cards.of(all, viewer).forEach(card -> byId.put(card.id(), card));
        Pages.PostView main = byId.get(post.id());
        if (main == null) {
            main = cards.of(post, author, viewer);
        }
        Visit visit = Visits.of(ctx);
        Map<String, Object> model = new HashMap<>();
        model.put("post", main);
        model.put("ancestors", shown(thread.ancestors(), byId));
        model.put("descendants", shown(thread.descendants(), byId));
        practiceSection.apply(visit).ifPresent(html -> model.put("practiceSection", html));
        return Optional.of(pages.render("status.jte", visit, model));
    }

    private static List<Pages.PostView> shown(List<Status> statuses, Map<Long, Pages.PostView> byId) {
        return statuses.stream().map(s -> byId.get(s.id())).filter(Objects::nonNull).toList();
    }
}
