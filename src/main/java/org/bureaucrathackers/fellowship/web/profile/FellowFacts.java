package org.bureaucrathackers.fellowship.web.profile;

import java.util.List;
import java.util.Optional;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.FellowProfile;
import org.bureaucrathackers.fellowship.actor.ProfileService;
import org.bureaucrathackers.fellowship.follow.FollowStore;
import org.bureaucrathackers.fellowship.paging.PageRequest;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.post.Statuses;
import org.bureaucrathackers.fellowship.post.TimelineStore;
import org.bureaucrathackers.fellowship.practice.Practice;
import org.bureaucrathackers.fellowship.practice.PracticeFilter;
import org.bureaucrathackers.fellowship.practice.PracticeService;
import org.bureaucrathackers.fellowship.uri.LocalUris;
import org.bureaucrathackers.fellowship.web.ProfilePages;

/** What a profile page shows about an account besides its posts, read from the feature services. */
public final class FellowFacts implements ProfilePages.Facts {

    /** The newest practices a profile lists; the practices API pages through the rest. */
    public static final int PROFILE_PRACTICES = 20;

    private final ProfileService profiles;
    private final PracticeService practices;
    private final Statuses statuses;
    private final FollowStore follows;
    private final TimelineStore timelines;
    private final LocalUris uris;

    public FellowFacts(ProfileService profiles, PracticeService practices, Statuses statuses, FollowStore follows,
                       TimelineStore timelines, LocalUris uris) {
        this.profiles = profiles;
        this.practices = practices;
        this.statuses = statuses;
        this.follows = follows;
        this.timelines = timelines;
        this.uris = uris;
    }

    @Override
    public FellowProfile structured(Account account) {
        return profiles.fellowProfile(account);
    }

    @Override
    public List<ProfilePages.PracticeLink> practices(Account account) {
        PracticeFilter mine = new PracticeFilter(account.id(), null, null, null, null, null, null, null, null, null);
        return practices.list(mine, PageRequest.newest(PROFILE_PRACTICES)).items().stream()
                .map(practice -> link(account, practice))
                .flatMap(Optional::stream)
                .toList();
    }

    @Override
    public ProfilePages.Counts counts(Account account) {
        return new ProfilePages.Counts(timelines.countOpen(account.id()), follows.countFollowing(account.id()),
                follows.countFollowers(account.id()));
    }

    private Optional<ProfilePages.PracticeLink> link(Account author, Practice practice) {
        String url;
        if (author.isLocal()) {
            url = uris.statusPage(author.username(), practice.statusId());
        } else {
            Optional<Status> status = statuses.byId(practice.statusId());
            if (status.isEmpty()) {
                return Optional.empty();
            }
            url = webAddress(status.get().url()) ? status.get().url() : status.get().uri();
        }
        return webAddress(url) ? Optional.of(new ProfilePages.PracticeLink(practice.content().title(),
                practice.content().summary(), url)) : Optional.empty();
    }

    /** Remote addresses become links only when they are web addresses. */
    private static boolean webAddress(String url) {
        return url != null && (url.regionMatches(true, 0, "https://", 0, 8) || url.regionMatches(true, 0, "http://", 0, 7));
    }
}
