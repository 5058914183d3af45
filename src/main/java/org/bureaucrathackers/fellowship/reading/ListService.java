package org.bureaucrathackers.fellowship.reading;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.AccountStore;
import org.bureaucrathackers.fellowship.follow.FollowStore;
import org.bureaucrathackers.fellowship.ids.Ids;
import org.bureaucrathackers.fellowship.paging.PageRequest;
import org.bureaucrathackers.fellowship.paging.Slice;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.transaction.Transactions;

/**
 * Lists as Mastodon keeps them: owned by one fellow, holding accounts the fellow follows, read as a timeline.
 * Someone else's list looks exactly like a list that does not exist.
 */
public final class ListService {

    public static final int MAX_LISTS = 50;
    public static final int MAX_MEMBERS = 1_000;
    public static final int MAX_TITLE = 255;
    /** Accounts added or removed in one request. */
    public static final int MAX_ACCOUNTS_PER_CHANGE = 250;

    private final Transactions transactions;
    private final ListStore lists;
    private final AccountStore accounts;
    private final FollowStore follows;
    private final Ids ids;
    private final Clock clock;

    public ListService(Transactions transactions, ListStore lists, AccountStore accounts, FollowStore follows, Ids ids,
                       Clock clock) {
        this.transactions = transactions;
        this.lists = lists;
        this.accounts = accounts;
        this.follows = follows;
        this.ids = ids;
        this.clock = clock;
    }

    /** @param policy null for Mastodon's default, replies to other members */
    public AccountList create(Account owner, String title, AccountList.RepliesPolicy policy, boolean exclusive) {
        String checked = title(title);
        return transactions.inTransaction(() -> {
            if (lists.countOfOwner(owner.id()) >= MAX_LISTS) {
                throw new InvalidReadingException("Validation failed: a fellow can have at most " + MAX_LISTS
                        + " lists");
            }
            AccountList list = new AccountList(ids.next(), owner.id(), checked,
                    policy == null ? AccountList.RepliesPolicy.LIST : policy, exclusive,
                    clock.instant().truncatedTo(ChronoUnit.MILLIS));
            lists.insert(list);
            return list;
        });
    }

    /** Changes what is given (null: unchanged). */
    public AccountList update(Account owner, long listId, String title, AccountList.RepliesPolicy policy,
                              Boolean exclusive) {
        AccountList list = owned(owner, listId);
        AccountList changed = list.with(title == null ? list.title() : title(title),
                policy == null ? list.repliesPolicy() : policy, exclusive == null ? list.exclusive() : exclusive);
        lists.update(changed);
        return changed;
    }

    public void delete(Account owner, long listId) {
        lists.delete(owned(owner, listId).id());
    }

    /** The owner's list, or {@link UnknownRecordException}. */
    public AccountList owned(Account owner, long listId) {
        return lists.find(listId).filter(list -> list.accountId() == owner.id())
                .orElseThrow(() -> new UnknownRecordException("no list " + listId));
    }

    public List<AccountList> lists(Account owner) {
        return lists.ofOwner(owner.id(), MAX_LISTS);
    }

    /** The owner's lists that {@code memberId} is on; {@link UnknownRecordException} when there is no such account. */
    public List<AccountList> listsWith(Account owner, long memberId) {
        accounts.findById(memberId).filter(a -> !a.isDeleted())
                .orElseThrow(() -> new UnknownRecordException("no account " + memberId));
        return lists.ofOwnerWithMember(owner.id(), memberId, MAX_LISTS);
    }

    /**
     * Puts accounts on the list, all or none: each must exist and be followed by the owner (or be the owner),
     * else {@link UnknownRecordException}, as Mastodon answers; one already on the list is refused.
     */
    public void addMembers(Account owner, long listId, List<Long> accountIds) {
        Set<Long> wanted = requested(accountIds);
        transactions.run(() -> {
            AccountList list = owned(owner, listId);
            for (long accountId : wanted) {
                Optional<Account> account = accounts.findById(accountId).filter(a -> !a.isDeleted());
                if (account.isEmpty()) {
                    throw new UnknownRecordException("no account " + accountId);
                }
                if (accountId != owner.id() && !follows.isFollowing(owner.id(), accountId)) {
                    throw new UnknownRecordException("you do not follow account " + accountId);
                }
                if (lists.hasMember(list.id(), accountId)) {
                    throw new InvalidReadingException("Validation failed: Account has already been taken");
                }
            }
            if (lists.countMembers(list.id()) + wanted.size() > MAX_MEMBERS) {
                throw new InvalidReadingException("Validation failed: a list holds at most " + MAX_MEMBERS
                        + " accounts");
            }
            for (long accountId : wanted) {
                lists.addMember(ids.next(), list.id(), accountId);
            }
        });
    }

    /** Takes accounts off the list; those not on it are ignored. */
    public void removeMembers(Account owner, long listId, List<Long> accountIds) {
        Set<Long> unwanted = requested(accountIds);
        lists.removeMembers(owned(owner, listId).id(), unwanted);
    }

    public Slice<ListMember> members(Account owner, long listId, PageRequest page) {
        return lists.members(owned(owner, listId), page);
    }

    /** Every member at once (Mastodon's {@code limit=0}), bounded by {@link #MAX_MEMBERS}. */
    public List<ListMember> allMembers(Account owner, long listId) {
        return lists.allMembers(owned(owner, listId), MAX_MEMBERS);
    }

    public Slice<Status> timeline(Account owner, long listId, PageRequest page) {
        return lists.timeline(owned(owner, listId), page);
    }

    private static String title(String title) {
        String stripped = title == null ? "" : title.strip();
        if (stripped.isEmpty()) {
            throw new InvalidReadingException("Validation failed: Title can't be blank");
        }
        if (stripped.length() > MAX_TITLE) {
            throw new InvalidReadingException("Validation failed: Title is too long (at most " + MAX_TITLE
                    + " characters)");
        }
        return stripped;
    }

    private static Set<Long> requested(List<Long> accountIds) {
        if (accountIds.isEmpty()) {
            throw new InvalidReadingException("account_ids[] must name at least one account");
        }
        if (accountIds.size() > MAX_ACCOUNTS_PER_CHANGE) {
            throw new InvalidReadingException("at most " + MAX_ACCOUNTS_PER_CHANGE + " accounts at a time");
        }
        return new LinkedHashSet<>(accountIds);
    }
}
