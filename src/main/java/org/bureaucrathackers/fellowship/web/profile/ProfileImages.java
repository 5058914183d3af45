package org.bureaucrathackers.fellowship.web.profile;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.ProfileImage;
import org.bureaucrathackers.fellowship.media.InvalidMediaException;
import org.bureaucrathackers.fellowship.media.MediaLimits;
import org.bureaucrathackers.fellowship.media.MediaService;
import org.bureaucrathackers.fellowship.web.Visit;

/**
 * The avatar and header a profile form uploads: read within {@link MediaLimits#MAX_PROFILE_IMAGE_BYTES} and
 * re-encoded by the media service, whose refusals become messages next to the file control.
 */
final class ProfileImages {

    static final String AVATAR = "avatar";
    static final String HEADER = "header";

    private final MediaService media;

    ProfileImages(MediaService media) {
        this.media = media;
    }

    /** The file sent as {@code field}; none when the control was left empty (browsers send an empty part). */
    static Optional<UploadedFile> sent(Context ctx, String field) {
        if (!ctx.isMultipartFormData()) {
            return Optional.empty();
        }
        UploadedFile file = ctx.uploadedFile(field);
        if (file == null || (file.size() == 0 && (file.filename() == null || file.filename().isEmpty()))) {
            return Optional.empty();
        }
        return Optional.of(file);
    }

    /** Says what is wrong with a file that can be told without decoding it: its size. */
    static void checkSize(Context ctx, String field, Map<String, String> errors, Visit visit) {
        sent(ctx, field).filter(f -> f.size() > MediaLimits.MAX_PROFILE_IMAGE_BYTES)
                .ifPresent(f -> errors.put(field, message(field, visit)));
    }

    /** The stored image, or null when none was sent; a refused file puts its message in {@code errors}. */
    ProfileImage store(Context ctx, Account fellow, String field, Map<String, String> errors, Visit visit) {
        Optional<UploadedFile> file = sent(ctx, field);
        if (file.isEmpty()) {
            return null;
        }
        byte[] content;
        try (InputStream in = file.get().content()) {
            content = in.readNBytes(MediaLimits.MAX_PROFILE_IMAGE_BYTES + 1);
        } catch (IOException e) {
            errors.put(field, message(field, visit));
            return null;
        }
        if (content.length > MediaLimits.MAX_PROFILE_IMAGE_BYTES) {
            errors.put(field, message(field, visit));
            return null;
        }
        try {
            return media.profileImage(fellow, content, field);
        } catch (InvalidMediaException e) {
            errors.put(field, message(field, visit));
            return null;
        }
    }

    private static String message(String field, Visit visit) {
        return visit.format("settingsprofile.error." + field, MediaLimits.MAX_PROFILE_IMAGE_BYTES / (1024 * 1024));
    }
}
