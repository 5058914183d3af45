package org.bureaucrathackers.fellowship.web.profile;

import java.util.List;
import java.util.Map;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.html.HtmlSanitizer;
import org.bureaucrathackers.fellowship.web.Pages;
import org.bureaucrathackers.fellowship.web.ProfilePages;
import org.bureaucrathackers.fellowship.web.Visit;

/** The page of an account of another server as this instance knows it, at /@user@domain. */
public final class RemoteProfilePage {

    private final Pages pages;
    private final ProfilePages.Facts facts;

    RemoteProfilePage(Pages pages, ProfilePages.Facts facts) {
        this.pages = pages;
        this.facts = facts;
    }

    /**
     * What the page shows. The note and field values are sanitised HTML; every other text is escaped by the
     * template. {@code originalUrl} is null when the account has no web address.
     */
    public record RemoteView(String displayName, String handle, String noteHtml, List<Pages.FieldView> fields,
                      String originalUrl, ProfilePages.StructuredView structured,
                      List<ProfilePages.PracticeLink> practices, ProfilePages.FollowControl follow) {
    }

    String render(Visit visit, Account account, String handle, ProfilePages.FollowControl follow) {
        String name = account.displayName() == null || account.displayName().isBlank() ? account.username()
                : account.displayName();
        List<Pages.FieldView> fields = account.fields().stream()
                .map(f -> new Pages.FieldView(f.name(), HtmlSanitizer.clean(f.valueHtml())))
                .toList();
        String original = webAddress(account.url()) ? account.url() : webAddress(account.uri()) ? account.uri() : null;
        RemoteView view = new RemoteView(name, handle,
                account.summaryHtml() == null ? "" : HtmlSanitizer.clean(account.summaryHtml()), fields, original,
                ProfilePages.structured(visit, facts.structured(account)), facts.practices(account), follow);
        return pages.render("remote_profile.jte", visit, Map.of("profile", view));
    }

    private static boolean webAddress(String url) {
        return url != null && (url.regionMatches(true, 0, "https://", 0, 8)
                || url.regionMatches(true, 0, "http://", 0, 7));
    }
}
