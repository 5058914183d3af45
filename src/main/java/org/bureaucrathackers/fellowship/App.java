package org.bureaucrathackers.fellowship;

import java.time.Clock;
import java.util.List;
import org.bureaucrathackers.fellowship.actor.AccountStore;
import org.bureaucrathackers.fellowship.actor.ActorDocuments;
import org.bureaucrathackers.fellowship.actor.ActorRoutes;
import org.bureaucrathackers.fellowship.actor.CollectionRoutes;
import org.bureaucrathackers.fellowship.actor.FellowService;
import org.bureaucrathackers.fellowship.actor.ServedActors;
import org.bureaucrathackers.fellowship.cli.Version;
import org.bureaucrathackers.fellowship.config.Settings;
import org.bureaucrathackers.fellowship.follow.FollowService;
import org.bureaucrathackers.fellowship.mastodon.AccessTokens;
import org.bureaucrathackers.fellowship.post.InteractionService;
import org.bureaucrathackers.fellowship.post.MentionResolver;
import org.bureaucrathackers.fellowship.post.NoteDocuments;
import org.bureaucrathackers.fellowship.post.OutboundActivities;
import org.bureaucrathackers.fellowship.post.PostService;
import org.bureaucrathackers.fellowship.post.PostViews;
import org.bureaucrathackers.fellowship.post.RemoteNotes;
import org.bureaucrathackers.fellowship.post.Requester;
import org.bureaucrathackers.fellowship.post.StatusAccess;
import org.bureaucrathackers.fellowship.post.StatusDocuments;
import org.bureaucrathackers.fellowship.post.StatusRoutes;
import org.bureaucrathackers.fellowship.post.Statuses;
import org.bureaucrathackers.fellowship.store.Database;
import org.bureaucrathackers.fellowship.store.Ids;
import org.bureaucrathackers.fellowship.store.JooqInstanceStats;
import org.bureaucrathackers.fellowship.store.JooqAccountStore;
import org.bureaucrathackers.fellowship.store.JooqBlockStore;
import org.bureaucrathackers.fellowship.store.JooqFavouriteStore;
import org.bureaucrathackers.fellowship.store.JooqFeaturedTagStore;
import org.bureaucrathackers.fellowship.store.JooqFollowStore;
import org.bureaucrathackers.fellowship.store.JooqStatusStore;
import org.bureaucrathackers.fellowship.store.JooqTokenStore;
import org.bureaucrathackers.fellowship.store.JooqTombstoneStore;
import org.bureaucrathackers.fellowship.uri.LocalUris;
import org.bureaucrathackers.fellowship.web.PageRoutes;
import org.bureaucrathackers.fellowship.web.Pages;
import org.bureaucrathackers.fellowship.web.ProfilePages;
import org.bureaucrathackers.fellowship.web.Routes;
import org.bureaucrathackers.fellowship.web.WebServer;
import org.bureaucrathackers.fellowship.webfinger.HostMetaRoutes;
import org.bureaucrathackers.fellowship.webfinger.NodeInfoDocument;
import org.bureaucrathackers.fellowship.webfinger.NodeInfoRoutes;
import org.bureaucrathackers.fellowship.webfinger.WebFingerRoutes;

/**
 * The composition root: builds every service with plain constructors. The CLI opens it without the web
 * server; {@code serve} and the HTTP tests start the server too.
 */
public final class App implements AutoCloseable {

    private static final int POOL_SIZE = 10;

    private final Settings settings;
    private final Database database;
    private final LocalUris uris;
    private final AccountStore accounts;
    private final FellowService fellows;
    private final AccessTokens tokens;
    private final Clock clock;
    private final JooqStatusStore statuses;
    private final StatusAccess statusAccess;
    private final PostService posts;
    private final InteractionService interactions;
    private final FollowService follows;
    private final RemoteNotes remoteNotes;
    // Until the federation core is wired: nothing is delivered, remote mentions stay text, no request is signed.
    private final OutboundActivities outbound = OutboundActivities.NONE;
    private final MentionResolver mentionResolver = MentionResolver.NONE;
    private final Requester requester = Requester.ANONYMOUS;
    private WebServer web;

    private App(Settings settings, Database database, Clock clock) {
        this.settings = settings;
        this.database = database;
        this.clock = clock;
        this.uris = new LocalUris(settings.baseUrl(), settings.domain());
        Ids ids = new Ids(clock);
        this.accounts = new JooqAccountStore(database);
        this.fellows = new FellowService(accounts, uris, ids, clock);
        this.tokens = new AccessTokens(new JooqTokenStore(database), ids, clock);
        this.statuses = new JooqStatusStore(database);
        JooqFollowStore followStore = new JooqFollowStore(database);
        JooqBlockStore blocks = new JooqBlockStore(database);
        JooqTombstoneStore tombstones = new JooqTombstoneStore(database);
        this.statusAccess = new StatusAccess(statuses, followStore, blocks);
        this.posts = new PostService(database, statuses, tombstones, new JooqFavouriteStore(database), accounts,
                statusAccess, mentionResolver, outbound, uris, ids, clock);
        this.interactions = new InteractionService(database, statuses, new JooqFavouriteStore(database), accounts,
                statusAccess, outbound, uris, ids, clock);
        this.follows = new FollowService(database, followStore, blocks, outbound, uris, ids, clock);
        this.remoteNotes = new RemoteNotes(database, statuses, tombstones, accounts, uris, ids, clock);
    }

    /** Opens (and migrates) the database and builds the services, without listening for HTTP. */
    public static App open(Settings settings) {
        return open(settings, null, Clock.systemUTC());
    }

    /** @param schema a PostgreSQL schema to live in (tests), or null */
    public static App open(Settings settings, String schema, Clock clock) {
        Database database = Database.open(settings.dbUrl(), schema, POOL_SIZE);
        return new App(settings, database, clock);
    }

    /** Starts the HTTP server on the configured bind address (port 0 picks a free port). */
    public App startServer() {
        fellows.instanceActor();
        Pages pages = new Pages(new Pages.SiteView(settings.instanceName(), settings.instanceDescription(),
                settings.domain(), uris.home()));
        PostViews postViews = new PostViews(statuses, accounts, uris);
        ProfilePages profiles = new ProfilePages(pages, uris, postViews::ofProfile);
        NodeInfoRoutes nodeInfo = new NodeInfoRoutes(new JooqInstanceStats(database), uris.base(), Version.current(),
                new NodeInfoDocument.Metadata(settings.instanceName(), settings.instanceDescription()), clock);
        ServedActors servedActors = new ServedActors(fellows, uris);
        ActorRoutes actorRoutes = new ActorRoutes(servedActors, fellows, accounts,
                new ActorDocuments(uris), profiles);
        CollectionRoutes collectionRoutes = new CollectionRoutes(servedActors, statuses,
                new JooqFollowStore(database), new JooqFeaturedTagStore(database),
                new StatusDocuments(new Statuses(statuses, accounts, uris), new NoteDocuments(uris)), uris);
        List<Routes> modules = List.of(
                new PageRoutes(fellows, pages, profiles, uris, postViews::latestPublic),
                new WebFingerRoutes(fellows, uris),
                new HostMetaRoutes(uris.base()),
                nodeInfo,
                actorRoutes,
                collectionRoutes,
                new StatusRoutes(servedActors, statuses, new JooqTombstoneStore(database), accounts, statusAccess,
                        requester, postViews, pages, uris));
        web = new WebServer(modules, pages).start(settings.bindHost(), settings.bindPort());
        return this;
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
    public java.util.List<org.bureaucrathackers.fellowship.actor.StoredKey> accountKeys(long accountId) {
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

    /** Remote posts received or fetched: create, update, delete. */
    public RemoteNotes remoteNotes() {
        return remoteNotes;
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

    @Override
    public void close() {
        if (web != null) {
            web.stop();
        }
        database.close();
    }
}
