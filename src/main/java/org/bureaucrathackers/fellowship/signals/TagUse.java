package org.bureaucrathackers.fellowship.signals;

/** How often a hashtag was used in a period: in how many statuses, by how many distinct accounts. */
public record TagUse(String name, long uses, long accounts) {
}
