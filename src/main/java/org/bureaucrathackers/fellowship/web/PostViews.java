package org.bureaucrathackers.fellowship.web;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.AccountStore;
import org.bureaucrathackers.fellowship.html.HtmlSanitizer;
import org.bureaucrathackers.fellowship.post.FeedEntry;
import org.bureaucrathackers.fellowship.post.NoteDocuments;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.post.TimelineStore;
import org.bureaucrathackers.fellowship.uri.LocalUris;

/**
 * Posts as the HTML pages show them: only public ones on the home page, public and unlisted ones on a
 * profile, every one sanitised again on the way out.
 */
public final class PostViews {

    public static final int PROFILE_POSTS = 20;
    public static final int HOME_POSTS = 20;
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    private final TimelineStore statuses;
    private final AccountStore accounts;
    private final LocalUris uris;

    public PostViews(TimelineStore statuses, AccountStore accounts, LocalUris uris) {
        this.statuses = statuses;
        this.accounts = accounts;
        this.uris = uris;
    }

    public List<Pages.PostView> ofProfile(Account account) {
        return statuses.openPostsByAccount(account.id(), PROFILE_POSTS).stream().map(s -> view(s, account)).toList();
    }

    /** Posts loaded with their authors (what a community announced), in the order given. */
    public List<Pages.PostView> of(List<FeedEntry> entries) {
        return entries.stream().map(entry -> view(entry.status(), entry.author())).toList();
    }

    public List<Pages.PostView> latestPublic() {
        List<Pages.PostView> views = new ArrayList<>();
        for (Status status : statuses.publicLocalPosts(HOME_POSTS)) {
            Optional<Account> author = accounts.findById(status.accountId());
            author.ifPresent(a -> views.add(view(status, a)));
        }
        return views;
    }

    public Pages.PostView view(Status status, Account author) {
        String handle = handle(author, uris);
        String profile = author.url() != null ? author.url() : author.uri();
        String permalink = status.url() != null ? status.url() : status.uri();
        return new Pages.PostView(author.displayName().isBlank() ? author.username() : author.displayName(), handle,
                profile, permalink, status.uri(), NoteDocuments.timestamp(status.createdAt()),
                SHOWN.format(status.createdAt().truncatedTo(ChronoUnit.MINUTES).atOffset(ZoneOffset.UTC)),
                status.spoilerText(), HtmlSanitizer.clean(status.contentHtml()), status.language(),
                status.inReplyToUri());
    }

    /** {@code user@domain}, with this instance's domain for local accounts. */
    static String handle(Account account, LocalUris uris) {
        return account.username() + "@" + (account.isLocal() ? uris.domain() : account.domain());
    }
}
