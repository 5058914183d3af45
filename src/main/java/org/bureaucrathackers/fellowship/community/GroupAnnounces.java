package org.bureaucrathackers.fellowship.community;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.AccountStore;
import org.bureaucrathackers.fellowship.follow.Follow;
import org.bureaucrathackers.fellowship.follow.FollowStore;
import org.bureaucrathackers.fellowship.post.BoostStore;
import org.bureaucrathackers.fellowship.post.InteractionService;
import org.bureaucrathackers.fellowship.post.MentionTagStore;
import org.bureaucrathackers.fellowship.post.Status;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A community announces the posts its members address to it (FEP-1b12): a public or unlisted post, made here or
 * received, that mentions or addresses the community (to, cc, Mention), or replies to a post it announced. The
 * community boosts it, so an Announce of the post goes to its followers on every instance. Only members
 * (accepted followers) are announced, so strangers cannot post through a community; removed posts never again.
 */
public final class GroupAnnounces {

    private static final Logger LOG = LoggerFactory.getLogger(GroupAnnounces.class);
    /** Addressees and boosters looked at per post. */
    private static final int MAX_CHECKED = 100;

    private final AccountStore accounts;
    private final MentionTagStore mentions;
    private final BoostStore boosts;
    private final FollowStore follows;
    private final CommunityService communities;
    private final InteractionService interactions;

    public GroupAnnounces(AccountStore accounts, MentionTagStore mentions, BoostStore boosts, FollowStore follows,
                          CommunityService communities, InteractionService interactions) {
        this.accounts = accounts;
        this.mentions = mentions;
        this.boosts = boosts;
        this.follows = follows;
        this.communities = communities;
        this.interactions = interactions;
    }

    /** Announces {@code status} by every community here it is addressed to and whose member wrote it. */
    public void consider(Status status) {
        if (status.isBoost() || !status.visibility().isOpen()) {
            return;
        }
        Set<Long> candidates = new LinkedHashSet<>(mentions.mentionedAccountIds(status.id()).stream()
                .limit(MAX_CHECKED).toList());
        if (status.inReplyToId() != null) {
            candidates.addAll(boosts.boosterIds(status.inReplyToId(), MAX_CHECKED));
        }
        for (long candidate : candidates) {
            if (candidate == status.accountId()) {
                continue;
            }
            accounts.findById(candidate).flatMap(communities::of)
                    .filter(community -> !community.account().isDeleted())
                    .ifPresent(community -> announce(community, status));
        }
    }

    private void announce(Community community, Status status) {
        Account group = community.account();
        Optional<Follow> membership = follows.find(status.accountId(), group.id());
        if (membership.isEmpty() || membership.get().state() != Follow.State.ACCEPTED) {
            LOG.debug("{} not announced by {}: its author is not a member", status.uri(), group.uri());
            return;
        }
        if (communities.isRemoved(community, status)) {
            return;
        }
        interactions.boost(group, status);
    }
}
