package org.bureaucrathackers.fellowship.testing;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.follow.BlockService;
import org.bureaucrathackers.fellowship.follow.Follow;
import org.bureaucrathackers.fellowship.follow.FollowService;
import org.bureaucrathackers.fellowship.follow.ReceivedFollows;
import org.bureaucrathackers.fellowship.ids.Ids;
import org.bureaucrathackers.fellowship.notification.Notifications;
import org.bureaucrathackers.fellowship.post.InteractionService;
import org.bureaucrathackers.fellowship.post.MentionResolver;
import org.bureaucrathackers.fellowship.post.PostService;
import org.bureaucrathackers.fellowship.post.RemoteNotes;
import org.bureaucrathackers.fellowship.post.StatusAccess;
import org.bureaucrathackers.fellowship.post.Statuses;
import org.bureaucrathackers.fellowship.store.Database;
import org.bureaucrathackers.fellowship.store.JooqAccountStore;
import org.bureaucrathackers.fellowship.store.JooqBlockStore;
import org.bureaucrathackers.fellowship.store.JooqBoostStore;
import org.bureaucrathackers.fellowship.store.JooqFavouriteStore;
import org.bureaucrathackers.fellowship.store.JooqFollowStore;
import org.bureaucrathackers.fellowship.store.JooqMentionTagStore;
import org.bureaucrathackers.fellowship.store.JooqNotificationStore;
import org.bureaucrathackers.fellowship.store.JooqPinStore;
import org.bureaucrathackers.fellowship.store.JooqStatusStore;
import org.bureaucrathackers.fellowship.store.JooqTimelineStore;
import org.bureaucrathackers.fellowship.store.JooqTombstoneStore;
import org.bureaucrathackers.fellowship.uri.LocalUris;

/**
 * The post and follow services over a real H2 database, with a recording outbox, a clock tests move, and
 * remote mentions resolved from the accounts the test registered.
 */
public final class SocialFixture implements AutoCloseable {

    public static final String BASE = "https://ministry.example";
    public static final Instant START = Instant.parse("2026-03-01T09:00:00Z");

    public final LocalUris uris = new LocalUris(BASE, "ministry.example");
    public final MutableClock clock = new MutableClock(START);
    public final Ids ids = new Ids(clock);
    public final RecordingOutbound outbound = new RecordingOutbound();
    /** What the services announced after their commits (statuses and notifications). */
    public final RecordingEvents events = new RecordingEvents();
    public final Database db;
    public final JooqAccountStore accounts;
    public final JooqStatusStore statuses;
    public final JooqTimelineStore timelines;
    public final JooqMentionTagStore mentionTags;
    public final JooqBoostStore boosts;
    public final JooqPinStore pins;
    public final JooqFollowStore follows;
    public final JooqBlockStore blocks;
    public final JooqFavouriteStore favourites;
    public final JooqTombstoneStore tombstones;
    public final StatusAccess access;
    public final JooqNotificationStore notificationStore;
    public final Notifications notifications;
    public final Statuses lookup;
    public final PostService posts;
    public final InteractionService interactions;
    public final FollowService followService;
    public final ReceivedFollows receivedFollows;
    public final BlockService blockService;
    public final RemoteNotes remoteNotes;
    private final Map<String, Account> remoteHandles = new HashMap<>();

    public SocialFixture(Path tempDir) {
        this(new TestDatabases.H2(), tempDir);
    }

    public SocialFixture(TestDatabases.Kind kind, Path tempDir) {
        db = kind.open(tempDir);
        accounts = new JooqAccountStore(db);
        statuses = new JooqStatusStore(db);
        timelines = new JooqTimelineStore(db);
        mentionTags = new JooqMentionTagStore(db);
        boosts = new JooqBoostStore(db);
        pins = new JooqPinStore(db);
        follows = new JooqFollowStore(db);
        blocks = new JooqBlockStore(db);
        favourites = new JooqFavouriteStore(db);
        tombstones = new JooqTombstoneStore(db);
        access = new StatusAccess(mentionTags, follows, blocks);
        lookup = new Statuses(statuses, mentionTags, timelines, accounts, uris);
        MentionResolver resolver = (username, domain) -> Optional.ofNullable(remoteHandles.get(username + "@" + domain));
        notificationStore = new JooqNotificationStore(db);
        notifications = new Notifications(db, notificationStore, blocks::eitherBlocks,
                author -> follows.localSubscriberIds(author.id(), 1_000).stream().map(accounts::findById)
                        .flatMap(Optional::stream).toList(), events, ids, clock);
        posts = new PostService(db, statuses, mentionTags, boosts, lookup, tombstones, favourites, accounts, access, resolver, outbound,
                notifications, events, uris, ids, clock);
        interactions = new InteractionService(db, statuses, mentionTags, boosts, favourites, accounts, access, outbound, notifications,
                events, uris, ids, clock);
        followService = new FollowService(db, follows, blocks, outbound, notifications, uris, ids, clock);
        receivedFollows = new ReceivedFollows(db, follows, blocks, outbound, notifications, uris, ids, clock);
        blockService = new BlockService(db, follows, blocks, outbound, notifications, uris, ids, clock);
        remoteNotes = new RemoteNotes(db, statuses, mentionTags, boosts, tombstones, favourites, accounts, notifications, events, uris, ids,
                clock);
    }

    /** A local fellow; {@code manual} makes them approve followers by hand. */
    public Account local(String username, boolean manual) {
        Account template = Accounts.local(uris, ids.next(), username, List.of(), null, null, START, null);
        Account account = new Account(template.id(), template.username(), template.domain(), template.uri(),
                template.url(), template.actorType(), template.displayName(), template.summaryHtml(), manual,
                template.discoverable(), template.indexable(), null, null, template.inboxUrl(),
                template.sharedInboxUrl(), template.outboxUrl(), template.followersUrl(), template.followingUrl(),
                template.featuredUrl(), START, START, null, List.of());
        accounts.insertLocal(account, null, List.of());
        return account;
    }

    public Account local(String username) {
        return local(username, false);
    }

    /** The instance actor, as {@link org.bureaucrathackers.fellowship.actor.FellowService} creates it. */
    public Account instanceActor() {
        Account actor = new Account(ids.next(), "ministry.example", "", uris.instanceActor(), uris.home(),
                Account.ActorType.Application, "ministry.example", "", true, false, false, null, null,
                uris.instanceActorInbox(), uris.sharedInbox(), uris.instanceActorOutbox(), null, null, null, START,
                START, null, List.of());
        accounts.insertLocal(actor, null, List.of());
        return actor;
    }

    /** A remote actor at https://{domain}/users/{username}, also resolvable as a mention. */
    public Account remote(String username, String domain) {
        Account account = Accounts.remote(ids.next(), username, domain);
        accounts.insertRemote(account);
        remoteHandles.put(username + "@" + domain, account);
        return account;
    }

    /** A remote actor with exactly this id (any scheme and port), its followers at {@code <id>/followers}. */
    public Account remoteActor(String actorUri) {
        java.net.URI uri = java.net.URI.create(actorUri);
        String domain = uri.getPort() == -1 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
        String path = uri.getPath().replaceAll("/+$", "");
        String username = path.isEmpty() ? uri.getHost() : path.substring(path.lastIndexOf('/') + 1);
        Account account = new Account(ids.next(), username, domain, actorUri, null, Account.ActorType.Person, username,
                "", false, true, true, null, null, actorUri + "/inbox", null, null, actorUri + "/followers", null, null,
                START, START, null, List.of());
        accounts.insertRemote(account);
        return account;
    }

    /** Makes {@code follower} an accepted follower of {@code target} directly in the store. */
    public void acceptedFollow(Account follower, Account target) {
        long id = ids.next();
        follows.insert(new Follow(id, follower.id(), target.id(), Follow.State.ACCEPTED,
                follower.uri() + "#follows/" + id, START));
    }

    @Override
    public void close() {
        db.close();
    }
}
