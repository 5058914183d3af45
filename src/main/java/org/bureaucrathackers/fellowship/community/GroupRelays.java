package org.bureaucrathackers.fellowship.community;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.AccountStore;
import org.bureaucrathackers.fellowship.ids.Ids;
import org.bureaucrathackers.fellowship.json.Json;
import org.bureaucrathackers.fellowship.outbox.OutboundActivities;
import org.bureaucrathackers.fellowship.post.Addressing;
import org.bureaucrathackers.fellowship.post.BoostStore;
import org.bureaucrathackers.fellowship.post.DeletedStatus;
import org.bureaucrathackers.fellowship.post.NoteDocuments;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.post.StatusDocuments;
import org.bureaucrathackers.fellowship.transaction.Transactions;
import org.bureaucrathackers.fellowship.uri.LocalUris;

/**
 * FEP-1b12: when a post a community announced is edited or deleted by its author, the community announces the
 * author's {@code Update} or {@code Delete} to its members, whose servers may follow neither the author nor the
 * post otherwise. For a post written here the inner activity is the one its author sent; for a post from another
 * server it is rebuilt from the stored post with the ids Mastodon gives such activities, since only the author's
 * server can vouch for it: receivers check it against the post's origin either way.
 */
public final class GroupRelays {

    /** Boosters looked at per post: enough for every community here that announced it. */
    private static final int MAX_CHECKED = 1_000;

    private final Transactions transactions;
    private final AccountStore accounts;
    private final BoostStore boosts;
    private final CommunityService communities;
    private final StatusDocuments documents;
    private final OutboundActivities outbound;
    private final LocalUris uris;
    private final Ids ids;

    public GroupRelays(Transactions transactions, AccountStore accounts, BoostStore boosts,
                       CommunityService communities, StatusDocuments documents, OutboundActivities outbound,
                       LocalUris uris, Ids ids) {
        this.transactions = transactions;
        this.accounts = accounts;
        this.boosts = boosts;
        this.communities = communities;
        this.documents = documents;
        this.outbound = outbound;
        this.uris = uris;
        this.ids = ids;
    }

    /** Announces the edit of {@code edited} by every community here that announced it. */
    public void edited(Status edited) {
        if (edited.isBoost() || edited.editedAt() == null) {
            return;
        }
        List<Community> announcers = announcers(boosts.boosterIds(edited.id(), MAX_CHECKED));
        if (announcers.isEmpty()) {
            return;
        }
        Optional<Account> author = accounts.findById(edited.accountId());
        author.ifPresent(a -> relay(announcers, update(edited, a)));
    }

    /** Announces the deletion of a post by every community here that had announced it. */
    public void deleted(DeletedStatus deleted) {
        Status gone = deleted.status();
        if (gone.isBoost()) {
            return;
        }
        List<Community> announcers = announcers(deleted.boosterIds());
        if (announcers.isEmpty()) {
            return;
        }
        accounts.findById(gone.accountId()).ifPresent(author -> relay(announcers, delete(gone, author)));
    }

    private List<Community> announcers(List<Long> boosterIds) {
        return boosterIds.stream().limit(MAX_CHECKED).map(accounts::findById).flatMap(Optional::stream)
                .map(communities::of).flatMap(Optional::stream)
                .filter(community -> !community.account().isDeleted()).toList();
    }

    private ObjectNode update(Status edited, Account author) {
        if (author.isLocal()) {
            return documents.update(edited, author);
        }
        ObjectNode update = Json.object();
        update.put("id", uris.statusUpdate(edited.uri(), edited.editedAt().getEpochSecond()));
        update.put("type", "Update");
        update.put("actor", author.uri());
        update.put("object", edited.uri());
        return update;
    }

    private ObjectNode delete(Status gone, Account author) {
        if (author.isLocal()) {
            return documents.delete(gone, author);
        }
        ObjectNode delete = Json.object();
        delete.put("id", uris.statusDelete(gone.uri()));
        delete.put("type", "Delete");
        delete.put("actor", author.uri());
        delete.put("object", gone.uri());
        return delete;
    }

    /** One Announce of {@code inner} per community, to its members (followers) wherever they are. */
    private void relay(List<Community> announcers, ObjectNode inner) {
        transactions.run(() -> {
            for (Community community : announcers) {
                Account group = community.account();
                ObjectNode announce = Json.object();
                announce.put("id", group.uri() + "#relays/" + ids.next());
                announce.put("type", "Announce");
                announce.put("actor", group.uri());
                announce.putArray("to").add(Addressing.PUBLIC);
                announce.putArray("cc").add(group.followersUrl());
                announce.set("object", inner.deepCopy());
                outbound.publish(group, NoteDocuments.withContext(announce), List.of(), true);
            }
        });
    }
}
