package org.bureaucrathackers.fellowship.mastodon.api.media;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import io.javalin.router.JavalinDefaultRoutingApi;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.http.FieldError;
import org.bureaucrathackers.fellowship.http.HttpError;
import org.bureaucrathackers.fellowship.http.Routes;
import org.bureaucrathackers.fellowship.mastodon.entities.ApiIds;
import org.bureaucrathackers.fellowship.mastodon.entities.MediaEntities;
import org.bureaucrathackers.fellowship.mastodon.http.ApiJson;
import org.bureaucrathackers.fellowship.mastodon.http.ApiParams;
import org.bureaucrathackers.fellowship.mastodon.oauth.ApiAuth;
import org.bureaucrathackers.fellowship.media.MediaAttachment;
import org.bureaucrathackers.fellowship.media.MediaLimits;
import org.bureaucrathackers.fellowship.media.MediaService;
import org.bureaucrathackers.fellowship.media.MediaUpload;

/**
 * Mastodon's media endpoints: upload ({@code /api/v1/media} and {@code /api/v2/media}, multipart {@code file},
 * {@code description}, {@code focus}), show, describe and delete one's own uploads. As Mastodon: v1 processes
 * before it answers; v2 answers 200 when it did, and 202 with {@code url: null} for a large image it processes
 * in the background; show answers 206 until that is done, then 200.
 */
public final class MediaApi implements Routes {

    private static final String SCOPE = "write:media";

    private final ApiAuth auth;
    private final MediaService media;

    public MediaApi(ApiAuth auth, MediaService media) {
        this.auth = auth;
        this.media = media;
    }

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.post("/api/v1/media", ctx -> upload(ctx, false));
        routes.post("/api/v2/media", ctx -> upload(ctx, true));
        routes.get("/api/v1/media/{id}", this::show);
        routes.put("/api/v1/media/{id}", this::describe);
        routes.delete("/api/v1/media/{id}", this::delete);
    }

    private void upload(Context ctx, boolean mayDefer) {
        Account owner = auth.user(ctx, SCOPE).account();
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(java.util.Locale.ROOT);
        if (!type.startsWith("multipart/form-data")) {
            throw new HttpError(415, "Send the file as multipart/form-data, in the field \"file\"");
        }
        ApiParams params = ApiParams.of(ctx);
        UploadedFile file = params.file("file").orElseThrow(() -> new FieldError("file", "a file is required"));
        if (params.file("thumbnail").isPresent()) {
            throw new FieldError("thumbnail", "custom thumbnails are only for audio and video, which are not taken");
        }
        byte[] content = UploadedFiles.read(file, "file", MediaLimits.maxFileBytes());
        MediaAttachment uploaded = UploadedFiles.answer(() -> media.upload(owner, new MediaUpload(content, "file",
                params.string("description").orElse(null), params.string("focus").orElse(null)), mayDefer));
        ApiJson.send(ctx, uploaded.isProcessing() ? 202 : 200, entity(uploaded));
    }

    private void show(Context ctx) {
        Account owner = auth.user(ctx, SCOPE).account();
        MediaAttachment shown = own(owner, ctx);
        if (shown.state() == MediaAttachment.State.FAILED) {
            throw new FieldError("file", "the file could not be processed; upload it again");
        }
        ApiJson.send(ctx, shown.isProcessing() ? 206 : 200, entity(shown));
    }

    private void describe(Context ctx) {
        Account owner = auth.user(ctx, SCOPE).account();
        long id = own(owner, ctx).id();
        ApiParams params = ApiParams.of(ctx);
        MediaAttachment changed = UploadedFiles.answer(() -> media.describe(owner, id,
                params.string("description").orElse(null), params.string("focus").orElse(null)));
        ApiJson.send(ctx, entity(changed));
    }

    private void delete(Context ctx) {
        Account owner = auth.user(ctx, SCOPE).account();
        MediaAttachment gone = own(owner, ctx);
        UploadedFiles.answer(() -> {
            media.delete(owner, gone.id());
            return null;
        });
        ApiJson.send(ctx, entity(gone));
    }

    private MediaAttachment own(Account owner, Context ctx) {
        return ApiIds.parse(ctx.pathParam("id")).flatMap(id -> media.own(owner, id))
                .orElseThrow(() -> new HttpError(404, "Record not found"));
    }

    private com.fasterxml.jackson.databind.node.ObjectNode entity(MediaAttachment uploaded) {
        return MediaEntities.entity(ApiIds.format(uploaded.id()), media.attachment(uploaded));
    }
}
