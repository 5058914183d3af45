package org.bureaucrathackers.fellowship.mastodon.api.accounts;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.InvalidFellowException;
import org.bureaucrathackers.fellowship.actor.ProfileChanges;
import org.bureaucrathackers.fellowship.actor.ProfileImage;
import org.bureaucrathackers.fellowship.actor.ProfileService;
import org.bureaucrathackers.fellowship.follow.FollowService;
import org.bureaucrathackers.fellowship.http.FieldError;
import org.bureaucrathackers.fellowship.http.HttpError;
import org.bureaucrathackers.fellowship.http.Routes;
import org.bureaucrathackers.fellowship.mastodon.api.media.UploadedFiles;
import org.bureaucrathackers.fellowship.mastodon.entities.AccountEntities;
import org.bureaucrathackers.fellowship.mastodon.http.ApiJson;
import org.bureaucrathackers.fellowship.mastodon.http.ApiParams;
import org.bureaucrathackers.fellowship.mastodon.oauth.ApiAuth;
import org.bureaucrathackers.fellowship.mastodon.oauth.Caller;
import org.bureaucrathackers.fellowship.media.MediaLimits;
import org.bureaucrathackers.fellowship.media.MediaService;
import org.bureaucrathackers.fellowship.post.InvalidPostException;
import org.bureaucrathackers.fellowship.post.PostingDefaults;
import org.bureaucrathackers.fellowship.post.PostingPreferences;
import org.bureaucrathackers.fellowship.post.Status;

/**
 * The caller's own account: {@code verify_credentials} (CredentialAccount, with {@code source} that Elk reads
 * unguarded and {@code username} that toot keeps) and {@code update_credentials} (profile through
 * {@link ProfileService}, so the Update reaches followers; posting defaults through {@link PostingPreferences}).
 */
public final class CredentialsApi implements Routes {

    /** Indexed profile fields read from a form ({@code fields_attributes[i][name]}); more are refused anyway. */
    private static final int MAX_FIELD_INDEX = 16;

    private final ApiAuth auth;
    private final AccountEntities entities;
    private final ProfileService profiles;
    private final PostingPreferences preferences;
    private final FollowService follows;
    private final MediaService media;

    public CredentialsApi(ApiAuth auth, AccountEntities entities, ProfileService profiles,
                          PostingPreferences preferences, FollowService follows, MediaService media) {
        this.media = media;
        this.auth = auth;
        this.entities = entities;
        this.profiles = profiles;
        this.preferences = preferences;
        this.follows = follows;
    }

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.get("/api/v1/accounts/verify_credentials", this::verify);
        routes.patch("/api/v1/accounts/update_credentials", this::update);
    }

    private void verify(Context ctx) {
        // Mastodon 4.3 lets a token with only the "profile" scope read this one endpoint.
        Optional<Caller> profileReader = auth.optional(ctx).filter(c -> c.isUser() && c.allows("profile"));
        Account fellow = profileReader.isPresent() ? profileReader.get().account()
                : auth.user(ctx, "read:accounts").account();
        ApiJson.send(ctx, credential(fellow));
    }

    private void update(Context ctx) {
        Account fellow = auth.user(ctx, "write:accounts").account();
        ApiParams params = ApiParams.of(ctx);
        refuseUnsupported(params);
        ProfileImage avatar = image(fellow, params, "avatar");
        ProfileImage header = image(fellow, params, "header");
        ProfileChanges changes = new ProfileChanges(
                params.string("display_name").orElse(null),
                params.string("note").orElse(null),
                fields(params),
                optionalBool(params, "locked"),
                optionalBool(params, "discoverable"),
                optionalBool(params, "indexable"),
                optionalBool(params, "hide_collections"),
                avatar,
                header);
        PostingDefaults defaults;
        try {
            defaults = preferences.changed(fellow,
                    params.nonBlank("source[privacy]").map(Status.Visibility::parse).orElse(null),
                    optionalBool(params, "source[sensitive]"),
                    params.string("source[language]").orElse(null));
        } catch (InvalidPostException e) {
            throw new HttpError(422, "Validation failed: " + e.getMessage());
        }
        Account updated = fellow;
        if (!changes.isEmpty()) {
            try {
                updated = profiles.update(fellow, changes);
            } catch (InvalidFellowException e) {
                throw new HttpError(422, "Validation failed: " + e.getMessage());
            }
        }
        preferences.save(updated, defaults);
        ApiJson.send(ctx, credential(updated));
    }

    private com.fasterxml.jackson.databind.node.ObjectNode credential(Account fellow) {
        return entities.credential(fellow, preferences.defaults(fellow.id()), profiles.settings(fellow).bioSource(),
                follows.countPendingRequests(fellow));
    }

    /** A new avatar or header sent as a multipart file, re-encoded and stored; null when none was sent. */
    private ProfileImage image(Account fellow, ApiParams params, String field) {
        Optional<UploadedFile> file = params.file(field);
        if (file.isEmpty()) {
            if (params.nonBlank(field).isPresent()) {
                throw new FieldError(field, "send the image as a multipart/form-data file");
            }
            return null;
        }
        byte[] content = UploadedFiles.read(file.get(), field, MediaLimits.MAX_PROFILE_IMAGE_BYTES);
        return UploadedFiles.answer(() -> media.profileImage(fellow, content, field));
    }

    /** Automated (bot) accounts are not supported: say so rather than ignore the flag. */
    private static void refuseUnsupported(ApiParams params) {
        if (optionalBool(params, "bot") == Boolean.TRUE) {
            throw new HttpError(422, "Bot accounts are not supported");
        }
    }

    /**
     * Profile fields as clients send them: {@code fields_attributes[i][name|value]} (forms, multipart, JSON
     * objects keyed by index) or a JSON array of {@code {name, value}}; null when none were sent. Fields with
     * neither a name nor a value are dropped, as Mastodon drops them.
     */
    static List<ProfileChanges.Field> fields(ApiParams params) {
        List<ProfileChanges.Field> fields = new ArrayList<>();
        boolean sent = false;
        for (int i = 0; i < MAX_FIELD_INDEX; i++) {
            Optional<String> name = params.string("fields_attributes[" + i + "][name]");
            Optional<String> value = params.string("fields_attributes[" + i + "][value]");
            sent |= name.isPresent() || value.isPresent();
            add(fields, name.orElse(""), value.orElse(""));
        }
        if (params.has("fields_attributes[" + MAX_FIELD_INDEX + "][name]")) {
            throw new HttpError(422, "Validation failed: a profile has at most " + ProfileService.MAX_FIELDS
                    + " fields");
        }
        List<String> names = params.list("fields_attributes[][name]");
        List<String> values = params.list("fields_attributes[][value]");
        if (!names.isEmpty() || !values.isEmpty()) {
            sent = true;
            if (names.size() != values.size()) {
                throw new HttpError(422, "Validation failed: every profile field needs a name and a value");
            }
            for (int i = 0; i < names.size(); i++) {
                add(fields, names.get(i), values.get(i));
            }
        }
        sent |= params.has("fields_attributes");
        return sent ? fields : null;
    }

    private static void add(List<ProfileChanges.Field> fields, String name, String value) {
        if (!name.isBlank() || !value.isBlank()) {
            fields.add(new ProfileChanges.Field(name, value));
        }
    }

    /** A boolean that was sent, or null when it was not (so the setting stays). */
    static Boolean optionalBool(ApiParams params, String name) {
        return params.nonBlank(name).isPresent() ? params.bool(name, false) : null;
    }
}
