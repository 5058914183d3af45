package org.bureaucrathackers.fellowship.vocab;

/** A media attachment of a remote post; {@code description} is its alt text ({@code name} or {@code summary}). */
public record RemoteAttachment(String type, String url, String mediaType, String description) {
}
