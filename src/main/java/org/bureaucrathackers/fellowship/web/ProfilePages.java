package org.bureaucrathackers.fellowship.web;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.html.HtmlSanitizer;
import org.bureaucrathackers.fellowship.uri.LocalUris;

/** Builds the HTML profile page of a local fellow; shared by /@name and /users/name. */
public final class ProfilePages {

    private final Pages pages;
    private final LocalUris uris;
    private final Function<Account, List<Pages.PostView>> posts;

    public ProfilePages(Pages pages, LocalUris uris) {
        this(pages, uris, account -> List.of());
    }

    /** @param posts the public posts a profile lists, newest first */
    public ProfilePages(Pages pages, LocalUris uris, Function<Account, List<Pages.PostView>> posts) {
        this.pages = pages;
        this.uris = uris;
        this.posts = posts;
    }

    public String render(Visit visit, Account account) {
        List<Pages.FieldView> fields = account.fields().stream()
                .map(f -> new Pages.FieldView(f.name(), HtmlSanitizer.clean(f.valueHtml())))
                .toList();
        String joined = DateTimeFormatter.ISO_LOCAL_DATE.format(account.createdAt().atOffset(ZoneOffset.UTC));
        return pages.profile(visit, new Pages.ProfileView(account.displayName(), uris.handle(account.username()),
                account.uri(), account.url(), HtmlSanitizer.clean(account.summaryHtml()), fields, joined,
                posts.apply(account)));
    }
}
