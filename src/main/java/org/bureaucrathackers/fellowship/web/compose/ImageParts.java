package org.bureaucrathackers.fellowship.web.compose;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bureaucrathackers.fellowship.media.InvalidMediaException;
import org.bureaucrathackers.fellowship.media.MediaFormat;
import org.bureaucrathackers.fellowship.media.MediaLimits;
import org.bureaucrathackers.fellowship.web.Visit;

/**
 * The images of a submitted compose form ({@code file_1} to {@code file_4}), read whole but never beyond the
 * media limit, and checked to be images of a kind the media service takes before anything is uploaded.
 */
final class ImageParts {

    private static final Pattern FILE_FIELD = Pattern.compile("^file_(\\d{1,3})$");

    /** An image chosen in slot {@code slot} (from 1). */
    record ImagePart(int slot, byte[] content) {
    }

    private ImageParts() {
    }

    /** Whether the body of a multipart form can be read at all (within the server's limits). */
    static boolean readable(Context ctx) {
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        if (!type.startsWith("multipart/form-data")) {
            return true;
        }
        try {
            ctx.formParamMap();
            ctx.uploadedFileMap();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The images chosen, in slot order; what is wrong with them goes to {@code errors}, next to their field. */
    static List<ImagePart> read(Context ctx, FormErrors errors, Visit visit) {
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        if (!type.startsWith("multipart/form-data")) {
            return List.of();
        }
        List<ImagePart> images = new ArrayList<>();
        int chosen = 0;
        for (Map.Entry<String, List<UploadedFile>> entry : ctx.uploadedFileMap().entrySet()) {
            for (UploadedFile file : entry.getValue()) {
                if (file.size() == 0 && (file.filename() == null || file.filename().isEmpty())) {
                    continue; // a file input left empty
                }
                chosen++;
                Matcher slotName = FILE_FIELD.matcher(entry.getKey());
                int slot = slotName.matches() ? Integer.parseInt(slotName.group(1)) : 0;
                if (slot < 1 || slot > ComposeForm.IMAGE_SLOTS || chosen > ComposeForm.IMAGE_SLOTS) {
                    continue;
                }
                byte[] content = checked(file, "file-" + slot, errors, visit);
                if (content != null) {
                    images.add(new ImagePart(slot, content));
                }
            }
        }
        if (chosen > ComposeForm.IMAGE_SLOTS) {
            errors.add("file-1", visit.format("compose.error.too_many_images", ComposeForm.IMAGE_SLOTS));
        }
        images.sort((a, b) -> Integer.compare(a.slot(), b.slot()));
        return images;
    }

    private static byte[] checked(UploadedFile file, String field, FormErrors errors, Visit visit) {
        int max = MediaLimits.MAX_IMAGE_BYTES;
        String tooLarge = visit.format("compose.error.image_too_large", max / (1024 * 1024));
        if (file.size() > max) {
            errors.add(field, tooLarge);
            return null;
        }
        byte[] content;
        try (InputStream in = file.content()) {
            content = in.readNBytes(max + 1);
        } catch (IOException e) {
            errors.add(field, visit.text("compose.error.image_unreadable"));
            return null;
        }
        if (content.length > max) {
            errors.add(field, tooLarge);
            return null;
        }
        if (content.length == 0) {
            errors.add(field, visit.text("compose.error.image_empty"));
            return null;
        }
        try {
            if (!MediaFormat.of(content, field).isImage()) {
                errors.add(field, visit.text("compose.error.not_an_image"));
                return null;
            }
        } catch (InvalidMediaException e) {
            errors.add(field, visit.text("compose.error.not_an_image"));
            return null;
        }
        return content;
    }
}
