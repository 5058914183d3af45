package org.bureaucrathackers.fellowship.web;

import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import org.bureaucrathackers.fellowship.http.HttpError;
import org.bureaucrathackers.fellowship.http.Routes;
import org.bureaucrathackers.fellowship.media.FolderMediaStorage;
import org.bureaucrathackers.fellowship.media.MediaStorage;
import org.bureaucrathackers.fellowship.media.MediaStorageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves the media files of the data folder (or of a bucket without a public URL of its own) at {@code /media/{folder}/{file}}. The folder name carries a random
 * secret, so only those the post reached know the address. Files never change once written: they are cached
 * for a year; they are never sniffed or run as pages, and documents are downloaded rather than opened in place.
 */
public final class MediaFileRoutes implements Routes {

    private static final Logger LOG = LoggerFactory.getLogger(MediaFileRoutes.class);

    private final MediaStorage storage;

    public MediaFileRoutes(MediaStorage storage) {
        this.storage = storage;
    }

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.get(FolderMediaStorage.PATH_PREFIX + "{folder}/{file}", this::serve);
    }

    private void serve(Context ctx) {
        String key = ctx.pathParam("folder") + "/" + ctx.pathParam("file");
        if (!FolderMediaStorage.KEY.matcher(key).matches()) {
            throw new HttpError(404, "Not found");
        }
        byte[] content;
        try {
            content = storage.read(key).orElseThrow(() -> new HttpError(404, "Not found"));
        } catch (MediaStorageException e) {
            LOG.warn("media storage: {}", e.getMessage());
            throw new HttpError(502, e.publicMessage());
        }
        String file = ctx.pathParam("file");
        String type = file.endsWith(".png") ? "image/png" : file.endsWith(".gif") ? "image/gif"
                : file.endsWith(".pdf") ? "application/pdf" : "image/jpeg";
        ctx.contentType(type);
        ctx.header("Cache-Control", "public, max-age=31536000, immutable");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Content-Security-Policy", "default-src 'none'; sandbox");
        ctx.header("Access-Control-Allow-Origin", "*");
        if (type.equals("application/pdf")) {
            ctx.header("Content-Disposition", "attachment; filename=\"" + file + "\"");
        }
        ctx.result(content);
    }
}
