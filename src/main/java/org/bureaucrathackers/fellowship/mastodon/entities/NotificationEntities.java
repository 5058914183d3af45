package org.bureaucrathackers.fellowship.mastodon.entities;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.AccountStore;
import org.bureaucrathackers.fellowship.json.Json;
import org.bureaucrathackers.fellowship.notification.Notification;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.post.StatusAccess;
import org.bureaucrathackers.fellowship.post.StatusStore;

/**
 * The Mastodon Notification entity: id, type, created_at, group_key (4.3; each notification is its own group)
 * and the account it is from; {@code status} is the status it is about, null for follows and requests.
 */
public final class NotificationEntities {

    private final AccountStore accounts;
    private final StatusStore statuses;
    private final StatusAccess access;
    private final AccountEntities accountEntities;
    private final StatusEntities statusEntities;

    public NotificationEntities(AccountStore accounts, StatusStore statuses, StatusAccess access,
                                AccountEntities accountEntities, StatusEntities statusEntities) {
        this.accounts = accounts;
        this.statuses = statuses;
        this.access = access;
        this.accountEntities = accountEntities;
        this.statusEntities = statusEntities;
    }

    /**
     * The entity as {@code viewer} (the recipient) sees it; empty when what it points at is gone or no longer
     * visible to them, so a list never shows a notification with a hole in it.
     */
    public Optional<ObjectNode> notification(Notification notification, Account viewer) {
        Optional<Account> from = accounts.findById(notification.fromAccountId()).filter(a -> !a.isDeleted());
        if (from.isEmpty()) {
            return Optional.empty();
        }
        Status status = null;
        if (notification.statusId() != null) {
            status = statuses.findById(notification.statusId()).filter(s -> access.canSee(viewer, s)).orElse(null);
            if (status == null) {
                return Optional.empty();
            }
        }
        ObjectNode json = Json.object();
        json.put("id", ApiIds.format(notification.id()));
        json.put("type", notification.type().wire());
        json.put("created_at", ApiTimes.datetime(notification.createdAt()));
        json.put("group_key", "ungrouped-" + ApiIds.format(notification.id()));
        json.set("account", accountEntities.account(from.get()));
        json.set("status", status == null ? null : statusEntities.status(status, viewer));
        return Optional.of(json);
    }
}
