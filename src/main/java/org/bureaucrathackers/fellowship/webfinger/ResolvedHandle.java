package org.bureaucrathackers.fellowship.webfinger;

import org.bureaucrathackers.fellowship.actor.Account;

/** An account found from what someone typed, with the handle to show for it ({@code user@host[:port]}). */
public record ResolvedHandle(Account account, String handle) {
}
