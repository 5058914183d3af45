package org.bureaucrathackers.fellowship.assembly;

import org.bureaucrathackers.fellowship.activitypub.ActorRoutes;
import org.bureaucrathackers.fellowship.activitypub.AuthorizedFetch;
import org.bureaucrathackers.fellowship.activitypub.CollectionRoutes;
import org.bureaucrathackers.fellowship.activitypub.CommunityRoutes;
import org.bureaucrathackers.fellowship.activitypub.InboxRoutes;
import org.bureaucrathackers.fellowship.activitypub.ServedActors;
import org.bureaucrathackers.fellowship.activitypub.SignedRequester;
import org.bureaucrathackers.fellowship.activitypub.StatusRoutes;
import org.bureaucrathackers.fellowship.activitypub.TagRoutes;
import org.bureaucrathackers.fellowship.actor.ActorDocuments;
import org.bureaucrathackers.fellowship.config.Version;
import org.bureaucrathackers.fellowship.discovery.HostMetaRoutes;
import org.bureaucrathackers.fellowship.discovery.NodeInfoDocument;
import org.bureaucrathackers.fellowship.discovery.NodeInfoRoutes;
import org.bureaucrathackers.fellowship.discovery.WebFingerRoutes;
import org.bureaucrathackers.fellowship.feeds.FeedRoutes;
import org.bureaucrathackers.fellowship.mastodon.oauth.FormTokens;
import org.bureaucrathackers.fellowship.mastodon.oauth.LoginThrottle;
import org.bureaucrathackers.fellowship.mastodon.oauth.PasswordLogins;
import org.bureaucrathackers.fellowship.post.Bookmarks;
import org.bureaucrathackers.fellowship.post.NoteDocuments;
import org.bureaucrathackers.fellowship.post.PublicFeeds;
import org.bureaucrathackers.fellowship.post.StatusDocuments;
import org.bureaucrathackers.fellowship.post.Threads;
import org.bureaucrathackers.fellowship.post.Timelines;
import org.bureaucrathackers.fellowship.session.ApplicationsPage;
import org.bureaucrathackers.fellowship.session.BrowserSessions;
import org.bureaucrathackers.fellowship.session.BrowserVisits;
import org.bureaucrathackers.fellowship.session.CsrfTokens;
import org.bureaucrathackers.fellowship.session.LanguageSettingStore;
import org.bureaucrathackers.fellowship.session.LanguageSwitch;
import org.bureaucrathackers.fellowship.session.InteractionPage;
import org.bureaucrathackers.fellowship.session.InteractionTargets;
import org.bureaucrathackers.fellowship.session.SessionPages;
import org.bureaucrathackers.fellowship.session.SignInPage;
import org.bureaucrathackers.fellowship.session.SignOutPage;
import org.bureaucrathackers.fellowship.session.SignedInPages;
import org.bureaucrathackers.fellowship.store.JooqFeedStore;
import org.bureaucrathackers.fellowship.store.JooqLanguageSettingStore;
import org.bureaucrathackers.fellowship.store.JooqSessionStore;
import org.bureaucrathackers.fellowship.web.MediaFileRoutes;
import org.bureaucrathackers.fellowship.web.PageRoutes;
import org.bureaucrathackers.fellowship.web.AssetRoutes;
import org.bureaucrathackers.fellowship.web.Pages;
import org.bureaucrathackers.fellowship.web.PostViews;
import org.bureaucrathackers.fellowship.web.ProfilePages;
import org.bureaucrathackers.fellowship.web.Visits;
import org.bureaucrathackers.fellowship.web.timeline.NotificationsPage;
import org.bureaucrathackers.fellowship.web.timeline.PostActions;
import org.bureaucrathackers.fellowship.web.timeline.PostCards;
import org.bureaucrathackers.fellowship.web.timeline.ThreadPage;
import org.bureaucrathackers.fellowship.web.timeline.TimelinePages;
import org.bureaucrathackers.fellowship.web.compose.ComposePage;
import org.bureaucrathackers.fellowship.web.compose.DeletePage;
import org.bureaucrathackers.fellowship.web.compose.PostLookup;
import org.bureaucrathackers.fellowship.web.compose.Publishing;
import org.bureaucrathackers.fellowship.post.PostIdempotency;
import org.bureaucrathackers.fellowship.store.JooqIdempotencyStore;
import org.bureaucrathackers.fellowship.web.practice.AdaptedFromSearch;
import org.bureaucrathackers.fellowship.web.practice.PracticeFormPage;
import org.bureaucrathackers.fellowship.web.practice.PracticeLineage;
import org.bureaucrathackers.fellowship.web.practice.PracticeSections;
import org.bureaucrathackers.fellowship.web.profile.FellowFacts;
import org.bureaucrathackers.fellowship.web.profile.ProfileModules;
import org.bureaucrathackers.fellowship.follow.Relationships;
import org.bureaucrathackers.fellowship.web.explore.CommunityPages;
import org.bureaucrathackers.fellowship.web.explore.DirectoryPage;
import org.bureaucrathackers.fellowship.web.explore.SearchPage;
import org.bureaucrathackers.fellowship.web.explore.TagPage;
import org.bureaucrathackers.fellowship.directory.AccountLookup;
import org.bureaucrathackers.fellowship.directory.AccountSearch;
import org.bureaucrathackers.fellowship.directory.FacetedDirectory;
import org.bureaucrathackers.fellowship.directory.StatusSearch;
import org.bureaucrathackers.fellowship.directory.TagSearch;
import org.bureaucrathackers.fellowship.reading.TagFollows;
import org.bureaucrathackers.fellowship.store.JooqDirectoryStore;
import org.bureaucrathackers.fellowship.store.JooqFacetedDirectoryStore;
import org.bureaucrathackers.fellowship.store.JooqFollowedTagStore;
import org.bureaucrathackers.fellowship.store.JooqPracticeStages;

/**
 * What the server shows other servers and browsers: HTML pages and browser sign-in, discovery (WebFinger,
 * host-meta, NodeInfo) and the ActivityPub documents, collections and inbox. {@link RouteTable} lists them.
 */
public final class WebSurface {

    public final Pages pages;
    /** The password check and its throttle, shared by the OAuth form and the browser sign-in. */
    public final PasswordLogins passwordLogins;
    /** Asks for a signature on fetches, where authorized fetch is on (RouteTable decides). */
    public final AuthorizedFetch authorizedFetch;
    // Sign-in for the web pages and /authorize_interaction, where other servers send fellows to follow an
    // account or open a post.
    public final SignInPage signIn;
    /** Who each page is for and in which language, with the token its forms carry. */
    public final Visits visits;
    /** The browser sessions, the form tokens, and what every page that needs a session does with them. */
    public final BrowserSessions sessions;
    public final CsrfTokens csrf;
    public final SignedInPages signedInPages;
    /** Posts as the pages show them. */
    public final PostViews postViews;
    public final LanguageSwitch languageSwitch;
    public final SignOutPage signOut;
    public final ApplicationsPage applications;
    public final AssetRoutes assets = new AssetRoutes();
    public final InteractionPage interaction;
    /** RSS and Atom feeds of fellows and hashtags, listed before the pages whose paths they share. */
    public final FeedRoutes feeds;
    public final PageRoutes pageRoutes;
    public final WebFingerRoutes webFinger;
    public final HostMetaRoutes hostMeta;
    public final NodeInfoRoutes nodeInfo;
    public final ActorRoutes actors;
    public final CollectionRoutes collections;
    public final CommunityRoutes communities;
    public final StatusRoutes statuses;
    public final TagRoutes tags;
    public final InboxRoutes inbox;
    public final MediaFileRoutes mediaFiles;
    /** The home, local and federated timelines, bookmarks, notifications, and the actions on posts they show. */
    public final TimelinePages timelinePages;
    public final NotificationsPage notificationsPage;
    public final PostActions postActions;
    /** Writing, replying to, editing and deleting posts in the browser. */
    public final ComposePage compose;
    public final DeletePage deletePost;
    /** The practice form: /practices/new. */
    public final PracticeFormPage practiceForm;
    /** Profile pages with following, following by handle, and the profile settings. */
    public final ProfileModules profile;
    public final DirectoryPage directory;
    public final CommunityPages communityPages;
    public final SearchPage search;
    public final TagPage tagPage;

    public WebSurface(Foundation base, Federation federation, Features features, Inbound inbound) {
        var settings = base.settings;
        var database = base.database;
        var accounts = base.accounts;
        var fellows = base.fellows;
        var uris = base.uris;
        var clock = base.clock;
        var proofSigner = federation.proofSigner;
        this.pages = new Pages(new Pages.SiteView(settings.instanceName(), settings.instanceDescription(),
                settings.domain(), uris.home()));
        this.passwordLogins = new PasswordLogins(accounts, uris.domain(), new LoginThrottle(clock));
        this.postViews = new PostViews(base.timelines, accounts, uris);
        ProfilePages.Facts profileFacts = new FellowFacts(features.profiles, features.practices, base.statusLoader,
                base.followStore, base.timelines, uris);
        ProfilePages profilePages = new ProfilePages(pages, uris, postViews::ofProfile, profileFacts);
        ServedActors servedActors = new ServedActors(fellows, uris);
        SignedRequester signedRequester = new SignedRequester(inbound.verifier);
        this.authorizedFetch = new AuthorizedFetch(signedRequester, features.separation::blockedBetween);

        boolean secure = uris.isSecure();
        this.sessions = new BrowserSessions(new JooqSessionStore(database), accounts, base.ids, clock,
                secure);
        SessionPages sessionPages = new SessionPages(pages);
        this.csrf = new CsrfTokens(new FormTokens(clock), secure);
        this.signedInPages = new SignedInPages(sessions, csrf, pages);
        LanguageSettingStore languageSettings = new JooqLanguageSettingStore(database);
        this.visits = new BrowserVisits(sessions, languageSettings, csrf, uris);
        this.languageSwitch = new LanguageSwitch(sessions, languageSettings, csrf, pages, secure);
        this.signOut = new SignOutPage(sessions, csrf, pages);
        this.applications = new ApplicationsPage(base.tokens, sessions, csrf, pages);
        this.signIn = new SignInPage(passwordLogins, sessions, new FormTokens(clock), sessionPages, secure);
        this.interaction = new InteractionPage(sessions,
                new InteractionTargets(federation.webFinger, features.statusResolver), features.follows,
                features.statusAccess, accounts, postViews, new FormTokens(clock), sessionPages, pages, uris);

        PublicFeeds publicFeeds = new PublicFeeds(new JooqFeedStore(database), base.mentionTags, base.statuses,
                accounts);
        this.feeds = new FeedRoutes(fellows, features.communities, publicFeeds, uris,
                account -> base.suspensions.isSuspended(account.uri()));
        this.pageRoutes = new PageRoutes(fellows, pages, uris, postViews::latestPublic);
        this.webFinger = new WebFingerRoutes(fellows, uris);
        this.hostMeta = new HostMetaRoutes(uris.base());
        this.nodeInfo = new NodeInfoRoutes(base.instanceStats, uris.base(), uris.instanceActor(), Version.current(),
                new NodeInfoDocument.Metadata(settings.instanceName(), settings.instanceDescription()), clock);
        this.actors = new ActorRoutes(servedActors, fellows, accounts, base.fellowProfiles, new ActorDocuments(uris), profilePages,
                proofSigner);
        this.collections = new CollectionRoutes(servedActors, base.timelines, base.followStore, base.featuredTags,
                new StatusDocuments(base.statusLoader, new NoteDocuments(uris, features.noteExtension)), uris,
                proofSigner, fellows);
        PostCards postCards = new PostCards(base.statuses, base.timelines, accounts, base.favourites, base.boosts,
                base.bookmarks, postViews);
        ThreadPage threadPage = new ThreadPage(new Threads(base.statuses, base.timelines), features.statusAccess,
                postCards, sessions, pages);
        this.statuses = new StatusRoutes(servedActors, base.statuses, base.timelines, base.statusLoader, base.tombstones, accounts,
                features.statusAccess, signedRequester, postViews, pages, uris, proofSigner,
                new NoteDocuments(uris, features.noteExtension),
                new PracticeSections(features.practices,
                        new PracticeLineage(features.practices, base.statusLoader, accounts, uris), pages)::html,
                threadPage::render);
        this.inbox = new InboxRoutes(inbound.pipeline, fellows);
        this.mediaFiles = new MediaFileRoutes(features.mediaStorage);
        Bookmarks bookmarks = new Bookmarks(base.bookmarks, base.statuses, features.statusAccess, base.ids, clock);
        this.timelinePages = new TimelinePages(new Timelines(base.timelines), bookmarks, base.statuses, postCards,
                sessions, signedInPages, pages);
        this.notificationsPage = new NotificationsPage(features.notifications, accounts, base.statuses, postCards,
                signedInPages, pages, uris);
        this.postActions = new PostActions(features.interactions, bookmarks, base.statuses, features.statusAccess,
                signedInPages, pages);
        PostLookup ownPosts = new PostLookup(base.statuses, features.statusAccess, accounts, base.mentionTags,
                postViews);
        this.compose = new ComposePage(signedInPages, pages, ownPosts, new Publishing(features.posts,
                new PostIdempotency(new JooqIdempotencyStore(database), base.statuses, clock), features.media),
                features.postingPreferences, features.noteExtension);
        this.deletePost = new DeletePage(signedInPages, pages, ownPosts, features.posts);
        this.practiceForm = new PracticeFormPage(signedInPages, features.practices,
                new AdaptedFromSearch(features.practices, base.statusLoader, accounts, uris), pages);
        this.profile = new ProfileModules(new ProfileModules.Parts(profilePages, profileFacts, pages, uris, accounts,
                federation.webFinger, base.suspensions, new Relationships(base.followStore, base.blocks,
                features.mutes), features.follows, features.profiles, features.media, sessions, signedInPages));

        // The directory, communities, search and hashtag pages; the community and tag routes serve their pages
        // at the addresses they answer ActivityPub clients at.
        AccountLookup accountLookup = new AccountLookup(accounts, federation.webFinger, uris);
        JooqDirectoryStore directoryStore = new JooqDirectoryStore(database);
        this.directory = new DirectoryPage(new FacetedDirectory(
                new JooqFacetedDirectoryStore(database, new JooqPracticeStages()), accountLookup), pages, uris);
        this.communityPages = new CommunityPages(features.communities, features.follows, base.followStore,
                features.posts, publicFeeds, postViews, pages, sessions, signedInPages, uris);
        this.search = new SearchPage(new AccountSearch(directoryStore, accountLookup, base.followStore, base.blocks,
                uris), new StatusSearch(directoryStore, base.statuses, base.statusLoader, features.statusAccess,
                features.statusResolver), new TagSearch(directoryStore), features.practices, base.statuses,
                features.statusAccess, accounts, postViews, sessions, pages, uris);
        this.tagPage = new TagPage(new Timelines(base.timelines), accounts,
                new TagFollows(database, new JooqFollowedTagStore(database), base.ids, clock), postViews, pages,
                sessions, signedInPages, uris);
        this.communities = new CommunityRoutes(features.communities, accounts, base.followStore, base.timelines,
                new ActorDocuments(uris), new StatusDocuments(base.statusLoader, new NoteDocuments(uris)),
                communityPages::show, proofSigner, uris);
        this.tags = new TagRoutes(new Timelines(base.timelines), tagPage::show, uris, proofSigner,
                fellows::instanceActor);
    }
}
