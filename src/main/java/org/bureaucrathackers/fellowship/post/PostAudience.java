package org.bureaucrathackers.fellowship.post;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.AccountStore;
import org.bureaucrathackers.fellowship.uri.LocalUris;

/**
 * Who a local post reaches: the accounts its text mentions, the author of the post it replies to, and what a
 * feature addresses besides; and the post it replies to, checked. Mentions may need WebFinger: use it outside
 * transactions.
 */
final class PostAudience {

    private static final int MAX_URI = 2048;

    private final AccountStore accounts;
    private final MentionResolver mentionResolver;
    private final Statuses lookup;
    private final TombstoneStore tombstones;
    private final StatusAccess access;
    private final LocalUris uris;

    PostAudience(AccountStore accounts, MentionResolver mentionResolver, Statuses lookup, TombstoneStore tombstones,
                 StatusAccess access, LocalUris uris) {
        this.accounts = accounts;
        this.mentionResolver = mentionResolver;
        this.lookup = lookup;
        this.tombstones = tombstones;
        this.access = access;
        this.uris = uris;
    }

    /** The post replied to: known here (ids, thread), or only its IRI (a remote post not fetched yet). */
    record Parent(String uri, Long id, Long authorId, String conversationUri) {
        static final Parent NONE = new Parent(null, null, null, null);
    }

    /** The account a mention names: a local fellow or community, or a remote account found by WebFinger. */
    Optional<Account> findMentioned(String username, String domain) {
        if (domain == null || domain.equalsIgnoreCase(uris.domain())) {
            // Fellows and communities (which announce what mentions them); never the instance actor.
            return accounts.findLocal(username).filter(a -> a.actorType() == Account.ActorType.Person
                    || a.actorType() == Account.ActorType.Group);
        }
        return mentionResolver.resolve(username, domain.toLowerCase(Locale.ROOT));
    }

    /**
     * The mentioned accounts and those a feature addresses, plus the author of the post replied to, so the reply
     * reaches them; never the author.
     */
    List<Account> addressees(List<Account> mentioned, List<Account> alsoAddressed, Long parentAuthorId,
                             Account author) {
        List<Account> all = new ArrayList<>(mentioned);
        all.addAll(alsoAddressed);
        Map<Long, Account> result = byId(all);
        result.remove(author.id());
        if (parentAuthorId != null && parentAuthorId != author.id() && !result.containsKey(parentAuthorId)) {
            accounts.findById(parentAuthorId).filter(a -> !a.isDeleted()).ifPresent(a -> result.put(a.id(), a));
        }
        return List.copyOf(result.values());
    }

    /** The post {@code author} replies to, or {@link Parent#NONE}. */
    Parent parent(Account author, String inReplyTo) {
        if (inReplyTo == null || inReplyTo.isBlank()) {
            return Parent.NONE;
        }
        String uri = inReplyTo.strip();
        if (uri.length() > MAX_URI || !(uri.startsWith("https://") || uri.startsWith("http://"))) {
            throw new InvalidPostException("the post to reply to must be an http(s) URL");
        }
        Optional<Status> known = lookup.byUriOrUrl(uri);
        if (known.isEmpty()) {
            if (tombstones.deletedAt(uri).isPresent()) {
                throw new InvalidPostException("the post to reply to was deleted");
            }
            if (uris.isLocal(uri)) {
                throw new InvalidPostException("there is no post " + uri + " to reply to");
            }
            return new Parent(uri, null, null, null);
        }
        Status status = known.get();
        if (status.isBoost() || !access.canSee(author, status)) {
            throw new InvalidPostException("there is no post " + uri + " to reply to");
        }
        return new Parent(status.uri(), status.id(), status.accountId(), status.conversationUri());
    }

    static Map<Long, Account> byId(List<Account> accounts) {
        Map<Long, Account> result = new LinkedHashMap<>();
        accounts.forEach(a -> result.putIfAbsent(a.id(), a));
        return result;
    }
}
