package org.bureaucrathackers.fellowship.assembly;

import java.time.Clock;
import org.bureaucrathackers.fellowship.actor.AccountStore;
import org.bureaucrathackers.fellowship.actor.FellowProfileStore;
import org.bureaucrathackers.fellowship.actor.FellowService;
import org.bureaucrathackers.fellowship.config.Settings;
import org.bureaucrathackers.fellowship.ids.Ids;
import org.bureaucrathackers.fellowship.mastodon.oauth.AccessTokens;
import org.bureaucrathackers.fellowship.moderation.DomainBlocks;
import org.bureaucrathackers.fellowship.moderation.Suspensions;
import org.bureaucrathackers.fellowship.post.Statuses;
import org.bureaucrathackers.fellowship.store.Database;
import org.bureaucrathackers.fellowship.store.JooqAccountStore;
import org.bureaucrathackers.fellowship.store.JooqBlockStore;
import org.bureaucrathackers.fellowship.store.JooqBookmarkStore;
import org.bureaucrathackers.fellowship.store.JooqBoostStore;
import org.bureaucrathackers.fellowship.store.JooqDomainBlockStore;
import org.bureaucrathackers.fellowship.store.JooqFavouriteStore;
import org.bureaucrathackers.fellowship.store.JooqFellowProfileStore;
import org.bureaucrathackers.fellowship.store.JooqFeaturedTagStore;
import org.bureaucrathackers.fellowship.store.JooqFollowStore;
import org.bureaucrathackers.fellowship.store.JooqInstanceStats;
import org.bureaucrathackers.fellowship.store.JooqMentionTagStore;
import org.bureaucrathackers.fellowship.store.JooqPinStore;
import org.bureaucrathackers.fellowship.store.JooqStatusStore;
import org.bureaucrathackers.fellowship.store.JooqSuspensionStore;
import org.bureaucrathackers.fellowship.store.JooqTimelineStore;
import org.bureaucrathackers.fellowship.store.JooqTokenStore;
import org.bureaucrathackers.fellowship.store.JooqTombstoneStore;
import org.bureaucrathackers.fellowship.uri.LocalUris;

/**
 * What every other module stands on: settings, time, ids, the shapes of local URIs, the database and the
 * stores more than one module reads, local fellows and their tokens, and the instance-wide moderation
 * (X17) that guards everything sent or received.
 */
public final class Foundation {

    public final Settings settings;
    public final Clock clock;
    public final Ids ids;
    public final LocalUris uris;
    public final Database database;

    public final AccountStore accounts;
    /** Structured profiles (organisation, country, themes, …) of local and remote accounts. */
    public final FellowProfileStore fellowProfiles;
    public final JooqStatusStore statuses;
    public final JooqTimelineStore timelines;
    public final JooqMentionTagStore mentionTags;
    public final JooqBoostStore boosts;
    public final JooqPinStore pins;
    /** Statuses read whole: with their mentions, tags and reply counts. */
    public final Statuses statusLoader;
    public final JooqFollowStore followStore;
    public final JooqBlockStore blocks;
    public final JooqFavouriteStore favourites;
    public final JooqTombstoneStore tombstones;
    public final JooqBookmarkStore bookmarks;
    public final JooqFeaturedTagStore featuredTags;
    public final JooqInstanceStats instanceStats;

    public final FellowService fellows;
    public final AccessTokens tokens;
    public final DomainBlocks domainBlocks;
    public final Suspensions suspensions;

    public Foundation(Settings settings, Database database, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.database = database;
        this.ids = new Ids(clock);
        this.uris = new LocalUris(settings.baseUrl(), settings.domain());

        this.accounts = new JooqAccountStore(database);
        this.fellowProfiles = new JooqFellowProfileStore(database);
        this.statuses = new JooqStatusStore(database);
        this.timelines = new JooqTimelineStore(database);
        this.mentionTags = new JooqMentionTagStore(database);
        this.boosts = new JooqBoostStore(database);
        this.pins = new JooqPinStore(database);
        this.statusLoader = new Statuses(statuses, mentionTags, timelines, accounts, uris);
        this.followStore = new JooqFollowStore(database);
        this.blocks = new JooqBlockStore(database);
        this.favourites = new JooqFavouriteStore(database);
        this.tombstones = new JooqTombstoneStore(database);
        this.bookmarks = new JooqBookmarkStore(database);
        this.featuredTags = new JooqFeaturedTagStore(database);
        this.instanceStats = new JooqInstanceStats(database);

        this.fellows = new FellowService(accounts, uris, ids, clock);
        this.tokens = new AccessTokens(new JooqTokenStore(database), ids, clock);
        // Blocked domains are refused before anything is sent to or read from them.
        this.domainBlocks = new DomainBlocks(new JooqDomainBlockStore(database), settings.domain(), clock);
        this.suspensions = new Suspensions(new JooqSuspensionStore(database), clock);
    }
}
