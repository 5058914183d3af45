package org.bureaucrathackers.fellowship.mastodon.streaming;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.AccountStore;
import org.bureaucrathackers.fellowship.follow.FollowStore;
import org.bureaucrathackers.fellowship.json.Json;
import org.bureaucrathackers.fellowship.mastodon.entities.NotificationEntities;
import org.bureaucrathackers.fellowship.mastodon.entities.StatusEntities;
import org.bureaucrathackers.fellowship.notification.Notification;
import org.bureaucrathackers.fellowship.post.DeletedStatus;
import org.bureaucrathackers.fellowship.post.MentionTagStore;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.post.StatusStore;
import org.bureaucrathackers.fellowship.post.TimelineStore;

/**
 * Decides who hears of what, as Mastodon's fan-out does, and renders it. Public posts (not replies to others)
 * go to the public streams, narrowed by origin and media, and to the streams of their hashtags, rendered once
 * for everyone and withheld from listeners who hide the author (a block either way, a mute). A status goes to
 * the home stream ({@code user}) of each listener whose home timeline shows it, rendered for them.
 * Notifications go to their recipient's {@code user} and {@code user:notification} streams. A stream never
 * carries a status to someone who cannot see it.
 */
public final class StreamRouter {

    /** Whether a listener wants nothing of an author on the public streams: a block either way, or a mute. */
    @FunctionalInterface
    public interface Hiding {
        boolean hides(long listenerId, long authorId);
    }

    static final String UPDATE = "update";
    static final String STATUS_UPDATE = "status.update";
    static final String DELETE = "delete";
    static final String NOTIFICATION = "notification";
    private static final Predicate<Channel> HOME = channel -> channel.name().equals(Channel.USER);

    private final EventHub hub;
    private final AccountStore accounts;
    private final StatusStore statuses;
    private final MentionTagStore mentionTags;
    private final TimelineStore timelines;
    private final FollowStore follows;
    private final Hiding hiding;
    private final StatusEntities statusEntities;
    private final NotificationEntities notificationEntities;

    public StreamRouter(EventHub hub, AccountStore accounts, StatusStore statuses, MentionTagStore mentionTags,
                        TimelineStore timelines, FollowStore follows,
                        Hiding hiding, StatusEntities statusEntities,
                        NotificationEntities notificationEntities) {
        this.hub = hub;
        this.accounts = accounts;
        this.statuses = statuses;
        this.mentionTags = mentionTags;
        this.timelines = timelines;
        this.follows = follows;
        this.hiding = hiding;
        this.statusEntities = statusEntities;
        this.notificationEntities = notificationEntities;
    }

    /** A post or boost was stored: {@code update} to the timelines that show it. */
    void published(Status status) {
        route(status, UPDATE);
    }

    /** A post was edited: {@code status.update} wherever it was shown. */
    void edited(Status status) {
        route(status, STATUS_UPDATE);
    }

    /** A status is gone: its id as {@code delete} to the timelines that could have shown it. */
    void deleted(DeletedStatus deleted) {
        Status status = deleted.status();
        Optional<Account> author = accounts.findById(status.accountId());
        if (author.isEmpty()) {
            return;
        }
        String id = Long.toString(status.id());
        if (!status.isBoost() && status.visibility() == Status.Visibility.PUBLIC) {
            boolean local = author.get().isLocal();
            hub.publish(channel -> channel.isPublic() && fromWhere(channel, local)
                            || channel.isHashtag() && deleted.tags().contains(channel.tagKey()) && fromWhere(channel, local),
                    connection -> true, DELETE, id);
        }
        // The status is gone, so who had it at home is judged from what it was: an id alone reveals little.
        for (Connection connection : hub.listening(HOME)) {
            long viewer = connection.account().id();
            if (viewer == status.accountId() || deleted.mentionedAccountIds().contains(viewer)
                    || status.visibility() != Status.Visibility.DIRECT && follows.isFollowing(viewer, status.accountId())) {
                hub.publishTo(connection, HOME, DELETE, id);
            }
        }
    }

    /** A notification was committed: to its recipient's own streams. */
    void notified(Notification notification) {
        String payload = null;
        for (Connection connection : hub.listening(Channel::isUser)) {
            Account viewer = connection.account();
            if (viewer.id() != notification.recipientId()) {
                continue;
            }
            if (payload == null) {
                Optional<String> rendered = notificationEntities.notification(notification, viewer).map(Json::write);
                if (rendered.isEmpty()) {
                    return;
                }
                payload = rendered.get();
            }
            hub.publishTo(connection, Channel::isUser, NOTIFICATION, payload);
        }
    }

    private void route(Status status, String event) {
        Optional<Account> author = accounts.findById(status.accountId()).filter(a -> !a.isDeleted());
        if (author.isEmpty()) {
            return;
        }
        if (!status.isBoost()) {
            toPublic(status, author.get(), event);
        }
        toHomes(status, event);
    }

    /** Public posts to the public and hashtag streams; replies to others stay off the public ones, as in Mastodon. */
    private void toPublic(Status status, Account author, String event) {
        if (status.visibility() != Status.Visibility.PUBLIC
                || !hub.anyListening(channel -> channel.isPublic() || channel.isHashtag())) {
            return;
        }
        boolean local = author.isLocal();
        boolean reply = status.isReplyToOthers();
        boolean media = !statuses.attachments(status.id()).isEmpty();
        List<String> tags = mentionTags.tags(status.id());
        Predicate<Channel> channels = channel -> channel.isPublic() && !reply && fromWhere(channel, local)
                && (!channel.onlyMedia() || media)
                || channel.isHashtag() && tags.contains(channel.tagKey()) && fromWhere(channel, local);
        if (!hub.anyListening(channels)) {
            return;
        }
        String payload = Json.write(statusEntities.status(status, null));
        hub.publish(channels, connection -> connection.account() == null
                || !hiding.hides(connection.account().id(), author.id()), event, payload);
    }

    /**
     * To the home stream of whoever has {@code status} in their home timeline, by the very rules the home
     * timeline is read by: the author's, and their followers' who may see it (a boost: who may see the original),
     * less mutes, blocks and boosts a follower asked not to see; and that of anyone it mentions.
     */
    private void toHomes(Status status, String event) {
        Map<Long, String> renderedFor = new HashMap<>();
        for (Connection connection : hub.listening(HOME)) {
            Account viewer = connection.account();
            if (!timelines.inHome(viewer.id(), status.id())) {
                continue;
            }
            String payload = renderedFor.computeIfAbsent(viewer.id(),
                    id -> Json.write(statusEntities.status(status, viewer)));
            hub.publishTo(connection, HOME, event, payload);
        }
    }

    /** Whether a post from here ({@code local}) or elsewhere belongs on {@code channel}. */
    private static boolean fromWhere(Channel channel, boolean local) {
        return channel.onlyLocal() ? local : !channel.onlyRemote() || !local;
    }
}
