package org.bureaucrathackers.fellowship.directory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.follow.BlockStore;
import org.bureaucrathackers.fellowship.follow.FollowStore;
import org.bureaucrathackers.fellowship.uri.LocalUris;

/**
 * Account search as Mastodon clients use it: toot resolves {@code alice}, {@code @alice} and
 * {@code alice@host:port} before following, so an exact handle comes first; then usernames starting with the
 * term and display names containing it, this instance's accounts before known remote ones. With
 * {@code resolve} (signed-in fellows only) a remote handle or profile URL is looked up on its server.
 */
public final class AccountSearch {

    private final DirectoryStore directory;
    private final AccountLookup lookup;
    private final FollowStore follows;
    private final BlockStore blocks;
    private final LocalUris uris;

    public AccountSearch(DirectoryStore directory, AccountLookup lookup, FollowStore follows, BlockStore blocks,
                         LocalUris uris) {
        this.directory = directory;
        this.lookup = lookup;
        this.follows = follows;
        this.blocks = blocks;
        this.uris = uris;
    }

    /**
     * @param viewer        the fellow searching, or null for anonymous callers (then nothing is resolved)
     * @param followingOnly only accounts {@code viewer} follows
     */
    public List<Account> search(String query, boolean resolve, Account viewer, boolean followingOnly, int offset,
                                int limit) {
        if (followingOnly && viewer == null) {
            return List.of();
        }
        SearchTerm term = SearchTerm.read(query, uris.domain());
        boolean mayResolve = resolve && viewer != null;
        Map<Long, Account> found = new LinkedHashMap<>();
        Optional<Account> exact = switch (term.kind()) {
            case URL -> mayResolve ? lookup.resolveHandleOrUrl(term.text()) : lookup.byUrl(term.text());
            case HANDLE -> lookup.byAcct(term.text(), mayResolve && offset == 0 && term.isRemoteHandle());
            case TEXT -> Optional.empty();
        };
        if (offset == 0) {
            exact.filter(a -> allowed(a, viewer, followingOnly)).ifPresent(a -> found.put(a.id(), a));
        }
        if (term.kind() != SearchTerm.Kind.URL && !term.text().isEmpty()) {
            for (long id : directory.accounts(query(term, viewer, followingOnly), offset, limit)) {
                if (found.size() >= limit) {
                    break;
                }
                lookup.byId(id).ifPresent(a -> found.putIfAbsent(a.id(), a));
            }
        }
        return new ArrayList<>(found.values()).subList(0, Math.min(limit, found.size()));
    }

    private static AccountQuery query(SearchTerm term, Account viewer, boolean followingOnly) {
        Long followerId = followingOnly && viewer != null ? viewer.id() : null;
        Long viewerId = viewer == null ? null : viewer.id();
        if (term.kind() == SearchTerm.Kind.HANDLE) {
            String displayName = term.domain() == null ? term.username() : null;
            return new AccountQuery(term.username(), displayName, term.domain(), followerId, viewerId);
        }
        // Free text matches display names only; no username contains spaces or punctuation.
        return new AccountQuery(null, term.text().toLowerCase(Locale.ROOT), null, followerId, viewerId);
    }

    private boolean allowed(Account account, Account viewer, boolean followingOnly) {
        if (viewer == null) {
            return true;
        }
        if (blocks.eitherBlocks(viewer.id(), account.id())) {
            return false;
        }
        return !followingOnly || follows.isFollowing(viewer.id(), account.id());
    }
}
