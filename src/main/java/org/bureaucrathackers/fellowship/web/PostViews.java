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
import org.bureaucrathackers.fellowship.post.Attachment;
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

    /** A post as lists without counts or actions show it: no media, nobody's state. */
    public Pages.PostView view(Status status, Account author) {
        return view(status, author, List.of(), null, null, false);
    }

    /**
     * A post with its media, its counts and what the viewer did with it ({@code state}, null for none), reached
     * through a boost by {@code booster} (or null); {@code mine} says the viewer wrote it.
     */
    public Pages.PostView view(Status status, Account author, List<Attachment> media, Pages.PostState state,
                               Account booster, boolean mine) {
        String handle = handle(author, uris);
        String profile = author.url() != null ? author.url() : author.uri();
        String permalink = status.url() != null ? status.url() : status.uri();
        String threadUrl = author.isLocal() ? uris.statusPage(author.username(), status.id()) : null;
        Pages.BoostView boostedBy = booster == null ? null
                : new Pages.BoostView(nameOf(booster), booster.url() != null ? booster.url() : booster.uri());
        return new Pages.PostView(nameOf(author), handle, profile, permalink, status.uri(),
                NoteDocuments.timestamp(status.createdAt()),
                SHOWN.format(status.createdAt().truncatedTo(ChronoUnit.MINUTES).atOffset(ZoneOffset.UTC)),
                status.spoilerText(), HtmlSanitizer.clean(status.contentHtml()), status.language(),
                status.inReplyToUri(), status.id(), mine, threadUrl, media.stream().map(this::media).toList(), state,
                boostedBy);
    }

    /** Images this site serves are shown; anything else is only linked, so no page loads from another host. */
    private Pages.MediaView media(Attachment attachment) {
        String url = attachment.url();
        String shown = null;
        if (url != null && "Image".equals(attachment.type())) {
            String preview = attachment.previewUrl() != null ? attachment.previewUrl() : url;
            shown = preview.startsWith(uris.base() + "/") ? preview : null;
        }
        return new Pages.MediaView(attachment.type(), url, shown, attachment.description());
    }

    private static String nameOf(Account account) {
        return account.displayName().isBlank() ? account.username() : account.displayName();
    }

    /** {@code user@domain}, with this instance's domain for local accounts. */
    static String handle(Account account, LocalUris uris) {
        return account.username() + "@" + (account.isLocal() ? uris.domain() : account.domain());
    }
}
