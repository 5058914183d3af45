package org.bureaucrathackers.fellowship.mastodon.api;

import org.bureaucrathackers.fellowship.mastodon.http.ApiParams;

/** {@code offset} and {@code limit} for the lists Mastodon pages by position (search, the directory). */
public final class OffsetPaging {

    /** Deeper pages are refused: nobody reads that far, and every query stays cheap. */
    public static final int MAX_OFFSET = 10_000;

    private OffsetPaging() {
    }

    /** 0 when absent; 422 when not a number from 0 to {@link #MAX_OFFSET}. */
    public static int offset(ApiParams params) {
        return offset(params, MAX_OFFSET);
    }

    /** 0 when absent; 422 when not a number from 0 to {@code max}. */
    public static int offset(ApiParams params, int max) {
        return (int) params.number("offset", 0, 0, max);
    }

    /** {@code limit} clamped to max; 422 when it is not a number or below 1 (the Fellowship API's lists). */
    public static int strictLimit(ApiParams params, ApiPaging.Limits limits) {
        return limits.pickPositive(params.nonBlank("limit").orElse(null));
    }

    /** {@code limit} clamped to 1..max as Mastodon does; 422 when it is not a number. */
    public static int limit(ApiParams params, ApiPaging.Limits limits) {
        return limits.pick(params.nonBlank("limit").orElse(null));
    }
}
