package org.bureaucrathackers.fellowship;

import static org.bureaucrathackers.fellowship.inbox.HandlerTable.ANY;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
import org.bureaucrathackers.fellowship.config.Settings;
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
import org.bureaucrathackers.fellowship.mastodon.AccessTokens;
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
import org.bureaucrathackers.fellowship.mastodon.LoginThrottle;
import org.bureaucrathackers.fellowship.mastodon.MarkersApi;
import org.bureaucrathackers.fellowship.mastodon.MutesApi;
import org.bureaucrathackers.fellowship.mastodon.NotificationEntities;
import org.bureaucrathackers.fellowship.mastodon.NotificationsApi;
import org.bureaucrathackers.fellowship.mastodon.OAuthApps;
import org.bureaucrathackers.fellowship.mastodon.OAuthMetadataApi;
import org.bureaucrathackers.fellowship.mastodon.OAuthPages;
import org.bureaucrathackers.fellowship.mastodon.OAuthTokenApi;
import org.bureaucrathackers.fellowship.mastodon.PasswordLogins;
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
import org.bureaucrathackers.fellowship.web.Routes;
import org.bureaucrathackers.fellowship.web.WebServer;
import org.bureaucrathackers.fellowship.webfinger.HostMetaRoutes;
import org.bureaucrathackers.fellowship.webfinger.MentionLookup;
import org.bureaucrathackers.fellowship.webfinger.NodeInfoDocument;
import org.bureaucrathackers.fellowship.webfinger.NodeInfoRoutes;
import org.bureaucrathackers.fellowship.webfinger.WebFingerClient;
import org.bureaucrathackers.fellowship.webfinger.WebFingerRoutes;

/**
 * The composition root: builds every service with plain constructors. The CLI opens it without the web
 * server and workers (what it queues is sent by the running server); {@code serve} and the HTTP tests
 * start both.
 */
public final class App implements AutoCloseable {

    private static final int POOL_SIZE = 10;
    private static final Duration INBOX_POLL = Duration.ofMillis(500);
    /** Fellows told of one post because they asked to hear of each of its author's posts. */
    private static final int MAX_POST_SUBSCRIBERS = 1_000;

    private final Settings settings;
    private final Database database;
    private final Clock clock;
    private final Ids ids;
    private final LocalUris uris;
    private final AccountStore accounts;
    private final ProofSigner proofSigner;
    private final FellowService fellows;
    private final AccessTokens tokens;
    private final SafeHttpTransport transport;
    private final HttpSignatures signing = new HttpSignatures();
    private final SchemeMemory schemes;
    private final ActivityPubFetcher fetcher;
    private final RemoteActors remoteActors;
    private final WebFingerClient webFinger;
    private final HostHealth hostHealth;
    private final DeliveryQueue deliveryQueue;
    private final DeliveryWorker deliveryWorker;
    private final QueueOverview queueOverview;
    private final JooqInboxStore inboxStore;
    private final InboxPipeline inboxPipeline;
    private final InboxWorker inboxWorker;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();
    private final SignatureVerifier verifier;
    private final JooqStatusStore statuses;
    private final StatusAccess statusAccess;
    private final PostService posts;
    private final InteractionService interactions;
    private final FollowService follows;
    private final Notifications notifications;
    private final StreamEvents streamEvents;
    private EventHub streamHub;
    private final RemoteNotes remoteNotes;
    private final JooqBlockStore blocks;
    private final ProfileService profiles;
    private final StatusResolver statusResolver;
    private final JooqFollowStore followStore;
    private final JooqFavouriteStore favourites;
    private final ApiAuth apiAuth;
    private final DomainBlocks domainBlocks;
    private final Suspensions suspensions;
    private final MuteService mutes;
    private final PostingPreferences postingPreferences;
    private WebServer web;

    private App(Settings settings, Database database, Clock clock, HostResolver resolver,
                DiscoveryBudget.Limits discoveryLimits) {
        this.settings = settings;
        this.database = database;
        this.clock = clock;
        this.ids = new Ids(clock);
        this.uris = new LocalUris(settings.baseUrl(), settings.domain());
        this.accounts = new JooqAccountStore(database);
        this.fellows = new FellowService(accounts, uris, ids, clock);
        this.tokens = new AccessTokens(new JooqTokenStore(database), ids, clock);

        // Moderation (X17): blocked domains are refused before anything is sent to or read from them.
        this.domainBlocks = new DomainBlocks(new JooqDomainBlockStore(database), settings.domain(), clock);
        this.suspensions = new Suspensions(new JooqSuspensionStore(database), clock);
        ModerationGate moderation = new ModerationGate(domainBlocks, suspensions::isSuspended);

        // Outgoing HTTP: one guarded transport for fetches, WebFinger and deliveries.
        this.transport = new SafeHttpTransport(new AddressPolicy(settings.allowPrivateNetwork()), resolver,
                TransportLimits.DEFAULT, SafeHttpTransport.userAgent(Version.current(), uris.base()));
        HttpTransport outgoing = new DomainBlockingTransport(transport, domainBlocks);
        this.schemes = new SchemeMemory(new JooqSignatureSchemeStore(database), clock);
        this.fetcher = new ActivityPubFetcher(outgoing, signing, new InstanceActorKey(fellows, accounts), uris, clock,
                schemes);
        this.remoteActors = new RemoteActors(accounts, fetcher, ids, clock, RemoteActors.DEFAULT_TTL);
        this.webFinger = new WebFingerClient(outgoing, settings.allowPrivateNetwork(), uris, accounts, remoteActors);

        JooqDeliveryJobStore deliveryJobs = new JooqDeliveryJobStore(database);
        JooqDeliveryHostStore deliveryHosts = new JooqDeliveryHostStore(database);
        DeliveryLimits deliveryLimits = DeliveryLimits.defaults();
        this.hostHealth = new HostHealth(deliveryHosts, database, clock,
                HostHealth.DEFAULT_UNAVAILABLE_AFTER_FAILURE_DAYS, deliveryLimits.probeInterval());
        this.deliveryQueue = new DeliveryQueue(database, deliveryJobs, ids, clock, domainBlocks);
        this.deliveryWorker = new DeliveryWorker(database, deliveryJobs, hostHealth, schemes, outgoing, signing,
                new SenderKeys(accounts), clock, RandomGenerator.getDefault(), deliveryLimits, settings.nodeName());
        this.queueOverview = new QueueOverview(database, deliveryJobs, deliveryHosts, clock);

        // Posts, follows and interactions hand what they cause to the delivery queue, in their transaction.
        this.statuses = new JooqStatusStore(database);
        this.followStore = new JooqFollowStore(database);
        this.blocks = new JooqBlockStore(database);
        JooqTombstoneStore tombstones = new JooqTombstoneStore(database);
        this.favourites = new JooqFavouriteStore(database);
        // What we send and serve carries a proof by its author's assertionMethod key (FEP-8b32).
        this.proofSigner = new ProofSigner(accounts, new ObjectProofs(clock));
        OutboundActivities outbound = new FederatedOutbox(deliveryQueue, followStore, proofSigner,
                deliveryWorker::wakeUp);
        this.statusAccess = new StatusAccess(statuses, followStore, blocks);
        // Notifications are written with their causes; streaming clients hear of both after the commit.
        this.streamEvents = new StreamEvents();
        this.notifications = new Notifications(database, new JooqNotificationStore(database), this::silences,
                this::subscribersOf, streamEvents, ids, clock);
        this.posts = new PostService(database, statuses, tombstones, favourites, accounts, statusAccess,
                new MentionLookup(accounts, webFinger), outbound, notifications, streamEvents, uris, ids, clock);
        this.interactions = new InteractionService(database, statuses, favourites, accounts, statusAccess, outbound,
                notifications, streamEvents, uris, ids, clock);
        this.follows = new FollowService(database, followStore, blocks, outbound, notifications, uris, ids, clock);
        this.remoteNotes = new RemoteNotes(database, statuses, tombstones, favourites, accounts, notifications,
                streamEvents, uris, ids, clock);
        this.profiles = new ProfileService(database, accounts, outbound, uris, clock);
        this.statusResolver = new StatusResolver(statuses, accounts, fetcher, remoteActors, remoteNotes, uris);
        this.apiAuth = new ApiAuth(tokens, accounts);
        this.mutes = new MuteService(database, new JooqMuteStore(database), ids, clock);
        this.postingPreferences = new PostingPreferences(new JooqPostingDefaultsStore(database));

        // Incoming activities: verify, check, dedupe, enqueue; the worker runs the handlers.
        // HTTP signature keys and object proof keys are resolved alike: one cache, one fetch path, one refresh limit.
        ActorKeyResolver actorKeys = new ActorKeyResolver(accounts, remoteActors, fetcher, clock,
                ActorKeyResolver.DEFAULT_REFRESH_INTERVAL);
        this.verifier = new SignatureVerifier(clock, new SignatureKeys(actorKeys), settings.publicUrl());
        this.inboxStore = new JooqInboxStore(database);
        this.inboxPipeline = new InboxPipeline(new SignatureAuthenticator(verifier, verified -> {
                    hostHealth.markAliveByUrl(verified.ownerActorId());
                    schemes.heardFrom(verified.ownerActorId(), verified.scheme());
                }),
                moderation, new InboundDocuments(JsonLdProcessor.standard()),
                new ProofAuthenticator(actorKeys, new ObjectProofs(clock), uris.base()), new OriginChecks(uris.base()),
                inboxStore, database, uri -> accounts.findByUri(uri).isPresent(), ids, clock);
        this.inboxWorker = new InboxWorker(inboxStore, handlers(new Lookups(remoteActors, accounts, statuses, fetcher,
                uris, moderation), new JooqReportStore(database)), moderation, discoveryLimits, clock,
                settings.nodeName());
    }

    /** Which handler runs for which activity: the one visible table (DESIGN: incoming activity, step 7). */
    private HandlerTable handlers(Lookups lookups, JooqReportStore reports) {
        Relevance relevance = new Relevance(lookups, follows);
        ReplyParents parents = new ReplyParents(lookups, remoteNotes);
        HandlerTable table = new HandlerTable()
                .on("Follow", ANY, new FollowHandler(lookups, follows))
                .on("Accept", ANY, FollowAnswerHandler.accept(lookups, follows))
                .on("Reject", ANY, FollowAnswerHandler.reject(lookups, follows))
                .on("Undo", "Follow", new UndoFollowHandler(lookups, follows))
                .on("Like", ANY, new LikeHandler(lookups, interactions))
                .on("Undo", "Like", new UndoLikeHandler(lookups, interactions))
                .on("Announce", ANY, new AnnounceHandler(lookups, relevance, remoteNotes, interactions))
                .on("Undo", "Announce", new UndoAnnounceHandler(lookups, interactions))
                .on("Undo", ANY, new UndoByIdHandler(lookups, follows, interactions))
                .on("Delete", ANY, new DeleteHandler(lookups, remoteNotes, remoteActors))
                .on("Block", ANY, new BlockHandler(lookups, follows))
                .on("Undo", "Block", new UndoBlockHandler(lookups, follows))
                .on("Flag", ANY, new FlagHandler(lookups, reports, ids, clock))
                .on("Move", ANY, new MoveHandler(lookups, remoteActors))
                // A Create naming its object only by id: fetched, then read as a post or refused.
                .on("Create", ANY, new CreateNoteHandler(lookups, relevance, remoteNotes, parents));
        for (String postType : NoteReader.POST_TYPES) {
            table.on("Create", postType, new CreateNoteHandler(lookups, relevance, remoteNotes, parents))
                    .on("Update", postType, new UpdateNoteHandler(lookups, relevance, remoteNotes));
        }
        for (Account.ActorType actorType : Account.ActorType.values()) {
            table.on("Update", actorType.name(), new UpdateActorHandler(remoteActors));
        }
        return table;
    }

    /** Opens (and migrates) the database and builds the services, without listening for HTTP. */
    public static App open(Settings settings) {
        return open(settings, null, Clock.systemUTC());
    }

    /** @param schema a PostgreSQL schema to live in (tests), or null */
    public static App open(Settings settings, String schema, Clock clock) {
        return open(settings, schema, clock, HostResolver.SYSTEM);
    }

    /** @param resolver how outgoing requests find hosts (tests map made-up names to loopback) */
    public static App open(Settings settings, String schema, Clock clock, HostResolver resolver) {
        return open(settings, schema, clock, resolver, DiscoveryBudget.Limits.DEFAULT);
    }

    /** @param discoveryLimits what one inbound activity may make this server discover (X19; tests lower them) */
    public static App open(Settings settings, String schema, Clock clock, HostResolver resolver,
                           DiscoveryBudget.Limits discoveryLimits) {
        Database database = Database.open(settings.dbUrl(), schema, POOL_SIZE);
        try {
            return new App(settings, database, clock, resolver, discoveryLimits);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** Starts the HTTP server on the configured bind address, then the inbox and delivery workers. */
    public App startServer() {
        fellows.instanceActor();
        Pages pages = new Pages(new Pages.SiteView(settings.instanceName(), settings.instanceDescription(),
                settings.domain(), uris.home()));
        PostViews postViews = new PostViews(statuses, accounts, uris);
        ProfilePages profiles = new ProfilePages(pages, uris, postViews::ofProfile);
        NodeInfoRoutes nodeInfo = new NodeInfoRoutes(new JooqInstanceStats(database), uris.base(), uris.instanceActor(),
                Version.current(),
                new NodeInfoDocument.Metadata(settings.instanceName(), settings.instanceDescription()), clock);
        ServedActors servedActors = new ServedActors(fellows, uris);
        ActorRoutes actorRoutes = new ActorRoutes(servedActors, fellows, accounts,
                new ActorDocuments(uris), profiles, proofSigner);
        CollectionRoutes collectionRoutes = new CollectionRoutes(servedActors, statuses,
                new JooqFollowStore(database), new JooqFeaturedTagStore(database),
                new StatusDocuments(new Statuses(statuses, accounts, uris), new NoteDocuments(uris)), uris, proofSigner,
                fellows);
        SignedRequester signedRequester = new SignedRequester(verifier);
        List<Routes> modules = new ArrayList<>();
        if (settings.authorizedFetch()) {
            modules.add(new AuthorizedFetch(signedRequester, this::blockedBetween));
        }
        PasswordLogins passwordLogins = new PasswordLogins(accounts, uris.domain(), new LoginThrottle(clock));
        modules.addAll(clientApi(pages, passwordLogins));
        modules.addAll(webSessionPages(pages, postViews, passwordLogins));
        modules.addAll(List.of(
                new PageRoutes(fellows, pages, profiles, uris, postViews::latestPublic),
                new WebFingerRoutes(fellows, uris),
                new HostMetaRoutes(uris.base()),
                nodeInfo,
                actorRoutes,
                collectionRoutes,
                new StatusRoutes(servedActors, statuses, new JooqTombstoneStore(database), accounts, statusAccess,
                        signedRequester, postViews, pages, uris, proofSigner),
                new TagRoutes(new Timelines(statuses), accounts, postViews, pages, uris, proofSigner,
                        fellows::instanceActor),
                new InboxRoutes(inboxPipeline, fellows)));
        web = new WebServer(modules, pages).start(settings.bindHost(), settings.bindPort());
        inboxWorker.start(INBOX_POLL);
        deliveryWorker.start();
        return this;
    }

    /** The Mastodon client API: shared pieces, then one module per resource, in route-matching order. */
    private List<Routes> clientApi(Pages pages, PasswordLogins passwordLogins) {
        AccountEntities accountEntities = new AccountEntities(followStore, statuses, uris, accounts);
        JooqBookmarkStore bookmarkStore = new JooqBookmarkStore(database);
        ApiShared shared = new ApiShared(accountEntities, new StatusEntities(statuses, accounts, favourites,
                bookmarkStore, accountEntities, uris), new ApiPaging(uris.base()), bookmarkStore,
                new MarkerService(new JooqMarkerStore(database), clock),
                new Trends(new JooqTrendStore(database), statuses, statusAccess, clock), new TagEntities(uris));
        List<Routes> modules = new ArrayList<>(List.of(new Cors(), new DefaultImages()));
        oauthApi(modules, pages, passwordLogins);
        accountApi(modules, shared);
        statusApi(modules, shared);
        readingApi(modules, shared);
        notificationApi(modules, shared);
        return modules;
    }

    /** What several client API modules need: entity builders, paging, bookmarks, read markers and trends. */
    private record ApiShared(AccountEntities accountEntities, StatusEntities statusEntities, ApiPaging paging,
                             JooqBookmarkStore bookmarkStore, MarkerService markers, Trends trends,
                             TagEntities tagEntities) {
    }

    /** OAuth 2: applications, the sign-in and consent page, tokens; sign-in failures are limited in this process. */
    private void oauthApi(List<Routes> modules, Pages pages, PasswordLogins passwordLogins) {
        OAuthApps oauthApps = new OAuthApps(new JooqOAuthAppStore(database), ids, clock);
        AuthorizationCodes authorizationCodes = new AuthorizationCodes(new JooqAuthorizationCodeStore(database), ids,
                clock);
        modules.add(new AppsApi(oauthApps, tokens, apiAuth, new RateWindow(AppsApi.REGISTRATIONS_PER_ADDRESS,
                AppsApi.REGISTRATION_WINDOW, 10_000, clock)));
        modules.add(new AuthorizePage(oauthApps, passwordLogins, authorizationCodes, new FormTokens(clock),
                new OAuthPages(pages.site()), pages, uris.base().startsWith("https:")));
        modules.add(new OAuthTokenApi(oauthApps, new TokenGrants(authorizationCodes, tokens, passwordLogins, accounts,
                database)));
        modules.add(new OAuthMetadataApi(uris.base()));
    }

    /**
     * Sign-in for the web pages and {@code /authorize_interaction}, where other servers send fellows to follow
     * an account or open a post; the password check and its throttle are the OAuth form's.
     */
    private List<Routes> webSessionPages(Pages pages, PostViews postViews, PasswordLogins passwordLogins) {
        boolean secure = uris.base().startsWith("https:");
        BrowserSessions sessions = new BrowserSessions(new JooqSessionStore(database), accounts, ids, clock, secure);
        SessionPages sessionPages = new SessionPages(pages.site());
        return List.of(
                new SignInPage(passwordLogins, sessions, new FormTokens(clock), sessionPages, secure),
                new InteractionPage(sessions, new InteractionTargets(webFinger, statusResolver), follows,
                        statusAccess, accounts, postViews, new FormTokens(clock), sessionPages, pages, uris));
    }

    /** Accounts, relationships and search; the fixed /api/v1/accounts/... paths before AccountsApi's /{id}. */
    private void accountApi(List<Routes> modules, ApiShared shared) {
        AccountEntities accountEntities = shared.accountEntities();
        StatusEntities statusEntities = shared.statusEntities();
        ApiPaging paging = shared.paging();
        AccountLookup accountLookup = new AccountLookup(accounts, webFinger, uris);
        AccountLists accountLists = new AccountLists(accountEntities, paging);
        Relationships relationships = new Relationships(followStore, blocks, mutes);
        JooqDirectoryStore directory = new JooqDirectoryStore(database);
        modules.add(new CredentialsApi(apiAuth, accountEntities, this.profiles, postingPreferences, follows));
        modules.add(new PreferencesApi(apiAuth, postingPreferences));
        modules.add(new RelationshipsApi(apiAuth, accountLookup, follows, mutes, relationships));
        modules.add(new SearchApi(apiAuth,
                new AccountSearch(directory, accountLookup, followStore, blocks, uris),
                new StatusSearch(directory, statuses, new Statuses(statuses, accounts, uris), statusAccess,
                        statusResolver),
                new TagSearch(directory), accountEntities, statusEntities, shared.trends(), shared.tagEntities()));
        modules.add(new AccountsApi(apiAuth, accountLookup, accountEntities, accountLists, follows, blocks,
                this.profiles, new FeaturedTags(new JooqFeaturedTagStore(database)), uris));
        modules.add(new FollowRequestsApi(apiAuth, accountLookup, accountLists, follows, relationships));
        modules.add(new BlocksApi(apiAuth, accountLookup, accountLists, follows));
        modules.add(new MutesApi(apiAuth, accountLookup, accountLists, mutes));
        modules.add(new EndorsementsApi(apiAuth));
        modules.add(new DirectoryApi(apiAuth, new ProfileDirectory(directory, accountLookup), accountEntities));
    }

    /** Statuses and timelines; posts without a visibility get the fellow's default. */
    private void statusApi(List<Routes> modules, ApiShared shared) {
        AccountEntities accountEntities = shared.accountEntities();
        StatusEntities statusEntities = shared.statusEntities();
        ApiPaging paging = shared.paging();
        JooqBookmarkStore bookmarkStore = shared.bookmarkStore();
        ApiStatuses statusLookup = new ApiStatuses(statuses, statusAccess, apiAuth);
        Bookmarks bookmarks = new Bookmarks(bookmarkStore, statuses, statusAccess, ids, clock);
        Timelines timelines = new Timelines(statuses);
        SavedStatuses savedStatuses = new SavedStatuses(statuses, statusEntities);
        modules.add(new StatusesApi(statusLookup, posts, interactions,
                new PostIdempotency(new JooqIdempotencyStore(database), statuses, clock), new Threads(statuses),
                statusEntities, postingPreferences::defaultVisibility));
        Pins pins = new Pins(database, statuses, ids, clock);
        modules.add(new StatusActionsApi(statusLookup, interactions, bookmarks, pins, statuses, favourites, accounts,
                statusEntities, accountEntities, paging));
        modules.add(new TimelinesApi(statusLookup, timelines, statusEntities, paging));
        modules.add(new AccountStatusesApi(statusLookup, accounts, timelines, statusEntities, paging));
        modules.add(new FavouritesApi(statusLookup, favourites, savedStatuses, paging));
        modules.add(new BookmarksApi(statusLookup, bookmarks, savedStatuses, paging));
    }

    /** The instance, start-up endpoints, markers, lists, filters, followed hashtags and trends. */
    private void readingApi(List<Routes> modules, ApiShared shared) {
        AccountEntities accountEntities = shared.accountEntities();
        StatusEntities statusEntities = shared.statusEntities();
        ApiPaging paging = shared.paging();
        modules.add(new InstanceApi(new InstanceEntities(settings, new JooqInstanceStats(database),
                new JooqInstanceActivity(database), accounts, accountEntities, uris, clock)));
        modules.add(new CustomEmojisApi());
        modules.add(new AnnouncementsApi(apiAuth));
        modules.add(new PushSubscriptionApi(apiAuth));
        modules.add(new MarkersApi(apiAuth, shared.markers()));
        modules.add(new ListsApi(apiAuth, new ListService(database, new JooqListStore(database), accounts, followStore,
                ids, clock), accounts, accountEntities, statusEntities, paging));
        modules.add(new FiltersApi(apiAuth, new FilterService(database, new JooqFilterStore(database), ids, clock)));
        TagFollows tagFollows = new TagFollows(database, new JooqFollowedTagStore(database), ids, clock);
        Trends trends = shared.trends();
        TagEntities tagEntities = shared.tagEntities();
        modules.add(new TagsApi(apiAuth, tagFollows, trends, tagEntities, paging));
        modules.add(new TrendsApi(apiAuth, trends, tagFollows, tagEntities, statusEntities, uris.base()));
    }

    /** Notifications and the streaming API that also carries them. */
    private void notificationApi(List<Routes> modules, ApiShared shared) {
        AccountEntities accountEntities = shared.accountEntities();
        StatusEntities statusEntities = shared.statusEntities();
        ApiPaging paging = shared.paging();
        NotificationEntities notificationEntities = new NotificationEntities(accounts, statuses, statusAccess,
                accountEntities, statusEntities);
        modules.add(new NotificationsApi(apiAuth, paging, notifications, notificationEntities, shared.markers()));
        streamHub = new EventHub(StreamLimits.DEFAULT);
        streamEvents.start(streamHub, new StreamRouter(streamHub, accounts, statuses, followStore,
                (listener, author) -> blocks.eitherBlocks(listener, author) || mutes.mutes(listener, author),
                statusEntities, notificationEntities));
        modules.add(new StreamingApi(apiAuth, streamHub));
    }

    /** The fellows who follow {@code author} and asked to hear of each of its posts. */
    private List<Account> subscribersOf(Account author) {
        return followStore.localSubscriberIds(author.id(), MAX_POST_SUBSCRIBERS).stream()
                .map(accounts::findById).flatMap(Optional::stream).toList();
    }

    /** Whether a fellow hears nothing from an account: a block either way, or a mute of its notifications. */
    private boolean silences(long fellowId, long accountId) {
        return blocks.eitherBlocks(fellowId, accountId) || mutes.hidesNotifications(fellowId, accountId);
    }

    /** Whether a block separates the local fellow {@code username} and the actor {@code actorUri}, either way. */
    private boolean blockedBetween(String username, String actorUri) {
        return accounts.findLocal(username).flatMap(fellow -> accounts.findByUri(actorUri)
                .map(other -> blocks.eitherBlocks(fellow.id(), other.id()))).orElse(false);
    }

    public int port() {
        return web.port();
    }

    public Settings settings() {
        return settings;
    }

    public LocalUris uris() {
        return uris;
    }

    public FellowService fellows() {
        return fellows;
    }

    /** The stored keys of an account (tests and the signing code use them; they are never served). */
    public List<StoredKey> accountKeys(long accountId) {
        return accounts.keysOf(accountId);
    }

    /** Local posting: post, edit, delete. */
    public PostService posts() {
        return posts;
    }

    /** Likes and boosts, made here or received. */
    public InteractionService interactions() {
        return interactions;
    }

    /** Follows, follow requests and blocks, made here or received. */
    public FollowService follows() {
        return follows;
    }

    /** What local fellows are told of: follows, likes, boosts, mentions, edits. */
    public Notifications notifications() {
        return notifications;
    }

    /** Remote posts received or fetched: create, update, delete. */
    public RemoteNotes remoteNotes() {
        return remoteNotes;
    }

    /** Profile edits of local fellows, sent to their followers. */
    public ProfileService profiles() {
        return profiles;
    }

    /** The post a pasted URL names, fetched from its server when it is not stored here. */
    public StatusResolver statusResolver() {
        return statusResolver;
    }

    /** Fellows' mutes: muted accounts stay out of the home timeline (and their notifications, if asked). */
    public MuteService mutes() {
        return mutes;
    }

    /** Fellows' posting defaults, e.g. the visibility of a post whose client names none. */
    public PostingPreferences postingPreferences() {
        return postingPreferences;
    }

    /** Who may see which status. */
    public StatusAccess statusAccess() {
        return statusAccess;
    }

    public AccessTokens tokens() {
        return tokens;
    }

    public Database database() {
        return database;
    }

    public ActivityPubFetcher fetcher() {
        return fetcher;
    }

    public RemoteActors remoteActors() {
        return remoteActors;
    }

    public WebFingerClient webFinger() {
        return webFinger;
    }

    public DeliveryQueue deliveryQueue() {
        return deliveryQueue;
    }

    public DeliveryWorker deliveryWorker() {
        return deliveryWorker;
    }

    public InboxWorker inboxWorker() {
        return inboxWorker;
    }

    public HostHealth hostHealth() {
        return hostHealth;
    }

    /** The outgoing delivery queue as operators see it. */
    public QueueOverview queueOverview() {
        return queueOverview;
    }

    /** Domains this instance does not federate with (X17). */
    public DomainBlocks domainBlocks() {
        return domainBlocks;
    }

    /** Remote actors suspended here (X17). */
    public Suspensions suspensions() {
        return suspensions;
    }

    /** Stops the web server, then the workers (which finish or hand back their work), then the database; once. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        // Streams first: open connections would otherwise hold the web server's stop for its whole timeout.
        streamEvents.close();
        if (streamHub != null) {
            streamHub.close();
        }
        if (web != null) {
            web.stop();
        }
        inboxWorker.close();
        deliveryWorker.stop();
        transport.close();
        database.close();
    }
}
