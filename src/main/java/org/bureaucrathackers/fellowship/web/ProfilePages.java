package org.bureaucrathackers.fellowship.web;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.FellowProfile;
import org.bureaucrathackers.fellowship.html.HtmlSanitizer;
import org.bureaucrathackers.fellowship.uri.LocalUris;

/**
 * Builds the HTML profile page of a local fellow; shared by /@name and /users/name. With {@link Facts} the page
 * also shows the structured profile, practices and counts, and what the viewer may do ({@link FollowControl}).
 */
public final class ProfilePages {

    private final Pages pages;
    private final LocalUris uris;
    private final Function<Account, List<Pages.PostView>> posts;
    private final Facts facts;

    /** What a profile shows besides the account itself; implemented over the feature services. */
    public interface Facts {
        FellowProfile structured(Account account);

        /** The account's practices, newest first, at most a bounded number. */
        List<PracticeLink> practices(Account account);

        /** Posts, following and followers as this instance counts them. */
        Counts counts(Account account);
    }

    /** A practice as a profile lists it; {@code summary} may be null. */
    public record PracticeLink(String title, String summary, String url) {
    }

    public record Counts(long posts, long following, long followers) {
    }

    /**
     * The structured profile in the words of the visit's language; every text may be null, themes may be empty.
     * {@code organisationType} and {@code governmentLevel} are their words ({@code government}, {@code local}).
     */
    public record StructuredView(String organisation, String organisationType, String role, String country,
                                 String countryName, String governmentLevel, String sector, List<String> themes,
                                 String aims) {

        public boolean isEmpty() {
            return organisation == null && organisationType == null && role == null && country == null
                    && governmentLevel == null && sector == null && themes.isEmpty() && aims == null;
        }
    }

    /**
     * What the viewer may do about following the account. {@code action} is the path the buttons post to
     * (…/follow, …/unfollow are appended); {@code handle} is the account's full handle.
     */
    public record FollowControl(State state, String action, String handle) {

        public enum State {
            /** Nobody is signed in: a form sends the visitor to follow from their own server. */
            SIGNED_OUT,
            /** The fellow's own profile. */
            SELF,
            NOT_FOLLOWING,
            FOLLOWING,
            REQUESTED,
            /** A block stands between them. */
            BLOCKED,
            /** Signed in, but the page was not asked at its profile address (say /users/name). */
            NONE
        }
    }

    /** Everything the profile template shows besides {@link Pages.ProfileView}. */
    /** {@code notice} (say, after the fellow deleted a post) and {@code remoteFollowError} may be null. */
    public record Extras(StructuredView structured, List<PracticeLink> practices, Counts counts,
                         FollowControl follow, String remoteFollowError, String notice) {
    }

    public ProfilePages(Pages pages, LocalUris uris) {
        this(pages, uris, account -> List.of());
    }

    /** @param posts the public posts a profile lists, newest first */
    public ProfilePages(Pages pages, LocalUris uris, Function<Account, List<Pages.PostView>> posts) {
        this(pages, uris, posts, null);
    }

    /** @param facts what a fellow's profile shows besides posts; null for a plain page (communities) */
    public ProfilePages(Pages pages, LocalUris uris, Function<Account, List<Pages.PostView>> posts, Facts facts) {
        this.pages = pages;
        this.uris = uris;
        this.posts = posts;
        this.facts = facts;
    }

    public String render(Visit visit, Account account) {
        FollowControl.State state = visit.signedIn() ? FollowControl.State.NONE : FollowControl.State.SIGNED_OUT;
        return render(visit, account, new FollowControl(state, uris.profile(account.username()),
                uris.handle(account.username())), null);
    }

    /** The page with {@code follow} as what the viewer may do; {@code remoteFollowError} is shown by its form. */
    public String render(Visit visit, Account account, FollowControl follow, String remoteFollowError) {
        return render(visit, account, follow, remoteFollowError, null);
    }

    /** The same, with a {@code notice} above the profile (null for none). */
    public String render(Visit visit, Account account, FollowControl follow, String remoteFollowError,
                         String notice) {
        List<Pages.FieldView> fields = account.fields().stream()
                .map(f -> new Pages.FieldView(f.name(), HtmlSanitizer.clean(f.valueHtml())))
                .toList();
        String joined = DateTimeFormatter.ISO_LOCAL_DATE.format(account.createdAt().atOffset(ZoneOffset.UTC));
        Pages.ProfileView profile = new Pages.ProfileView(account.displayName(), uris.handle(account.username()),
                account.uri(), account.url(), HtmlSanitizer.clean(account.summaryHtml()), fields, joined,
                posts.apply(account));
        Map<String, Object> model = new HashMap<>();
        model.put("profile", profile);
        if (facts != null) {
            model.put("extras", new Extras(structured(visit, facts.structured(account)), facts.practices(account),
                    facts.counts(account), follow, remoteFollowError, notice));
        }
        return pages.render("profile.jte", visit, model);
    }

    /** The structured profile as the visit's language writes it (country names from the locale). */
    public static StructuredView structured(Visit visit, FellowProfile profile) {
        String country = profile.country();
        String countryName = country == null ? null
                : new Locale("", country).getDisplayCountry(visit.texts().locale());
        return new StructuredView(profile.organisation(),
                profile.organisationType() == null ? null : profile.organisationType().word(), profile.role(),
                country, countryName, profile.governmentLevel() == null ? null : profile.governmentLevel().word(),
                profile.sector(), profile.themes(), profile.aims());
    }
}
