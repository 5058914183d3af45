package org.bureaucrathackers.fellowship.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.testing.Accounts;
import org.bureaucrathackers.fellowship.uri.LocalUris;
import org.junit.jupiter.api.Test;

class InboxesTest {

    @Test
    void recipients_on_a_server_with_a_shared_inbox_get_one_delivery() {
        Account ann = Accounts.remote(1, "ann", "mastodon.example");
        Account bob = Accounts.remote(2, "bob", "mastodon.example");
        Account cyd = Accounts.remote(3, "cyd", "other.example");
        assertEquals(List.of("https://mastodon.example/inbox", "https://other.example/inbox"),
                Inboxes.forRecipients(List.of(ann, bob, cyd, ann)));
    }

    @Test
    void recipients_without_a_shared_inbox_get_their_own() {
        Account dee = withSharedInbox(Accounts.remote(4, "dee", "gts.example"), null);
        Account eve = withSharedInbox(Accounts.remote(5, "eve", "gts.example"), " ");
        assertEquals(List.of("https://gts.example/users/dee/inbox", "https://gts.example/users/eve/inbox"),
                Inboxes.forRecipients(List.of(dee, eve)));
    }

    @Test
    void local_and_deleted_accounts_are_not_delivered_to() {
        LocalUris uris = new LocalUris("https://ministry.example", "ministry.example");
        Account local = Accounts.local(uris, 6, "fay", List.of(), null, null, Instant.now(), null);
        Account gone = Accounts.remote(7, "gus", "far.example");
        gone = new Account(gone.id(), gone.username(), gone.domain(), gone.uri(), gone.url(), gone.actorType(),
                gone.displayName(), gone.summaryHtml(), false, true, true, null, null, gone.inboxUrl(),
                gone.sharedInboxUrl(), gone.outboxUrl(), gone.followersUrl(), gone.followingUrl(), null,
                gone.createdAt(), gone.updatedAt(), Instant.now(), List.of());
        assertEquals(List.of(), Inboxes.forRecipients(List.of(local, gone)));
    }

    private static Account withSharedInbox(Account a, String sharedInbox) {
        return new Account(a.id(), a.username(), a.domain(), a.uri(), a.url(), a.actorType(), a.displayName(),
                a.summaryHtml(), false, true, true, null, null, a.inboxUrl(), sharedInbox, a.outboxUrl(),
                a.followersUrl(), a.followingUrl(), null, a.createdAt(), a.updatedAt(), null, List.of());
    }
}
