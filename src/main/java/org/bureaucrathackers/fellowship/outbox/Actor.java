package org.bureaucrathackers.fellowship.outbox;

/**
 * An actor as delivery sees it: who sends an activity, or who receives one. Features hand their own account
 * records, which carry these fields, so this package needs none of their types.
 */
public interface Actor {

    /** The local row id; for a sender, the account whose key signs the delivery. */
    long id();

    /** The ActivityPub id. */
    String uri();

    /** The actor's own inbox; may be null or blank for an actor that has none. */
    String inboxUrl();

    /** The shared inbox of its server; may be null or blank. */
    String sharedInboxUrl();

    /** Local actors are not delivered to over HTTP. */
    boolean isLocal();

    boolean isDeleted();
}
