package org.bureaucrathackers.fellowship.web.profile;

import org.bureaucrathackers.fellowship.actor.AccountStore;
import org.bureaucrathackers.fellowship.actor.ProfileService;
import org.bureaucrathackers.fellowship.follow.FollowService;
import org.bureaucrathackers.fellowship.follow.Relationships;
import org.bureaucrathackers.fellowship.media.MediaService;
import org.bureaucrathackers.fellowship.moderation.Suspensions;
import org.bureaucrathackers.fellowship.session.BrowserSessions;
import org.bureaucrathackers.fellowship.session.SignedInPages;
import org.bureaucrathackers.fellowship.uri.LocalUris;
import org.bureaucrathackers.fellowship.web.Pages;
import org.bureaucrathackers.fellowship.web.ProfilePages;
import org.bureaucrathackers.fellowship.webfinger.WebFingerClient;

/** The profile pages, following by handle and the profile settings, built together over the same parts. */
public final class ProfileModules {

    /** /@name, /@user@domain and their follow, unfollow and remote_follow. */
    public final ProfileRoutes profiles;
    /** /follow. */
    public final FollowPage follow;
    /** /settings/profile. */
    public final SettingsProfilePage settings;

    /** The services the modules use; {@code facts} must be those {@code profilePages} was made with. */
    public record Parts(ProfilePages profilePages, ProfilePages.Facts facts, Pages pages, LocalUris uris,
                        AccountStore accounts, WebFingerClient webFinger, Suspensions suspensions,
                        Relationships relationships, FollowService follows, ProfileService profileService,
                        MediaService media, BrowserSessions sessions, SignedInPages signedIn) {
    }

    public ProfileModules(Parts parts) {
        ProfileAccounts accounts = new ProfileAccounts(parts.accounts(), parts.webFinger(), parts.suspensions(),
                parts.uris());
        this.profiles = new ProfileRoutes(accounts, parts.profilePages(),
                new RemoteProfilePage(parts.pages(), parts.facts()), new FollowControls(parts.relationships()),
                parts.follows(), parts.sessions(), parts.signedIn(), parts.pages(), parts.uris());
        this.follow = new FollowPage(parts.signedIn(), parts.pages());
        this.settings = new SettingsProfilePage(parts.signedIn(), parts.profileService(), parts.media(),
                parts.pages());
    }
}
