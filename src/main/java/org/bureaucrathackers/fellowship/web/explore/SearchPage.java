package org.bureaucrathackers.fellowship.web.explore;

import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.AccountStore;
import org.bureaucrathackers.fellowship.directory.AccountSearch;
import org.bureaucrathackers.fellowship.directory.FacetedDirectory;
import org.bureaucrathackers.fellowship.directory.InvalidDirectoryFilterException;
import org.bureaucrathackers.fellowship.directory.StatusSearch;
import org.bureaucrathackers.fellowship.directory.TagSearch;
import org.bureaucrathackers.fellowship.http.Routes;
import org.bureaucrathackers.fellowship.paging.PageRequest;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.post.StatusAccess;
import org.bureaucrathackers.fellowship.post.StatusStore;
import org.bureaucrathackers.fellowship.practice.Practice;
import org.bureaucrathackers.fellowship.practice.PracticeFilter;
import org.bureaucrathackers.fellowship.practice.PracticeService;
import org.bureaucrathackers.fellowship.session.BrowserSessions;
import org.bureaucrathackers.fellowship.session.HtmlAnswers;
import org.bureaucrathackers.fellowship.uri.LocalUris;
import org.bureaucrathackers.fellowship.web.Pages;
import org.bureaucrathackers.fellowship.web.PostViews;
import org.bureaucrathackers.fellowship.web.Visit;
import org.bureaucrathackers.fellowship.web.Visits;

/**
 * {@code GET /search?q=}: one form, and what the query finds in sections: fellows (here and known from other
 * servers), practices, hashtags and posts. For a signed-in fellow a handle ({@code @user@domain}) or an address
 * is looked up on its server as the Mastodon search does with {@code resolve=true}; a signed-out visit never makes
 * this server fetch anything. The query is bounded as the directory's (characters and words): longer is a 422.
 */
public final class SearchPage implements Routes {

    /** Results shown per section; the API pages further. */
    public static final int SECTION_SIZE = 20;
    public static final int MAX_QUERY = FacetedDirectory.MAX_QUERY;
    public static final int MAX_WORDS = FacetedDirectory.MAX_WORDS;

    private final AccountSearch accounts;
    private final StatusSearch statuses;
    private final TagSearch tags;
    private final PracticeService practices;
    private final StatusStore statusStore;
    private final StatusAccess access;
    private final AccountStore accountStore;
    private final PostViews postViews;
    private final BrowserSessions sessions;
    private final Pages pages;
    private final LocalUris uris;

    public SearchPage(AccountSearch accounts, StatusSearch statuses, TagSearch tags, PracticeService practices,
                      StatusStore statusStore, StatusAccess access, AccountStore accountStore, PostViews postViews,
                      BrowserSessions sessions, Pages pages, LocalUris uris) {
        this.accounts = accounts;
        this.statuses = statuses;
        this.tags = tags;
        this.practices = practices;
        this.statusStore = statusStore;
        this.access = access;
        this.accountStore = accountStore;
        this.postViews = postViews;
        this.sessions = sessions;
        this.pages = pages;
        this.uris = uris;
    }

    /** A practice found: its title (in {@code language}, null when unknown), its page and who wrote it. */
    public record PracticeHit(String title, String language, String url, FellowLink author) {
    }

    public record TagHit(String name, String url) {
    }

    /**
     * The form and what it found; {@code searched} is false when the query was empty (only the form shows),
     * {@code problem} is null unless the query was refused.
     */
    public record SearchView(String query, boolean searched, boolean resolving, List<FellowLink> fellows,
                             List<PracticeHit> practices, List<TagHit> hashtags, List<Pages.PostView> posts,
                             FieldProblem problem) {
    }

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.get("/search", this::search);
    }

    private void search(Context ctx) {
        Visit visit = Visits.of(ctx);
        Optional<Account> viewer = sessions.current(ctx).map(BrowserSessions.Session::fellow);
        if (viewer.isPresent()) {
            HtmlAnswers.protect(ctx);
        }
        String raw = ctx.queryParam("q");
        String query = raw == null ? "" : raw.strip();
        if (query.isEmpty()) {
            answer(ctx, 200, visit, empty(raw == null ? "" : raw, false, null));
            return;
        }
        try {
            FacetedDirectory.filter(Map.of(), query);
        } catch (InvalidDirectoryFilterException e) {
            FieldProblem problem = new FieldProblem("q", visit.format("search.too_long", MAX_QUERY, MAX_WORDS));
            answer(ctx, 422, visit, empty(raw, false, problem));
            return;
        }
        Account fellow = viewer.orElse(null);
        boolean resolve = fellow != null;
        List<FellowLink> fellows = accounts.search(query, resolve, fellow, false, 0, SECTION_SIZE).stream()
                .map(account -> FellowLink.of(account, uris)).toList();
        List<Pages.PostView> posts = new ArrayList<>();
        for (Status status : statuses.search(query, resolve, fellow, null, 0, SECTION_SIZE)) {
            accountStore.findById(status.accountId()).ifPresent(author -> posts.add(postViews.view(status, author)));
        }
        List<TagHit> hashtags = tags.search(query, 0, SECTION_SIZE).stream()
                .map(name -> new TagHit(name, "/tags/" + URLEncoder.encode(name, StandardCharsets.UTF_8))).toList();
        answer(ctx, 200, visit, new SearchView(query, true, resolve, fellows, practices(query, viewer), hashtags,
                posts, null));
    }

    /** Practices whose text has the query's words, those the visitor may read only. */
    private List<PracticeHit> practices(String query, Optional<Account> viewer) {
        PracticeFilter filter = new PracticeFilter(null, null, null, null, null, null, null, null, query, null);
        List<PracticeHit> hits = new ArrayList<>();
        for (Practice practice : practices.list(filter, PageRequest.newest(SECTION_SIZE)).items()) {
            Optional<Status> status = statusStore.findById(practice.statusId())
                    .filter(found -> access.canSee(viewer, found));
            Optional<Account> author = accountStore.findById(practice.accountId());
            if (status.isPresent() && author.isPresent()) {
                Status shown = status.get();
                hits.add(new PracticeHit(practice.content().title(), practice.content().language(),
                        shown.url() != null ? shown.url() : shown.uri(), FellowLink.of(author.get(), uris)));
            }
        }
        return hits;
    }

    private static SearchView empty(String query, boolean searched, FieldProblem problem) {
        return new SearchView(query, searched, false, List.of(), List.of(), List.of(), List.of(), problem);
    }

    private void answer(Context ctx, int status, Visit visit, SearchView view) {
        HtmlAnswers.html(ctx, status, pages.render("search.jte", visit, Map.of("search", view)));
    }
}
