package org.bureaucrathackers.fellowship;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bureaucrathackers.fellowship.assembly.Assembly;
import org.bureaucrathackers.fellowship.assembly.ClientApi;
import org.bureaucrathackers.fellowship.assembly.RouteTable;
import org.bureaucrathackers.fellowship.assembly.WebSurface;
import org.bureaucrathackers.fellowship.config.Settings;
import org.bureaucrathackers.fellowship.web.ListeningSocket;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.AccountStore;
import org.bureaucrathackers.fellowship.actor.ActorDocuments;
import org.bureaucrathackers.fellowship.actor.ActorKeyResolver;
import org.bureaucrathackers.fellowship.activitypub.ActorRoutes;
import org.bureaucrathackers.fellowship.activitypub.CollectionRoutes;
import org.bureaucrathackers.fellowship.actor.FellowService;
import org.bureaucrathackers.fellowship.actor.InstanceActorKey;
import org.bureaucrathackers.fellowship.actor.ProfileService;
import org.bureaucrathackers.fellowship.actor.RemoteActors;
import org.bureaucrathackers.fellowship.activitypub.ServedActors;
import org.bureaucrathackers.fellowship.actor.ProofSigner;
import org.bureaucrathackers.fellowship.actor.SignatureKeys;
import org.bureaucrathackers.fellowship.actor.StoredKey;
import org.bureaucrathackers.fellowship.config.Version;
import org.bureaucrathackers.fellowship.delivery.DeliveryLimits;
import org.bureaucrathackers.fellowship.delivery.DeliveryQueue;
import org.bureaucrathackers.fellowship.delivery.DeliveryWorker;
import org.bureaucrathackers.fellowship.delivery.FederatedOutbox;
import org.bureaucrathackers.fellowship.delivery.HostHealth;
import org.bureaucrathackers.fellowship.delivery.QueueOverview;
import org.bureaucrathackers.fellowship.delivery.SchemeMemory;
import org.bureaucrathackers.fellowship.delivery.SenderKeys;
import org.bureaucrathackers.fellowship.directory.AccountLookup;
import org.bureaucrathackers.fellowship.directory.AccountSearch;
import org.bureaucrathackers.fellowship.directory.ProfileDirectory;
import org.bureaucrathackers.fellowship.directory.StatusSearch;
import org.bureaucrathackers.fellowship.directory.TagSearch;
import org.bureaucrathackers.fellowship.fetch.ActivityPubFetcher;
import org.bureaucrathackers.fellowship.fetch.AddressPolicy;
import org.bureaucrathackers.fellowship.fetch.DomainBlockingTransport;
import org.bureaucrathackers.fellowship.fetch.HttpTransport;
import org.bureaucrathackers.fellowship.fetch.HostResolver;
import org.bureaucrathackers.fellowship.fetch.SafeHttpTransport;
import org.bureaucrathackers.fellowship.fetch.TransportLimits;
import org.bureaucrathackers.fellowship.follow.FollowService;
import org.bureaucrathackers.fellowship.follow.MuteService;
import org.bureaucrathackers.fellowship.follow.Relationships;
import org.bureaucrathackers.fellowship.activitypub.AuthorizedFetch;
import org.bureaucrathackers.fellowship.inbox.DiscoveryBudget;
import org.bureaucrathackers.fellowship.inbox.HandlerTable;
import org.bureaucrathackers.fellowship.inbox.handlers.AnnounceHandler;
import org.bureaucrathackers.fellowship.inbox.handlers.BlockHandler;
import org.bureaucrathackers.fellowship.inbox.handlers.CreateNoteHandler;
import org.bureaucrathackers.fellowship.inbox.handlers.DeleteHandler;
import org.bureaucrathackers.fellowship.inbox.handlers.FlagHandler;
import org.bureaucrathackers.fellowship.inbox.handlers.FollowAnswerHandler;
import org.bureaucrathackers.fellowship.inbox.handlers.FollowHandler;
import org.bureaucrathackers.fellowship.inbox.handlers.LikeHandler;
import org.bureaucrathackers.fellowship.inbox.handlers.Lookups;
import org.bureaucrathackers.fellowship.inbox.handlers.MoveHandler;
import org.bureaucrathackers.fellowship.inbox.handlers.Relevance;
import org.bureaucrathackers.fellowship.inbox.handlers.ReplyParents;
import org.bureaucrathackers.fellowship.inbox.handlers.UndoAnnounceHandler;
import org.bureaucrathackers.fellowship.inbox.handlers.UndoBlockHandler;
import org.bureaucrathackers.fellowship.inbox.handlers.UndoByIdHandler;
import org.bureaucrathackers.fellowship.inbox.handlers.UndoFollowHandler;
import org.bureaucrathackers.fellowship.inbox.handlers.UndoLikeHandler;
import org.bureaucrathackers.fellowship.inbox.handlers.UpdateActorHandler;
import org.bureaucrathackers.fellowship.inbox.handlers.UpdateNoteHandler;
import org.bureaucrathackers.fellowship.inbox.InboxPipeline;
import org.bureaucrathackers.fellowship.activitypub.InboxRoutes;
import org.bureaucrathackers.fellowship.inbox.InboxWorker;
import org.bureaucrathackers.fellowship.inbox.ModerationGate;
import org.bureaucrathackers.fellowship.inbox.OriginChecks;
import org.bureaucrathackers.fellowship.inbox.ProofAuthenticator;
import org.bureaucrathackers.fellowship.inbox.SignatureAuthenticator;
import org.bureaucrathackers.fellowship.activitypub.SignedRequester;
import org.bureaucrathackers.fellowship.jsonld.InboundDocuments;
import org.bureaucrathackers.fellowship.jsonld.JsonLdProcessor;
import org.bureaucrathackers.fellowship.mastodon.oauth.AccessTokens;
import org.bureaucrathackers.fellowship.mastodon.entities.AccountEntities;
import org.bureaucrathackers.fellowship.mastodon.api.accounts.AccountLists;
import org.bureaucrathackers.fellowship.mastodon.api.accounts.AccountStatusesApi;
import org.bureaucrathackers.fellowship.mastodon.api.accounts.AccountsApi;
import org.bureaucrathackers.fellowship.mastodon.api.instance.AnnouncementsApi;
import org.bureaucrathackers.fellowship.mastodon.oauth.ApiAuth;
import org.bureaucrathackers.fellowship.mastodon.api.ApiPaging;
import org.bureaucrathackers.fellowship.mastodon.api.ApiStatuses;
import org.bureaucrathackers.fellowship.mastodon.oauth.endpoints.AppsApi;
import org.bureaucrathackers.fellowship.mastodon.oauth.AuthorizationCodes;
import org.bureaucrathackers.fellowship.mastodon.oauth.endpoints.AuthorizePage;
import org.bureaucrathackers.fellowship.mastodon.api.accounts.BlocksApi;
import org.bureaucrathackers.fellowship.mastodon.api.timelines.BookmarksApi;
import org.bureaucrathackers.fellowship.mastodon.http.Cors;
import org.bureaucrathackers.fellowship.mastodon.api.accounts.CredentialsApi;
import org.bureaucrathackers.fellowship.mastodon.api.instance.CustomEmojisApi;
import org.bureaucrathackers.fellowship.mastodon.entities.DefaultImages;
import org.bureaucrathackers.fellowship.mastodon.api.search.DirectoryApi;
import org.bureaucrathackers.fellowship.mastodon.api.accounts.EndorsementsApi;
import org.bureaucrathackers.fellowship.mastodon.api.timelines.FavouritesApi;
import org.bureaucrathackers.fellowship.mastodon.api.reading.FiltersApi;
import org.bureaucrathackers.fellowship.mastodon.api.accounts.FollowRequestsApi;
import org.bureaucrathackers.fellowship.mastodon.oauth.FormTokens;
import org.bureaucrathackers.fellowship.mastodon.api.instance.InstanceApi;
import org.bureaucrathackers.fellowship.mastodon.entities.InstanceEntities;
import org.bureaucrathackers.fellowship.mastodon.api.reading.ListsApi;
import org.bureaucrathackers.fellowship.mastodon.oauth.LoginThrottle;
import org.bureaucrathackers.fellowship.mastodon.api.reading.MarkersApi;
import org.bureaucrathackers.fellowship.mastodon.api.accounts.MutesApi;
import org.bureaucrathackers.fellowship.mastodon.entities.NotificationEntities;
import org.bureaucrathackers.fellowship.mastodon.api.notifications.NotificationsApi;
import org.bureaucrathackers.fellowship.mastodon.oauth.OAuthApps;
import org.bureaucrathackers.fellowship.mastodon.oauth.endpoints.OAuthMetadataApi;
import org.bureaucrathackers.fellowship.mastodon.oauth.endpoints.OAuthPages;
import org.bureaucrathackers.fellowship.mastodon.oauth.endpoints.OAuthTokenApi;
import org.bureaucrathackers.fellowship.mastodon.oauth.PasswordLogins;
import org.bureaucrathackers.fellowship.mastodon.api.accounts.PreferencesApi;
import org.bureaucrathackers.fellowship.mastodon.api.notifications.PushSubscriptionApi;
import org.bureaucrathackers.fellowship.mastodon.oauth.RateWindow;
import org.bureaucrathackers.fellowship.mastodon.api.accounts.RelationshipsApi;
import org.bureaucrathackers.fellowship.mastodon.api.timelines.SavedStatuses;
import org.bureaucrathackers.fellowship.mastodon.api.search.SearchApi;
import org.bureaucrathackers.fellowship.mastodon.api.statuses.StatusActionsApi;
import org.bureaucrathackers.fellowship.mastodon.entities.StatusEntities;
import org.bureaucrathackers.fellowship.mastodon.api.statuses.StatusesApi;
import org.bureaucrathackers.fellowship.mastodon.entities.TagEntities;
import org.bureaucrathackers.fellowship.mastodon.api.reading.TagsApi;
import org.bureaucrathackers.fellowship.mastodon.api.timelines.TimelinesApi;
import org.bureaucrathackers.fellowship.mastodon.oauth.TokenGrants;
import org.bureaucrathackers.fellowship.mastodon.api.search.TrendsApi;
import org.bureaucrathackers.fellowship.mastodon.streaming.EventHub;
import org.bureaucrathackers.fellowship.mastodon.streaming.StreamEvents;
import org.bureaucrathackers.fellowship.mastodon.streaming.StreamLimits;
import org.bureaucrathackers.fellowship.mastodon.streaming.StreamRouter;
import org.bureaucrathackers.fellowship.mastodon.streaming.StreamingApi;
import org.bureaucrathackers.fellowship.moderation.DomainBlocks;
import org.bureaucrathackers.fellowship.moderation.Suspensions;
import org.bureaucrathackers.fellowship.notification.Notifications;
import org.bureaucrathackers.fellowship.post.Bookmarks;
import org.bureaucrathackers.fellowship.post.FeaturedTags;
import org.bureaucrathackers.fellowship.post.InteractionService;
import org.bureaucrathackers.fellowship.post.MentionResolver;
import org.bureaucrathackers.fellowship.post.NoteDocuments;
import org.bureaucrathackers.fellowship.outbox.OutboundActivities;
import org.bureaucrathackers.fellowship.post.Pins;
import org.bureaucrathackers.fellowship.post.PostIdempotency;
import org.bureaucrathackers.fellowship.post.PostService;
import org.bureaucrathackers.fellowship.post.PostingPreferences;
import org.bureaucrathackers.fellowship.web.PostViews;
import org.bureaucrathackers.fellowship.post.RemoteNotes;
import org.bureaucrathackers.fellowship.activitypub.Requester;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.post.StatusAccess;
import org.bureaucrathackers.fellowship.post.StatusDocuments;
import org.bureaucrathackers.fellowship.post.StatusResolver;
import org.bureaucrathackers.fellowship.activitypub.StatusRoutes;
import org.bureaucrathackers.fellowship.post.Statuses;
import org.bureaucrathackers.fellowship.activitypub.TagRoutes;
import org.bureaucrathackers.fellowship.post.Threads;
import org.bureaucrathackers.fellowship.post.Timelines;
import org.bureaucrathackers.fellowship.reading.FilterService;
import org.bureaucrathackers.fellowship.reading.ListService;
import org.bureaucrathackers.fellowship.reading.MarkerService;
import org.bureaucrathackers.fellowship.reading.TagFollows;
import org.bureaucrathackers.fellowship.session.BrowserSessions;
import org.bureaucrathackers.fellowship.session.InteractionPage;
import org.bureaucrathackers.fellowship.session.InteractionTargets;
import org.bureaucrathackers.fellowship.session.SessionPages;
import org.bureaucrathackers.fellowship.session.SignInPage;
import org.bureaucrathackers.fellowship.signals.Trends;
import org.bureaucrathackers.fellowship.signature.HttpSignatures;
import org.bureaucrathackers.fellowship.signature.ObjectProofs;
import org.bureaucrathackers.fellowship.signature.SignatureVerifier;
import org.bureaucrathackers.fellowship.store.Database;
import org.bureaucrathackers.fellowship.ids.Ids;
import org.bureaucrathackers.fellowship.store.JooqAccountStore;
import org.bureaucrathackers.fellowship.store.JooqAuthorizationCodeStore;
import org.bureaucrathackers.fellowship.store.JooqBlockStore;
import org.bureaucrathackers.fellowship.store.JooqBookmarkStore;
import org.bureaucrathackers.fellowship.store.JooqDeliveryHostStore;
import org.bureaucrathackers.fellowship.store.JooqDeliveryJobStore;
import org.bureaucrathackers.fellowship.store.JooqDirectoryStore;
import org.bureaucrathackers.fellowship.store.JooqDomainBlockStore;
import org.bureaucrathackers.fellowship.store.JooqFavouriteStore;
import org.bureaucrathackers.fellowship.store.JooqFeaturedTagStore;
import org.bureaucrathackers.fellowship.store.JooqFilterStore;
import org.bureaucrathackers.fellowship.store.JooqFollowStore;
import org.bureaucrathackers.fellowship.store.JooqFollowedTagStore;
import org.bureaucrathackers.fellowship.store.JooqIdempotencyStore;
import org.bureaucrathackers.fellowship.store.JooqInstanceActivity;
import org.bureaucrathackers.fellowship.store.JooqInboxStore;
import org.bureaucrathackers.fellowship.store.JooqInstanceStats;
import org.bureaucrathackers.fellowship.store.JooqListStore;
import org.bureaucrathackers.fellowship.store.JooqMarkerStore;
import org.bureaucrathackers.fellowship.store.JooqMuteStore;
import org.bureaucrathackers.fellowship.store.JooqNotificationStore;
import org.bureaucrathackers.fellowship.store.JooqOAuthAppStore;
import org.bureaucrathackers.fellowship.store.JooqPostingDefaultsStore;
import org.bureaucrathackers.fellowship.store.JooqReportStore;
import org.bureaucrathackers.fellowship.store.JooqSessionStore;
import org.bureaucrathackers.fellowship.store.JooqSignatureSchemeStore;
import org.bureaucrathackers.fellowship.store.JooqStatusStore;
import org.bureaucrathackers.fellowship.store.JooqSuspensionStore;
import org.bureaucrathackers.fellowship.store.JooqTokenStore;
import org.bureaucrathackers.fellowship.store.JooqTombstoneStore;
import org.bureaucrathackers.fellowship.store.JooqTrendStore;
import org.bureaucrathackers.fellowship.uri.LocalUris;
import org.bureaucrathackers.fellowship.vocab.NoteReader;
import org.bureaucrathackers.fellowship.web.PageRoutes;
import org.bureaucrathackers.fellowship.web.Pages;
import org.bureaucrathackers.fellowship.web.ProfilePages;
import org.bureaucrathackers.fellowship.http.Routes;
import org.bureaucrathackers.fellowship.web.WebServer;

/**
 * The composition root: an {@link Assembly} of every service, and the web server with its route modules on
 * top. The CLI opens the assembly without the web server and workers (what it queues is sent by the running
 * server); {@code serve} and the HTTP tests start both.
 */
public final class App implements AutoCloseable {

    private static final Duration INBOX_POLL = Duration.ofMillis(500);

    private final Assembly assembly;
    private final AtomicBoolean closed = new AtomicBoolean();
    private ClientApi clientApi;
    private WebServer web;

    /** An app on an assembly already built; it owns the assembly from now on and closes it. */
    public App(Assembly assembly) {
        this.assembly = assembly;
    }

    /**
     * Opens (and migrates) the database and builds the services, without listening for HTTP. Tests that need
     * another clock, resolver or limits build the {@link Assembly} themselves and hand it to the constructor.
     */
    public static App open(Settings settings) {
        return new App(Assembly.open(settings));
    }

    /** Starts the HTTP server on the configured bind address, then the inbox and delivery workers. */
    public App startServer() {
        return startServer(null);
    }

    /**
     * Starts the HTTP server on {@code listening}, a socket bound before the settings were made (so that a port
     * the system chose can be part of the public URL), then the workers; null binds the configured address.
     */
    public App startServer(ListeningSocket listening) {
        var base = assembly.foundation;
        base.fellows.instanceActor();
        WebSurface webSurface = new WebSurface(base, assembly.federation, assembly.features, assembly.inbound);
        clientApi = new ClientApi(base, assembly.federation, assembly.features, webSurface);
        List<Routes> routes = RouteTable.of(base.settings, clientApi, webSurface);
        web = listening == null
                ? new WebServer(routes, webSurface.pages).start(base.settings.bindHost(), base.settings.bindPort())
                : new WebServer(routes, webSurface.pages, listening).start();
        assembly.inbound.worker.start(INBOX_POLL);
        assembly.federation.deliveryWorker.start();
        return this;
    }

    public int port() {
        return web.port();
    }

    /** Stops the web server, then the workers (which finish or hand back their work), then the database; once. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        // Streams first: open connections would otherwise hold the web server's stop for its whole timeout.
        assembly.features.streamEvents.close();
        if (clientApi != null) {
            clientApi.close();
        }
        if (web != null) {
            web.stop();
        }
        assembly.close();
    }
}
