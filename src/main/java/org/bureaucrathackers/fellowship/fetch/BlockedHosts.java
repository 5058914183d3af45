package org.bureaucrathackers.fellowship.fetch;

/**
 * Hosts this instance does not talk to (domain blocks, X17), asked before every outgoing request. A host is
 * given as {@code host[:port]}; a block on a domain covers its subdomains.
 */
@FunctionalInterface
public interface BlockedHosts {

    BlockedHosts NONE = authority -> false;

    boolean isBlocked(String authority);
}
