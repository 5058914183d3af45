package org.bureaucrathackers.fellowship.assembly;

import org.bureaucrathackers.fellowship.directory.AccountLookup;
import org.bureaucrathackers.fellowship.directory.AccountSearch;
import org.bureaucrathackers.fellowship.directory.ProfileDirectory;
import org.bureaucrathackers.fellowship.directory.StatusSearch;
import org.bureaucrathackers.fellowship.directory.TagSearch;
import org.bureaucrathackers.fellowship.follow.Relationships;
import org.bureaucrathackers.fellowship.mastodon.AccountEntities;
import org.bureaucrathackers.fellowship.mastodon.AccountLists;
import org.bureaucrathackers.fellowship.mastodon.AccountStatusesApi;
import org.bureaucrathackers.fellowship.mastodon.AccountsApi;
import org.bureaucrathackers.fellowship.mastodon.AnnouncementsApi;
import org.bureaucrathackers.fellowship.mastodon.ApiAuth;
import org.bureaucrathackers.fellowship.mastodon.ApiPaging;
import org.bureaucrathackers.fellowship.mastodon.ApiStatuses;
import org.bureaucrathackers.fellowship.mastodon.AppsApi;
import org.bureaucrathackers.fellowship.mastodon.AuthorizationCodes;
import org.bureaucrathackers.fellowship.mastodon.AuthorizePage;
import org.bureaucrathackers.fellowship.mastodon.BlocksApi;
import org.bureaucrathackers.fellowship.mastodon.BookmarksApi;
import org.bureaucrathackers.fellowship.mastodon.Cors;
import org.bureaucrathackers.fellowship.mastodon.CredentialsApi;
import org.bureaucrathackers.fellowship.mastodon.CustomEmojisApi;
import org.bureaucrathackers.fellowship.mastodon.DefaultImages;
import org.bureaucrathackers.fellowship.mastodon.DirectoryApi;
import org.bureaucrathackers.fellowship.mastodon.EndorsementsApi;
import org.bureaucrathackers.fellowship.mastodon.FavouritesApi;
import org.bureaucrathackers.fellowship.mastodon.FiltersApi;
import org.bureaucrathackers.fellowship.mastodon.FollowRequestsApi;
import org.bureaucrathackers.fellowship.mastodon.FormTokens;
import org.bureaucrathackers.fellowship.mastodon.InstanceApi;
import org.bureaucrathackers.fellowship.mastodon.InstanceEntities;
import org.bureaucrathackers.fellowship.mastodon.ListsApi;
import org.bureaucrathackers.fellowship.mastodon.MarkersApi;
import org.bureaucrathackers.fellowship.mastodon.MutesApi;
import org.bureaucrathackers.fellowship.mastodon.NotificationEntities;
import org.bureaucrathackers.fellowship.mastodon.NotificationsApi;
import org.bureaucrathackers.fellowship.mastodon.OAuthApps;
import org.bureaucrathackers.fellowship.mastodon.OAuthMetadataApi;
import org.bureaucrathackers.fellowship.mastodon.OAuthPages;
import org.bureaucrathackers.fellowship.mastodon.OAuthTokenApi;
import org.bureaucrathackers.fellowship.mastodon.PreferencesApi;
import org.bureaucrathackers.fellowship.mastodon.PushSubscriptionApi;
import org.bureaucrathackers.fellowship.mastodon.RateWindow;
import org.bureaucrathackers.fellowship.mastodon.RelationshipsApi;
import org.bureaucrathackers.fellowship.mastodon.SavedStatuses;
import org.bureaucrathackers.fellowship.mastodon.SearchApi;
import org.bureaucrathackers.fellowship.mastodon.StatusActionsApi;
import org.bureaucrathackers.fellowship.mastodon.StatusEntities;
import org.bureaucrathackers.fellowship.mastodon.StatusesApi;
import org.bureaucrathackers.fellowship.mastodon.TagEntities;
import org.bureaucrathackers.fellowship.mastodon.TagsApi;
import org.bureaucrathackers.fellowship.mastodon.TimelinesApi;
import org.bureaucrathackers.fellowship.mastodon.TokenGrants;
import org.bureaucrathackers.fellowship.mastodon.TrendsApi;
import org.bureaucrathackers.fellowship.mastodon.streaming.EventHub;
import org.bureaucrathackers.fellowship.mastodon.streaming.StreamLimits;
import org.bureaucrathackers.fellowship.mastodon.streaming.StreamRouter;
import org.bureaucrathackers.fellowship.mastodon.streaming.StreamingApi;
import org.bureaucrathackers.fellowship.post.Bookmarks;
import org.bureaucrathackers.fellowship.post.FeaturedTags;
import org.bureaucrathackers.fellowship.post.Pins;
import org.bureaucrathackers.fellowship.post.PostIdempotency;
import org.bureaucrathackers.fellowship.post.Statuses;
import org.bureaucrathackers.fellowship.post.Threads;
import org.bureaucrathackers.fellowship.post.Timelines;
import org.bureaucrathackers.fellowship.reading.FilterService;
import org.bureaucrathackers.fellowship.reading.ListService;
import org.bureaucrathackers.fellowship.reading.MarkerService;
import org.bureaucrathackers.fellowship.reading.TagFollows;
import org.bureaucrathackers.fellowship.signals.Trends;
import org.bureaucrathackers.fellowship.store.JooqAuthorizationCodeStore;
import org.bureaucrathackers.fellowship.store.JooqDirectoryStore;
import org.bureaucrathackers.fellowship.store.JooqFilterStore;
import org.bureaucrathackers.fellowship.store.JooqFollowedTagStore;
import org.bureaucrathackers.fellowship.store.JooqIdempotencyStore;
import org.bureaucrathackers.fellowship.store.JooqInstanceActivity;
import org.bureaucrathackers.fellowship.store.JooqListStore;
import org.bureaucrathackers.fellowship.store.JooqMarkerStore;
import org.bureaucrathackers.fellowship.store.JooqOAuthAppStore;
import org.bureaucrathackers.fellowship.store.JooqTrendStore;

/**
 * The Mastodon client API: OAuth, then one module per resource. {@link RouteTable} lists them in
 * route-matching order. Building it starts the streaming hub; {@link #close()} stops it.
 */
public final class ClientApi implements AutoCloseable {

    public final ApiAuth apiAuth;
    public final Cors cors = new Cors();
    public final DefaultImages defaultImages = new DefaultImages();
    // OAuth 2: applications, the sign-in and consent page, tokens; sign-in failures are limited in this process.
    public final AppsApi apps;
    public final AuthorizePage authorizePage;
    public final OAuthTokenApi oauthToken;
    public final OAuthMetadataApi oauthMetadata;
    // Accounts, relationships and search; the fixed /api/v1/accounts/... paths before AccountsApi's /{id}.
    public final CredentialsApi credentials;
    public final PreferencesApi preferences;
    public final RelationshipsApi relationships;
    public final SearchApi search;
    public final AccountsApi accountsApi;
    public final FollowRequestsApi followRequests;
    public final BlocksApi blocksApi;
    public final MutesApi mutesApi;
    public final EndorsementsApi endorsements;
    public final DirectoryApi directoryApi;
    // Statuses and timelines; posts without a visibility get the fellow's default.
    public final StatusesApi statusesApi;
    public final StatusActionsApi statusActions;
    public final TimelinesApi timelines;
    public final AccountStatusesApi accountStatuses;
    public final FavouritesApi favouritesApi;
    public final BookmarksApi bookmarksApi;
    // The instance, start-up endpoints, markers, lists, filters, followed hashtags and trends.
    public final InstanceApi instance;
    public final CustomEmojisApi customEmojis = new CustomEmojisApi();
    public final AnnouncementsApi announcements;
    public final PushSubscriptionApi pushSubscription;
    public final MarkersApi markersApi;
    public final ListsApi lists;
    public final FiltersApi filters;
    public final TagsApi tags;
    public final TrendsApi trendsApi;
    // Notifications and the streaming API that also carries them.
    public final NotificationsApi notificationsApi;
    public final EventHub streamHub;
    public final StreamingApi streaming;

    public ClientApi(Foundation base, Federation federation, Features features, WebSurface web) {
        var database = base.database;
        var accounts = base.accounts;
        var statuses = base.statuses;
        var uris = base.uris;
        var ids = base.ids;
        var clock = base.clock;
        var statusAccess = features.statusAccess;
        this.apiAuth = new ApiAuth(base.tokens, accounts);
        AccountEntities accountEntities = new AccountEntities(base.followStore, statuses, uris, accounts);
        StatusEntities statusEntities = new StatusEntities(statuses, accounts, base.favourites, base.bookmarks,
                accountEntities, uris);
        ApiPaging paging = new ApiPaging(uris.base());
        MarkerService markers = new MarkerService(new JooqMarkerStore(database), clock);
        Trends trends = new Trends(new JooqTrendStore(database), statuses, statusAccess, clock);
        TagEntities tagEntities = new TagEntities(uris);

        OAuthApps oauthApps = new OAuthApps(new JooqOAuthAppStore(database), ids, clock);
        AuthorizationCodes codes = new AuthorizationCodes(new JooqAuthorizationCodeStore(database), ids, clock);
        this.apps = new AppsApi(oauthApps, base.tokens, apiAuth, new RateWindow(AppsApi.REGISTRATIONS_PER_ADDRESS,
                AppsApi.REGISTRATION_WINDOW, 10_000, clock));
        this.authorizePage = new AuthorizePage(oauthApps, web.passwordLogins, codes, new FormTokens(clock),
                new OAuthPages(web.pages.site()), web.pages, uris.isSecure());
        this.oauthToken = new OAuthTokenApi(oauthApps, new TokenGrants(codes, base.tokens, web.passwordLogins,
                accounts, database));
        this.oauthMetadata = new OAuthMetadataApi(uris.base());

        AccountLookup accountLookup = new AccountLookup(accounts, federation.webFinger, uris);
        AccountLists accountLists = new AccountLists(accountEntities, paging);
        Relationships relationshipRules = new Relationships(base.followStore, base.blocks, features.mutes);
        JooqDirectoryStore directory = new JooqDirectoryStore(database);
        this.credentials = new CredentialsApi(apiAuth, accountEntities, features.profiles,
                features.postingPreferences, features.follows);
        this.preferences = new PreferencesApi(apiAuth, features.postingPreferences);
        this.relationships = new RelationshipsApi(apiAuth, accountLookup, features.follows, features.mutes,
                relationshipRules);
        this.search = new SearchApi(apiAuth,
                new AccountSearch(directory, accountLookup, base.followStore, base.blocks, uris),
                new StatusSearch(directory, statuses, new Statuses(statuses, accounts, uris), statusAccess,
                        features.statusResolver),
                new TagSearch(directory), accountEntities, statusEntities, trends, tagEntities);
        this.accountsApi = new AccountsApi(apiAuth, accountLookup, accountEntities, accountLists, features.follows,
                base.blocks, features.profiles, new FeaturedTags(base.featuredTags), uris);
        this.followRequests = new FollowRequestsApi(apiAuth, accountLookup, accountLists, features.follows,
                relationshipRules);
        this.blocksApi = new BlocksApi(apiAuth, accountLookup, accountLists, features.follows);
        this.mutesApi = new MutesApi(apiAuth, accountLookup, accountLists, features.mutes);
        this.endorsements = new EndorsementsApi(apiAuth);
        this.directoryApi = new DirectoryApi(apiAuth, new ProfileDirectory(directory, accountLookup),
                accountEntities);

        ApiStatuses statusLookup = new ApiStatuses(statuses, statusAccess, apiAuth);
        Bookmarks bookmarks = new Bookmarks(base.bookmarks, statuses, statusAccess, ids, clock);
        Timelines timelineQueries = new Timelines(statuses);
        SavedStatuses savedStatuses = new SavedStatuses(statuses, statusEntities);
        this.statusesApi = new StatusesApi(statusLookup, features.posts, features.interactions,
                new PostIdempotency(new JooqIdempotencyStore(database), statuses, clock), new Threads(statuses),
                statusEntities, features.postingPreferences::defaultVisibility);
        this.statusActions = new StatusActionsApi(statusLookup, features.interactions, bookmarks,
                new Pins(database, statuses, ids, clock), statuses, base.favourites, accounts, statusEntities,
                accountEntities, paging);
        this.timelines = new TimelinesApi(statusLookup, timelineQueries, statusEntities, paging);
        this.accountStatuses = new AccountStatusesApi(statusLookup, accounts, timelineQueries, statusEntities,
                paging);
        this.favouritesApi = new FavouritesApi(statusLookup, base.favourites, savedStatuses, paging);
        this.bookmarksApi = new BookmarksApi(statusLookup, bookmarks, savedStatuses, paging);

        this.instance = new InstanceApi(new InstanceEntities(base.settings, base.instanceStats,
                new JooqInstanceActivity(database), accounts, accountEntities, uris, clock));
        this.announcements = new AnnouncementsApi(apiAuth);
        this.pushSubscription = new PushSubscriptionApi(apiAuth);
        this.markersApi = new MarkersApi(apiAuth, markers);
        this.lists = new ListsApi(apiAuth, new ListService(database, new JooqListStore(database), accounts,
                base.followStore, ids, clock), accounts, accountEntities, statusEntities, paging);
        this.filters = new FiltersApi(apiAuth, new FilterService(database, new JooqFilterStore(database), ids,
                clock));
        TagFollows tagFollows = new TagFollows(database, new JooqFollowedTagStore(database), ids, clock);
        this.tags = new TagsApi(apiAuth, tagFollows, trends, tagEntities, paging);
        this.trendsApi = new TrendsApi(apiAuth, trends, tagFollows, tagEntities, statusEntities, uris.base());

        NotificationEntities notificationEntities = new NotificationEntities(accounts, statuses, statusAccess,
                accountEntities, statusEntities);
        this.notificationsApi = new NotificationsApi(apiAuth, paging, features.notifications, notificationEntities,
                markers);
        this.streamHub = new EventHub(StreamLimits.DEFAULT);
        features.streamEvents.start(streamHub, new StreamRouter(streamHub, accounts, statuses, base.followStore,
                features.separation::hides, statusEntities, notificationEntities));
        this.streaming = new StreamingApi(apiAuth, streamHub);
    }

    /** Closes the streams, so open connections do not hold the web server's stop for its whole timeout. */
    @Override
    public void close() {
        streamHub.close();
    }
}
