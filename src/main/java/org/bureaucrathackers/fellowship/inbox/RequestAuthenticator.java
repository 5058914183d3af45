package org.bureaucrathackers.fellowship.inbox;

/** Verifies an inbox request's HTTP signature and names the actor who owns the signing key. */
public interface RequestAuthenticator {

    /**
     * @return the id of the actor owning the key that signed the request
     * @throws InboxRefusal 400 malformed, 401 bad or missing signature,
     *         503 when the key could not be fetched for a transient reason
     */
    String signerOf(InboundRequest request);
}
