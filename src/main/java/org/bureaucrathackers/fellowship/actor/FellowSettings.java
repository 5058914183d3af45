package org.bureaucrathackers.fellowship.actor;

/**
 * The parts of a local fellow's profile that are not in the actor document: the bio as typed (Markdown, null
 * when never set through a profile edit) and whether the followers and following lists are hidden from others.
 */
public record FellowSettings(String bioSource, boolean hideCollections) {

    public static final FellowSettings DEFAULT = new FellowSettings(null, false);
}
