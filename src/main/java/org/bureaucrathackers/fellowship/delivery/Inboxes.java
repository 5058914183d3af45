package org.bureaucrathackers.fellowship.delivery;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.bureaucrathackers.fellowship.outbox.Actor;

/** Where to deliver for a set of recipients: one inbox per server where the server has a shared inbox. */
public final class Inboxes {

    private Inboxes() {
    }

    /**
     * The distinct inboxes of the remote, not deleted recipients, in the order first seen: each account's shared
     * inbox when it has one (V6), its own inbox otherwise (V7). Local accounts are left out: they are not
     * delivered to over HTTP.
     */
    public static List<String> forRecipients(Collection<? extends Actor> recipients) {
        Set<String> inboxes = new LinkedHashSet<>();
        for (Actor account : recipients) {
            if (account.isLocal() || account.isDeleted()) {
                continue;
            }
            String inbox = present(account.sharedInboxUrl()) ? account.sharedInboxUrl() : account.inboxUrl();
            if (present(inbox)) {
                inboxes.add(inbox);
            }
        }
        return List.copyOf(inboxes);
    }

    private static boolean present(String url) {
        return url != null && !url.isBlank();
    }
}
