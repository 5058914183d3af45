package org.bureaucrathackers.fellowship.actor;

/** A fellow's avatar or header as stored: where it is served and its media type. */
public record ProfileImage(String url, String mediaType) {
}
