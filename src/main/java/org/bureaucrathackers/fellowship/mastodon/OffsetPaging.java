package org.bureaucrathackers.fellowship.mastodon;

import java.util.Optional;
import org.bureaucrathackers.fellowship.web.HttpError;

/** {@code offset} and {@code limit} for the lists Mastodon pages by position (search, the directory). */
final class OffsetPaging {

    /** Deeper pages are refused: nobody reads that far, and every query stays cheap. */
    static final int MAX_OFFSET = 10_000;

    private OffsetPaging() {
    }

    /** 0 when absent; 422 when not a number from 0 to {@link #MAX_OFFSET}. */
    static int offset(ApiParams params) {
        return (int) params.number("offset", 0, 0, MAX_OFFSET);
    }

    /** {@code limit} clamped to 1..max as Mastodon does; 422 when it is not a number. */
    static int limit(ApiParams params, ApiPaging.Limits limits) {
        Optional<String> text = params.nonBlank("limit");
        if (text.isEmpty()) {
            return limits.fallback();
        }
        try {
            return (int) Math.max(1, Math.min(limits.max(), Long.parseLong(text.get().strip())));
        } catch (NumberFormatException e) {
            throw new HttpError(422, "Parameter limit must be a whole number");
        }
    }
}
