package org.bureaucrathackers.fellowship.mastodon.api.media;

import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import org.bureaucrathackers.fellowship.http.FieldError;
import org.bureaucrathackers.fellowship.http.HttpError;
import org.bureaucrathackers.fellowship.media.InvalidMediaException;
import org.bureaucrathackers.fellowship.media.MediaService;
import org.bureaucrathackers.fellowship.media.MediaStorageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads multipart files, never more than a bound, and turns media refusals into their HTTP answers. */
public final class UploadedFiles {

    private static final Logger LOG = LoggerFactory.getLogger(UploadedFiles.class);

    private UploadedFiles() {
    }

    /** The bytes of {@code file}, sent as field {@code field}: a 422 naming the field above {@code maxBytes}. */
    public static byte[] read(UploadedFile file, String field, int maxBytes) {
        if (file.size() > maxBytes) {
            throw tooLarge(field, maxBytes);
        }
        try (InputStream in = file.content()) {
            byte[] content = in.readNBytes(maxBytes + 1);
            if (content.length > maxBytes) {
                throw tooLarge(field, maxBytes);
            }
            return content;
        } catch (IOException e) {
            throw new HttpError(400, field + ": the file could not be read");
        }
    }

    /** Runs {@code work}, answering bad media with a 422 that names the field, an unknown id with 404. */
    public static <T> T answer(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (InvalidMediaException e) {
            throw new FieldError(e.field(), e.problem());
        } catch (MediaService.UnknownMediaException e) {
            throw new HttpError(404, "Record not found");
        } catch (MediaService.MediaBusyException e) {
            throw new HttpError(503, e.getMessage());
        } catch (MediaStorageException e) {
            LOG.warn("media storage: {}", e.getMessage());
            throw new HttpError(502, e.publicMessage());
        }
    }

    private static FieldError tooLarge(String field, int maxBytes) {
        return new FieldError(field, "a file is at most " + maxBytes / (1024 * 1024) + " MB");
    }
}
