package org.bureaucrathackers.fellowship.post;

/** A media file of a remote status: Image, Video, Audio, Document or Link; {@code description} is alt text. */
public record Attachment(String type, String url, String mediaType, String description) {
}
