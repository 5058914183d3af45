package org.bureaucrathackers.fellowship.follow;

import java.util.List;
import java.util.Optional;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.AccountStore;
import org.bureaucrathackers.fellowship.notification.PostSubscribers;

/** The fellows who follow an author and asked to hear of each of its posts (a follow option). */
public final class PostSubscriptions implements PostSubscribers {

    /** Fellows told of one post because they asked to hear of each of its author's posts. */
    static final int MAX_POST_SUBSCRIBERS = 1_000;

    private final FollowStore follows;
    private final AccountStore accounts;

    public PostSubscriptions(FollowStore follows, AccountStore accounts) {
        this.follows = follows;
        this.accounts = accounts;
    }

    @Override
    public List<Account> of(Account author) {
        return follows.localSubscriberIds(author.id(), MAX_POST_SUBSCRIBERS).stream()
                .map(accounts::findById).flatMap(Optional::stream).toList();
    }
}
