package org.bureaucrathackers.fellowship.mastodon.api.reading;

import java.util.function.Supplier;
import org.bureaucrathackers.fellowship.http.HttpError;
import org.bureaucrathackers.fellowship.mastodon.entities.ApiIds;
import org.bureaucrathackers.fellowship.reading.InvalidReadingException;
import org.bureaucrathackers.fellowship.reading.UnknownRecordException;

/** The answers Mastodon gives when a list, filter or hashtag request fails: 404 "Record not found", 422 with why. */
final class ReadingErrors {

    static final String NOT_FOUND = "Record not found";

    private ReadingErrors() {
    }

    static <T> T answer(Supplier<T> work) {
        try {
            return work.get();
        } catch (UnknownRecordException e) {
            throw new HttpError(404, NOT_FOUND);
        } catch (InvalidReadingException e) {
            throw new HttpError(422, e.getMessage());
        }
    }

    static void run(Runnable work) {
        answer(() -> {
            work.run();
            return null;
        });
    }

    /** A path id, which can only name something when it is a number: anything else is not found. */
    static long pathId(String text) {
        return ApiIds.parse(text).orElseThrow(() -> new HttpError(404, NOT_FOUND));
    }
}
