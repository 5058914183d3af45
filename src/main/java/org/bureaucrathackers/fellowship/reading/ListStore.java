package org.bureaucrathackers.fellowship.reading;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.bureaucrathackers.fellowship.paging.PageRequest;
import org.bureaucrathackers.fellowship.paging.Slice;
import org.bureaucrathackers.fellowship.post.Status;

/**
 * Lists and their members. A member counts only while the owner follows it (or is the owner): listings and
 * timelines leave out accounts the owner stopped following.
 */
public interface ListStore {

    void insert(AccountList list);

    /** Replaces the title, replies policy and exclusivity. */
    void update(AccountList list);

    /** Removes a list and its memberships. */
    void delete(long listId);

    Optional<AccountList> find(long listId);

    /** The owner's lists, oldest first, at most {@code limit}. */
    List<AccountList> ofOwner(long ownerId, int limit);

    long countOfOwner(long ownerId);

    /** The owner's lists that have {@code memberId} as a member, oldest first, at most {@code limit}. */
    List<AccountList> ofOwnerWithMember(long ownerId, long memberId, int limit);

    /** Whether {@code accountId} is on the list (whatever the follow). */
    boolean hasMember(long listId, long accountId);

    /** How many accounts are on the list (whatever the follows). */
    long countMembers(long listId);

    /** Puts the account on the list; an account already on it stays as it is. */
    void addMember(long membershipId, long listId, long accountId);

    /** Takes the accounts off the list; accounts not on it are ignored. */
    void removeMembers(long listId, Collection<Long> accountIds);

    /** The list's members, most recently added first. */
    Slice<ListMember> members(AccountList list, PageRequest page);

    /** All the list's members, most recently added first, at most {@code limit}. */
    List<ListMember> allMembers(AccountList list, int limit);

    /**
     * The list's timeline, newest first: statuses and boosts by members that the owner may see (public,
     * unlisted and followers-only, direct ones only when they mention the owner), replies as the list's policy
     * says, no deleted statuses, no boosts of statuses by accounts that block or are blocked by the owner.
     */
    Slice<Status> timeline(AccountList list, PageRequest page);
}
