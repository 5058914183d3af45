package org.bureaucrathackers.fellowship.mastodon.entities;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.bureaucrathackers.fellowship.json.Json;
import org.bureaucrathackers.fellowship.post.Attachment;

/**
 * Mastodon's MediaAttachment entity, for uploads and for the media of statuses, local or remote. Remote media
 * are shown by this instance's copy when it has one ({@code url} and {@code preview_url} on this host,
 * {@code remote_url} where it came from), and otherwise as links to where they live ({@code url} =
 * {@code remote_url}); every documented key is present.
 */
public final class MediaEntities {

    /** Sizes of a local preview, computed as the preview was made (its longer side at most this). */
    private static final int PREVIEW_SIDE = 640;

    private MediaEntities() {
    }

    public static ObjectNode entity(String id, Attachment attachment) {
        return entity(id, attachment, null);
    }

    /** @param localCopy this instance's copy of a remote file, or null to show it where it lives */
    public static ObjectNode entity(String id, Attachment attachment, String localCopy) {
        ObjectNode json = Json.object();
        json.put("id", id);
        String type = type(attachment);
        json.put("type", type);
        boolean copied = localCopy != null && !attachment.isLocal();
        json.put("url", copied ? localCopy : attachment.url());
        String preview = attachment.previewUrl();
        if (copied) {
            preview = localCopy;
        } else if (preview == null && !attachment.isLocal() && type.equals("image")) {
            preview = attachment.url();
        }
        json.put("preview_url", preview);
        json.put("remote_url", attachment.isLocal() ? null : attachment.url());
        json.putNull("preview_remote_url");
        json.putNull("text_url");
        json.set("meta", meta(attachment));
        json.put("description", attachment.description());
        json.put("blurhash", attachment.blurhash());
        return json;
    }

    private static ObjectNode meta(Attachment attachment) {
        ObjectNode meta = Json.object();
        Integer width = attachment.width();
        Integer height = attachment.height();
        if (width != null && height != null && width > 0 && height > 0) {
            size(meta.putObject("original"), width, height);
            if (attachment.isLocal()) {
                double scale = Math.min(1.0, (double) PREVIEW_SIDE / Math.max(width, height));
                size(meta.putObject("small"), Math.max(1, (int) Math.round(width * scale)),
                        Math.max(1, (int) Math.round(height * scale)));
            }
        }
        if (attachment.focusX() != null && attachment.focusY() != null) {
            meta.putObject("focus").put("x", attachment.focusX()).put("y", attachment.focusY());
        }
        return meta;
    }

    private static void size(ObjectNode into, int width, int height) {
        into.put("width", width);
        into.put("height", height);
        into.put("size", width + "x" + height);
        into.put("aspect", (double) width / height);
    }

    /** Mastodon's kinds: image, gifv, video, audio, unknown (documents). */
    static String type(Attachment attachment) {
        String type = attachment.mediaType() == null ? "" : attachment.mediaType();
        if (type.startsWith("image/gif") && !attachment.isLocal()) {
            return "gifv";
        }
        if (type.startsWith("image/") || "Image".equals(attachment.type())) {
            return "image";
        }
        if (type.startsWith("video/") || "Video".equals(attachment.type())) {
            return "video";
        }
        if (type.startsWith("audio/") || "Audio".equals(attachment.type())) {
            return "audio";
        }
        return "unknown";
    }
}
