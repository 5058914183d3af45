package org.bureaucrathackers.fellowship.assembly;

import org.bureaucrathackers.fellowship.directory.AccountLookup;
import org.bureaucrathackers.fellowship.directory.AccountSearch;
import org.bureaucrathackers.fellowship.directory.FacetedDirectory;
import org.bureaucrathackers.fellowship.directory.ProfileDirectory;
import org.bureaucrathackers.fellowship.fellowshipapi.communities.CommunitiesApi;
import org.bureaucrathackers.fellowship.fellowshipapi.communities.CommunityRequestsApi;
import org.bureaucrathackers.fellowship.directory.StatusSearch;
import org.bureaucrathackers.fellowship.directory.TagSearch;
import org.bureaucrathackers.fellowship.fellowshipapi.directory.FellowDirectoryApi;
import org.bureaucrathackers.fellowship.fellowshipapi.profiles.ProfileApi;
import org.bureaucrathackers.fellowship.fellowshipapi.practices.PracticeEntities;
import org.bureaucrathackers.fellowship.fellowshipapi.practices.PracticeFilters;
import org.bureaucrathackers.fellowship.fellowshipapi.practices.PracticesApi;
import org.bureaucrathackers.fellowship.follow.Relationships;
import org.bureaucrathackers.fellowship.mastodon.api.ApiPaging;
import org.bureaucrathackers.fellowship.mastodon.api.ApiStatuses;
import org.bureaucrathackers.fellowship.mastodon.api.accounts.AccountLists;
import org.bureaucrathackers.fellowship.mastodon.api.accounts.AccountStatusesApi;
import org.bureaucrathackers.fellowship.mastodon.api.accounts.AccountsApi;
import org.bureaucrathackers.fellowship.mastodon.api.accounts.BlocksApi;
import org.bureaucrathackers.fellowship.mastodon.api.accounts.CredentialsApi;
import org.bureaucrathackers.fellowship.mastodon.api.accounts.EndorsementsApi;
import org.bureaucrathackers.fellowship.mastodon.api.accounts.FollowRequestsApi;
import org.bureaucrathackers.fellowship.mastodon.api.accounts.MutesApi;
import org.bureaucrathackers.fellowship.mastodon.api.accounts.PreferencesApi;
import org.bureaucrathackers.fellowship.mastodon.api.accounts.RelationshipsApi;
import org.bureaucrathackers.fellowship.mastodon.api.instance.AnnouncementsApi;
import org.bureaucrathackers.fellowship.mastodon.api.instance.CustomEmojisApi;
import org.bureaucrathackers.fellowship.mastodon.api.instance.InstanceApi;
import org.bureaucrathackers.fellowship.mastodon.api.media.MediaApi;
import org.bureaucrathackers.fellowship.mastodon.api.notifications.NotificationsApi;
import org.bureaucrathackers.fellowship.mastodon.api.notifications.PushSubscriptionApi;
import org.bureaucrathackers.fellowship.mastodon.api.reading.FiltersApi;
import org.bureaucrathackers.fellowship.mastodon.api.reading.ListsApi;
import org.bureaucrathackers.fellowship.mastodon.api.reading.MarkersApi;
import org.bureaucrathackers.fellowship.mastodon.api.reading.TagsApi;
import org.bureaucrathackers.fellowship.mastodon.api.search.DirectoryApi;
import org.bureaucrathackers.fellowship.mastodon.api.search.SearchApi;
import org.bureaucrathackers.fellowship.mastodon.api.search.TrendsApi;
import org.bureaucrathackers.fellowship.mastodon.api.statuses.StatusActionsApi;
import org.bureaucrathackers.fellowship.mastodon.api.statuses.StatusesApi;
import org.bureaucrathackers.fellowship.mastodon.api.timelines.BookmarksApi;
import org.bureaucrathackers.fellowship.mastodon.api.timelines.FavouritesApi;
import org.bureaucrathackers.fellowship.mastodon.api.timelines.SavedStatuses;
import org.bureaucrathackers.fellowship.mastodon.api.timelines.TimelinesApi;
import org.bureaucrathackers.fellowship.mastodon.entities.AccountEntities;
import org.bureaucrathackers.fellowship.mastodon.entities.DefaultImages;
import org.bureaucrathackers.fellowship.mastodon.entities.InstanceEntities;
import org.bureaucrathackers.fellowship.mastodon.entities.NotificationEntities;
import org.bureaucrathackers.fellowship.mastodon.entities.StatusEntities;
import org.bureaucrathackers.fellowship.mastodon.entities.TagEntities;
import org.bureaucrathackers.fellowship.mastodon.http.Cors;
import org.bureaucrathackers.fellowship.mastodon.oauth.ApiAuth;
import org.bureaucrathackers.fellowship.mastodon.oauth.AuthorizationCodes;
import org.bureaucrathackers.fellowship.mastodon.oauth.FormTokens;
import org.bureaucrathackers.fellowship.mastodon.oauth.OAuthApps;
import org.bureaucrathackers.fellowship.mastodon.oauth.RateWindow;
import org.bureaucrathackers.fellowship.mastodon.oauth.TokenGrants;
import org.bureaucrathackers.fellowship.mastodon.oauth.endpoints.AppsApi;
import org.bureaucrathackers.fellowship.mastodon.oauth.endpoints.AuthorizePage;
import org.bureaucrathackers.fellowship.mastodon.oauth.endpoints.OAuthMetadataApi;
import org.bureaucrathackers.fellowship.mastodon.oauth.endpoints.OAuthPages;
import org.bureaucrathackers.fellowship.mastodon.oauth.endpoints.OAuthTokenApi;
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
import org.bureaucrathackers.fellowship.store.JooqFacetedDirectoryStore;
import org.bureaucrathackers.fellowship.store.JooqFilterStore;
import org.bureaucrathackers.fellowship.store.JooqFollowedTagStore;
import org.bureaucrathackers.fellowship.store.JooqIdempotencyStore;
import org.bureaucrathackers.fellowship.store.JooqInstanceActivity;
import org.bureaucrathackers.fellowship.store.JooqListStore;
import org.bureaucrathackers.fellowship.store.JooqMarkerStore;
import org.bureaucrathackers.fellowship.store.JooqOAuthAppStore;
import org.bureaucrathackers.fellowship.store.JooqTrendStore;
import org.bureaucrathackers.fellowship.store.JooqPracticeStages;

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
    // The Fellowship API: structured profiles and the faceted directory.
    public final ProfileApi profileApi;
    public final FellowDirectoryApi fellowDirectoryApi;
    // Statuses and timelines; posts without a visibility get the fellow's default.
    public final StatusesApi statusesApi;
    public final StatusActionsApi statusActions;
    public final TimelinesApi timelines;
    public final AccountStatusesApi accountStatuses;
    public final FavouritesApi favouritesApi;
    public final BookmarksApi bookmarksApi;
    // Media uploads, which statuses take by id.
    public final MediaApi mediaApi;
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
    // The Fellowship API.
    public final PracticesApi practicesApi;
    // The Fellowship API
    public final CommunitiesApi communities;
    public final CommunityRequestsApi communityRequests;

    public ClientApi(Foundation base, Federation federation, Features features, WebSurface web) {
        var database = base.database;
        var accounts = base.accounts;
        var statuses = base.statuses;
        var uris = base.uris;
        var ids = base.ids;
        var clock = base.clock;
        var statusAccess = features.statusAccess;
        this.apiAuth = new ApiAuth(base.tokens, accounts);
        AccountEntities accountEntities = new AccountEntities(base.followStore, base.timelines, uris, accounts,
                features.remoteMedia);
        StatusEntities statusEntities = new StatusEntities(statuses, base.mentionTags, base.timelines, base.boosts,
                base.pins, accounts, base.favourites, base.bookmarks, accountEntities, uris, features.remoteMedia);
        ApiPaging paging = new ApiPaging(uris.base());
        MarkerService markers = new MarkerService(new JooqMarkerStore(database), clock);
        Trends trends = new Trends(new JooqTrendStore(database), statuses, statusAccess, clock);
        TagEntities tagEntities = new TagEntities(uris);

        OAuthApps oauthApps = new OAuthApps(new JooqOAuthAppStore(database), ids, clock);
        AuthorizationCodes codes = new AuthorizationCodes(new JooqAuthorizationCodeStore(database), ids, clock);
        this.apps = new AppsApi(oauthApps, base.tokens, apiAuth, new RateWindow(AppsApi.REGISTRATIONS_PER_ADDRESS,
                AppsApi.REGISTRATION_WINDOW, 10_000, clock));
        this.authorizePage = new AuthorizePage(oauthApps, web.passwordLogins, codes, new FormTokens(clock),
                new OAuthPages(web.pages), web.pages, uris.isSecure());
        this.oauthToken = new OAuthTokenApi(oauthApps, new TokenGrants(codes, base.tokens, web.passwordLogins,
                accounts, database));
        this.oauthMetadata = new OAuthMetadataApi(uris.base());

        AccountLookup accountLookup = new AccountLookup(accounts, federation.webFinger, uris);
        AccountLists accountLists = new AccountLists(accountEntities, paging);
        Relationships relationshipRules = new Relationships(base.followStore, base.blocks, features.mutes);
        JooqDirectoryStore directory = new JooqDirectoryStore(database);
        this.credentials = new CredentialsApi(apiAuth, accountEntities, features.profiles,
                features.postingPreferences, features.follows, features.media);
        this.preferences = new PreferencesApi(apiAuth, features.postingPreferences);
        this.relationships = new RelationshipsApi(apiAuth, accountLookup, features.follows, features.blocking,
                features.mutes, relationshipRules);
        this.search = new SearchApi(apiAuth,
                new AccountSearch(directory, accountLookup, base.followStore, base.blocks, uris),
                new StatusSearch(directory, statuses, base.statusLoader, statusAccess,
                        features.statusResolver),
                new TagSearch(directory), accountEntities, statusEntities, trends, tagEntities);
        this.accountsApi = new AccountsApi(apiAuth, accountLookup, accountEntities, accountLists, features.follows,
                base.blocks, features.profiles, new FeaturedTags(base.featuredTags), uris);
        this.followRequests = new FollowRequestsApi(apiAuth, accountLookup, accountLists, features.follows,
                relationshipRules);
        this.blocksApi = new BlocksApi(apiAuth, accountLookup, accountLists, features.blocking);
        this.mutesApi = new MutesApi(apiAuth, accountLookup, accountLists, features.mutes);
        this.endorsements = new EndorsementsApi(apiAuth);
        this.directoryApi = new DirectoryApi(apiAuth, new ProfileDirectory(directory, accountLookup),
                accountEntities);
        this.profileApi = new ProfileApi(apiAuth, features.profiles, accountLookup, base.suspensions);
        // A fellow's stages are those of their readable practices, local or remote.
        this.fellowDirectoryApi = new FellowDirectoryApi(apiAuth, new FacetedDirectory(
                new JooqFacetedDirectoryStore(database, new JooqPracticeStages()), accountLookup), accountEntities);

        ApiStatuses statusLookup = new ApiStatuses(statuses, statusAccess, apiAuth);
        Bookmarks bookmarks = new Bookmarks(base.bookmarks, statuses, statusAccess, ids, clock);
        Timelines timelineQueries = new Timelines(base.timelines);
        SavedStatuses savedStatuses = new SavedStatuses(statuses, statusEntities);
        this.statusesApi = new StatusesApi(statusLookup, features.posts, features.interactions,
                new PostIdempotency(new JooqIdempotencyStore(database), statuses, clock), new Threads(statuses, base.timelines),
                statusEntities, features.postingPreferences::defaultVisibility);
        this.statusActions = new StatusActionsApi(statusLookup, features.interactions, bookmarks,
                new Pins(database, base.pins, ids, clock), base.boosts, base.favourites, accounts, statusEntities,
                accountEntities, paging);
        this.timelines = new TimelinesApi(statusLookup, timelineQueries, statusEntities, paging);
        this.accountStatuses = new AccountStatusesApi(statusLookup, accounts, timelineQueries, statusEntities,
                paging);
        this.favouritesApi = new FavouritesApi(statusLookup, base.favourites, savedStatuses, paging);
        this.bookmarksApi = new BookmarksApi(statusLookup, bookmarks, savedStatuses, paging);
        this.mediaApi = new MediaApi(apiAuth, features.media);

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
        features.streamEvents.start(streamHub, new StreamRouter(streamHub, accounts, statuses, base.mentionTags, base.timelines,
                base.followStore,
                features.separation::hides, statusEntities, notificationEntities));
        this.streaming = new StreamingApi(apiAuth, streamHub);
        this.practicesApi = new PracticesApi(features.practices, statusLookup,
                new PracticeEntities(statusEntities, accounts), new PracticeFilters(accounts, uris), paging);
        this.communities = new CommunitiesApi(apiAuth, features.communities, accountEntities, base.followStore,
                statuses);
        this.communityRequests = new CommunityRequestsApi(apiAuth, features.communities, features.follows, accounts,
                accountEntities);
    }

    /** Closes the streams, so open connections do not hold the web server's stop for its whole timeout. */
    @Override
    public void close() {
        streamHub.close();
    }
}
