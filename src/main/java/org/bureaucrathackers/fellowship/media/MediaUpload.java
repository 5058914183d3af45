package org.bureaucrathackers.fellowship.media;

/**
 * A file as received, with its alt text and focal point as sent (both may be null). {@code field} names the
 * request field that carried the file, for messages.
 */
public record MediaUpload(byte[] content, String field, String description, String focus) {
}
