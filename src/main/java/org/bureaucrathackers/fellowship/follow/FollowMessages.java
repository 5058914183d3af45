package org.bureaucrathackers.fellowship.follow;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.ids.Ids;
import org.bureaucrathackers.fellowship.notification.Notifications;
import org.bureaucrathackers.fellowship.outbox.OutboundActivities;
import org.bureaucrathackers.fellowship.uri.LocalUris;

/**
 * What each side hears of a follow or a block: remote accounts an activity, local ones a notification.
 * Shared by the services of this package so that sending, receiving and blocking say it the same way.
 */
final class FollowMessages {

    private final OutboundActivities outbound;
    private final Notifications notifications;
    private final LocalUris uris;
    private final Ids ids;
    private final Clock clock;

    FollowMessages(OutboundActivities outbound, Notifications notifications, LocalUris uris, Ids ids, Clock clock) {
        this.outbound = outbound;
        this.notifications = notifications;
        this.uris = uris;
        this.ids = ids;
        this.clock = clock;
    }

    /** A local target hears of a new follower, or of a request waiting for its answer (repeats are ignored). */
    void notifyTarget(Follow follow, Account follower, Account target) {
        if (!target.isLocal()) {
            return;
        }
        if (follow.state() == Follow.State.ACCEPTED) {
            notifications.followed(target, follower, follow.id());
        } else {
            notifications.followRequested(target, follower, follow.id());
        }
    }

    /** Each Accept gets its own id: a repeated Follow's Accept must not be taken for the first one's duplicate. */
    void sendAccept(Follow follow, Account follower, Account target) {
        send(target, FollowDocuments.accept(uris.acceptActivity(target.uri(), ids.next()), follow.uri(), follower,
                target), follower);
    }

    /** Sends to a remote account; between local accounts the database already says everything. */
    void send(Account from, ObjectNode activity, Account to) {
        if (!to.isLocal()) {
            outbound.publish(from, activity, List.of(to), false);
        }
    }

    static void requireLocal(Account account, String action) {
        if (!account.isLocal() || account.isDeleted()) {
            throw new InvalidFollowException("only a fellow of this instance can " + action + " here");
        }
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
