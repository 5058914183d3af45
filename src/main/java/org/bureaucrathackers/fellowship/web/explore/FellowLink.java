package org.bureaucrathackers.fellowship.web.explore;

import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.uri.LocalUris;

/** An account as the lists of these pages show it: its name, its handle ({@code user@domain}) and its page. */
public record FellowLink(String name, String handle, String url) {

    static FellowLink of(Account account, LocalUris uris) {
        String name = account.displayName() == null || account.displayName().isBlank()
                ? account.username() : account.displayName();
        String handle = account.username() + "@" + (account.isLocal() ? uris.domain() : account.domain());
        return new FellowLink(name, handle, account.url() != null ? account.url() : account.uri());
    }
}
