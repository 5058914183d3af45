package org.bureaucrathackers.fellowship.community;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.AccountStore;
import org.bureaucrathackers.fellowship.actor.LocalKeys;
import org.bureaucrathackers.fellowship.actor.LocalUser;
import org.bureaucrathackers.fellowship.actor.Usernames;
import org.bureaucrathackers.fellowship.ids.Ids;
import org.bureaucrathackers.fellowship.post.BoostStore;
import org.bureaucrathackers.fellowship.post.InteractionService;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.transaction.Transactions;
import org.bureaucrathackers.fellowship.uri.LocalUris;

/**
 * Communities of practice (FEP-1b12): each is a local account of type Group, so it is followed, found by
 * WebFinger, signs its deliveries and shows in the client API as any account does. Its name shares the
 * namespace of fellows' usernames. Moderators are the instance's admins until roles exist.
 */
public final class CommunityService {

    public static final int MAX_DISPLAY_NAME = 100;
    public static final int MAX_DESCRIPTION = 5_000;
    public static final int MAX_LISTED = 200;
    private static final int MAX_MODERATORS = 100;

    private final Transactions transactions;
    private final AccountStore accounts;
    private final CommunityStore communities;
    private final BoostStore boosts;
    private final InteractionService interactions;
    private final LocalUris uris;
    private final Ids ids;
    private final Clock clock;

    public CommunityService(Transactions transactions, AccountStore accounts, CommunityStore communities,
                            BoostStore boosts, InteractionService interactions, LocalUris uris, Ids ids,
                            Clock clock) {
        this.transactions = transactions;
        this.accounts = accounts;
        this.communities = communities;
        this.boosts = boosts;
        this.interactions = interactions;
        this.uris = uris;
        this.ids = ids;
        this.clock = clock;
    }

    /** Creates a community with fresh keys; {@code creator} must moderate communities here. */
    public Community create(NewCommunity request, Account creator) {
        requireModerator(creator);
        String name = request.name() == null ? null : request.name().strip();
        String problem = Usernames.problemWith(name, uris.domain());
        if (problem != null) {
            throw new InvalidCommunityException("name", problem.replace("a username", "a name").replace("username ", ""));
        }
        String displayName = request.displayName() == null || request.displayName().isBlank()
                ? name : request.displayName().strip();
        if (displayName.length() > MAX_DISPLAY_NAME) {
            throw new InvalidCommunityException("display_name", "at most " + MAX_DISPLAY_NAME + " characters");
        }
        String description = request.description() == null ? "" : request.description().strip();
        if (description.length() > MAX_DESCRIPTION) {
            throw new InvalidCommunityException("description", "at most " + MAX_DESCRIPTION + " characters");
        }
        return transactions.inTransaction(() -> {
            if (accounts.findLocal(name).isPresent()) {
                throw new InvalidCommunityException("name", "'" + name + "' is already taken by a fellow or community");
            }
            Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
            long id = ids.next();
            String uri = uris.community(name);
            Account account = new Account(id, name, "", uri, uri, Account.ActorType.Group, displayName,
                    PlainText.toHtml(description), request.approvalRequired(), true, true, null, null,
                    uris.communityInbox(name), uris.sharedInbox(), uris.communityOutbox(name),
                    uris.communityFollowers(name), null, null, now, now, null, List.of());
            accounts.insertLocal(account, null, LocalKeys.fresh(id, uri + "#main-key", uri + "#ed25519-key"));
            communities.insert(id, description, creator.id(), now);
            return new Community(account, description);
        });
    }

    /** The local community called {@code name} (case-insensitive), deleted or not. */
    public Optional<Community> find(String name) {
        if (name == null || name.length() > Usernames.MAX_LENGTH) {
            return Optional.empty();
        }
        return accounts.findLocal(name).flatMap(this::of);
    }

    /** The community an account is, if it is a local one. */
    public Optional<Community> of(Account account) {
        if (!account.isLocal() || account.actorType() != Account.ActorType.Group) {
            return Optional.empty();
        }
        return communities.description(account.id()).map(description -> new Community(account, description));
    }

    public List<Community> list(int offset, int limit) {
        return communities.list(offset, Math.min(limit, MAX_LISTED)).stream()
                .map(accounts::findById).flatMap(Optional::stream)
                .map(this::of).flatMap(Optional::stream).toList();
    }

    public long count() {
        return communities.count();
    }

    /** Who moderates communities: the instance's admins (there are no per-community roles yet). */
    public boolean isModerator(Account account) {
        return account.isLocal() && accounts.findLocalUser(account.id()).map(LocalUser::admin).orElse(false);
    }

    public List<Account> moderators() {
        return communities.moderatorIds(MAX_MODERATORS).stream().map(accounts::findById)
                .flatMap(Optional::stream).toList();
    }

    /**
     * A moderator removes a post from the community: its Announce is undone, so members' servers drop it from
     * the community, and the community never announces it again. False when the community had not announced it.
     */
    public boolean removePost(Community community, Status status, Account moderator) {
        requireModerator(moderator);
        Account group = community.account();
        return transactions.inTransaction(() -> {
            if (boosts.findBoost(group.id(), status.id()).isEmpty()) {
                return false;
            }
            communities.markRemoved(group.id(), status.uri(), moderator.id(),
                    clock.instant().truncatedTo(ChronoUnit.MILLIS));
            return interactions.unboost(group, status);
        });
    }

    public boolean isRemoved(Community community, Status status) {
        return communities.isRemoved(community.account().id(), status.uri());
    }

    private void requireModerator(Account account) {
        if (!isModerator(account)) {
            throw new NotModeratorException("only admins of this instance moderate communities");
        }
    }
}
