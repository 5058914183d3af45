package org.bureaucrathackers.fellowship.community;

/** What an admin asks for when creating a community; {@code displayName} and {@code description} may be null. */
public record NewCommunity(String name, String displayName, String description, boolean approvalRequired) {
}
