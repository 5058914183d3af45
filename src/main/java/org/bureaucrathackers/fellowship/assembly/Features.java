package org.bureaucrathackers.fellowship.assembly;

import org.bureaucrathackers.fellowship.actor.ProfileService;
import org.bureaucrathackers.fellowship.community.CommunityAnnouncer;
import org.bureaucrathackers.fellowship.community.CommunityService;
import org.bureaucrathackers.fellowship.community.GroupAnnounces;
import org.bureaucrathackers.fellowship.community.GroupRelays;
import org.bureaucrathackers.fellowship.follow.BlockService;
import org.bureaucrathackers.fellowship.follow.FollowService;
import org.bureaucrathackers.fellowship.follow.MuteService;
import org.bureaucrathackers.fellowship.follow.PostSubscriptions;
import org.bureaucrathackers.fellowship.follow.ReceivedFollows;
import org.bureaucrathackers.fellowship.follow.Separation;
import org.bureaucrathackers.fellowship.mastodon.streaming.StreamEvents;
import org.bureaucrathackers.fellowship.media.MediaLimits;
import org.bureaucrathackers.fellowship.media.MediaService;
import org.bureaucrathackers.fellowship.media.RemoteMediaCache;
import org.bureaucrathackers.fellowship.media.RemoteNoteMedia;
import org.bureaucrathackers.fellowship.store.JooqRemoteMediaStore;
import org.bureaucrathackers.fellowship.media.MediaStorage;
import org.bureaucrathackers.fellowship.notification.Notifications;
import org.bureaucrathackers.fellowship.post.InteractionService;
import org.bureaucrathackers.fellowship.post.NoteDocuments;
import org.bureaucrathackers.fellowship.post.NoteExtension;
import org.bureaucrathackers.fellowship.practice.PracticeActors;
import org.bureaucrathackers.fellowship.practice.PracticeLookups;
import org.bureaucrathackers.fellowship.practice.PracticeNotes;
import org.bureaucrathackers.fellowship.practice.PracticeService;
import org.bureaucrathackers.fellowship.store.JooqFacetedDirectoryStore;
import org.bureaucrathackers.fellowship.store.JooqPracticeStages;
import org.bureaucrathackers.fellowship.store.JooqPracticeStore;
import org.bureaucrathackers.fellowship.post.PostService;
import org.bureaucrathackers.fellowship.post.PostingPreferences;
import org.bureaucrathackers.fellowship.post.RemoteNotes;
import org.bureaucrathackers.fellowship.post.StatusAccess;
import org.bureaucrathackers.fellowship.post.StatusDocuments;
import org.bureaucrathackers.fellowship.post.StatusEvents;
import org.bureaucrathackers.fellowship.post.StatusResolver;
import org.bureaucrathackers.fellowship.store.JooqMediaStore;
import org.bureaucrathackers.fellowship.store.JooqCommunityStore;
import org.bureaucrathackers.fellowship.store.JooqMuteStore;
import org.bureaucrathackers.fellowship.store.JooqNotificationStore;
import org.bureaucrathackers.fellowship.store.JooqPostingDefaultsStore;
import org.bureaucrathackers.fellowship.webfinger.MentionLookup;

/**
 * The feature services: posts, interactions, follows, mutes, notifications, remote notes, profiles. They
 * change data and hand what they cause to the delivery queue and to notifications in their transaction.
 */
public final class Features {

    public final StatusAccess statusAccess;
    public final MuteService mutes;
    public final Separation separation;
    /** Streaming clients hear of posts and notifications after the commit. */
    public final StreamEvents streamEvents;
    public final Notifications notifications;
    public final PostService posts;
    public final InteractionService interactions;
    public final FollowService follows;
    /** Follows, Accepts, Rejects and Undos that remote actors send. */
    public final ReceivedFollows receivedFollows;
    public final BlockService blocking;
    public final RemoteNotes remoteNotes;
    public final ProfileService profiles;
    public final StatusResolver statusResolver;
    public final PostingPreferences postingPreferences;
    /** What practice records add to Notes, and keep of remote ones. */
    public final NoteExtension noteExtension;
    public final PracticeService practices;
    /** Media files: the {@code media} folder of the data folder, or an S3-compatible bucket, as set. */
    public final MediaStorage mediaStorage;
    /** Uploads, which posts take through {@link PostService}. */
    public final MediaService media;
    /** Local copies of remote media, made in the background, shown by the client API's entities. */
    public final RemoteMediaCache remoteMedia;
    /** Communities of practice; their announcer hears of every post after its commit. */
    public final CommunityService communities;
    public final CommunityAnnouncer communityAnnouncer;

    public Features(Foundation base, Federation federation) {
        var database = base.database;
        var accounts = base.accounts;
        var statuses = base.statuses;
        var uris = base.uris;
        var ids = base.ids;
        var clock = base.clock;
        var outbound = federation.outbound;
        this.statusAccess = new StatusAccess(base.mentionTags, base.followStore, base.blocks);
        this.mutes = new MuteService(database, new JooqMuteStore(database), ids, clock);
        this.separation = new Separation(accounts, base.blocks, mutes);
        this.streamEvents = new StreamEvents();
        this.communityAnnouncer = new CommunityAnnouncer();
        StatusEvents statusEvents = StatusEvents.both(streamEvents, communityAnnouncer);
        this.notifications = new Notifications(database, new JooqNotificationStore(database), separation::silences,
                new PostSubscriptions(base.followStore, accounts), streamEvents, ids, clock);
        JooqPracticeStore practiceStore = new JooqPracticeStore(database);
        // Practices saved before the word index existed are indexed once, before search can miss them.
        practiceStore.indexUnindexedWords();
        // So are accounts saved before the directory's word index existed.
        new JooqFacetedDirectoryStore(database, new JooqPracticeStages()).indexUnindexedWords();
        this.noteExtension = new PracticeNotes(practiceStore, ids, clock);
        MentionLookup mentionLookup = new MentionLookup(accounts, federation.webFinger);
        this.mediaStorage = MediaStorages.of(base.settings, clock);
        this.media = new MediaService(database, new JooqMediaStore(database), mediaStorage, ids, clock);
        var mediaSettings = base.settings.media();
        this.remoteMedia = new RemoteMediaCache(mediaSettings.remoteCache(), new JooqRemoteMediaStore(database),
                mediaStorage, federation.mediaOutgoing, database, ids, clock, uris.base(),
                new RemoteMediaCache.Bounds(MediaLimits.MAX_IMAGE_BYTES, mediaSettings.remoteCacheMaxBytes()));
        this.posts = new PostService(database, statuses, base.mentionTags, base.boosts, base.statusLoader, base.tombstones,
                base.favourites, accounts, statusAccess, mentionLookup, outbound, notifications, statusEvents, uris, ids,
                clock, noteExtension, media);
        this.interactions = new InteractionService(database, statuses, base.mentionTags, base.boosts, base.favourites, accounts, statusAccess,
                outbound, notifications, statusEvents, uris, ids, clock);
        this.follows = new FollowService(database, base.followStore, base.blocks, outbound, notifications, uris, ids,
                clock);
        this.receivedFollows = new ReceivedFollows(database, base.followStore, base.blocks, outbound, notifications,
                uris, ids, clock);
        this.blocking = new BlockService(database, base.followStore, base.blocks, outbound, notifications, uris, ids,
                clock);
        this.remoteNotes = new RemoteNotes(database, statuses, base.mentionTags, base.boosts, base.tombstones, base.favourites, accounts,
                notifications, statusEvents, uris, ids, clock, new RemoteNoteMedia(noteExtension, remoteMedia));
        this.profiles = new ProfileService(database, accounts, base.fellowProfiles, outbound, uris, clock);
        this.statusResolver = new StatusResolver(base.statusLoader, federation.fetcher, federation.remoteActors,
                remoteNotes, uris);
        this.postingPreferences = new PostingPreferences(new JooqPostingDefaultsStore(database));
        PracticeLookups lookups = new PracticeLookups(federation.remoteActors, statusResolver, base.statusLoader);
        this.practices = new PracticeService(practiceStore, posts, new PracticeActors(accounts, mentionLookup,
                lookups::actor, lookups::original, uris), ids, clock);
        this.communities = new CommunityService(database, accounts, new JooqCommunityStore(database), base.boosts,
                interactions, uris, ids, clock);
        communityAnnouncer.bind(new GroupAnnounces(accounts, base.mentionTags, base.boosts, base.followStore,
                communities, interactions), new GroupRelays(database, accounts, base.boosts, communities,
                new StatusDocuments(base.statusLoader, new NoteDocuments(uris, noteExtension)), outbound, uris, ids));
    }
}
