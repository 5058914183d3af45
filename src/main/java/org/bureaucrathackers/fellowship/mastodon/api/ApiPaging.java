package org.bureaucrathackers.fellowship.mastodon.api;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;
import org.bureaucrathackers.fellowship.http.FieldError;
import org.bureaucrathackers.fellowship.http.HttpError;
import org.bureaucrathackers.fellowship.mastodon.entities.ApiIds;
import org.bureaucrathackers.fellowship.paging.PageRequest;
import org.bureaucrathackers.fellowship.paging.Slice;

/**
 * Mastodon's cursor paging: {@code max_id}, {@code since_id}, {@code min_id} and {@code limit} in, a
 * {@code Link} header out with {@code next} first and exactly {@code ; rel="next"} (toot matches it with an
 * anchored regular expression), keeping the other query parameters; no header at all on an empty page.
 */
public final class ApiPaging {

    /** Default and maximum page sizes per kind of list (Mastodon's). */
    public record Limits(int fallback, int max) {
        public static final Limits STATUSES = new Limits(20, 40);
        public static final Limits ACCOUNTS = new Limits(40, 80);
        public static final Limits NOTIFICATIONS = new Limits(40, 80);

        /** The page size a client asked for: the default when absent, clamped to 1..max; 422 if not a number. */
        public int pick(String text) {
            if (text == null || text.isBlank()) {
                return fallback;
            }
            try {
                return (int) Math.max(1, Math.min(max, Long.parseLong(text.strip())));
            } catch (NumberFormatException e) {
                throw new HttpError(422, "Parameter limit must be a whole number");
            }
        }

        /** As {@link #pick}, but 422 for a limit below 1: the Fellowship API says so rather than guess. */
        public int pickPositive(String text) {
            int limit = pick(text);
            if (text != null && !text.isBlank() && Long.parseLong(text.strip()) < 1) {
                throw new FieldError("limit", "must be a whole number from 1 to " + max);
            }
            return limit;
        }
    }

    private static final Set<String> CURSORS = Set.of("max_id", "since_id", "min_id");

    private final String base;

    /** @param base this instance's public base URL, without a trailing slash */
    public ApiPaging(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** The page a request asks for; 422 for malformed cursors or limits. An over-large limit is clamped. */
    public static PageRequest request(Context ctx, Limits limits) {
        Long maxId = cursor(ctx, "max_id");
        Long minId = cursor(ctx, "min_id");
        Long sinceId = cursor(ctx, "since_id");
        if (minId != null && sinceId != null) {
            sinceId = null; // min_id wins, as in Mastodon
        }
        return new PageRequest(maxId, minId, sinceId, limits.pick(ctx.queryParam("limit")));
    }

    /** As {@link #request}, but 422 for a limit below 1 (the Fellowship API's lists). */
    public static PageRequest strictRequest(Context ctx, Limits limits) {
        limits.pickPositive(ctx.queryParam("limit"));
        return request(ctx, limits);
    }

    private static Long cursor(Context ctx, String name) {
        String text = ctx.queryParam(name);
        if (text == null || text.isBlank()) {
            return null;
        }
        return ApiIds.parse(text.trim()).orElseThrow(() -> new HttpError(422, "Parameter " + name + " must be an id"));
    }

    /**
     * Sets the Link header for {@code slice}: {@code next} (older, max_id = the last cursor) when older items
     * exist, {@code prev} (newer, min_id = the first cursor) whenever the page has items.
     */
    public <T> void link(Context ctx, Slice<T> slice, ToLongFunction<T> cursorOf) {
        if (slice.items().isEmpty()) {
            return;
        }
        List<String> parts = new ArrayList<>(2);
        if (slice.hasOlder()) {
            parts.add("<" + url(ctx, "max_id", cursorOf.applyAsLong(slice.items().get(slice.items().size() - 1)))
                    + ">; rel=\"next\"");
        }
        parts.add("<" + url(ctx, "min_id", cursorOf.applyAsLong(slice.items().get(0))) + ">; rel=\"prev\"");
        ctx.header("Link", String.join(", ", parts));
    }

    private String url(Context ctx, String cursor, long value) {
        StringBuilder url = new StringBuilder(base).append(ctx.path()).append('?');
        for (Map.Entry<String, List<String>> entry : ctx.queryParamMap().entrySet()) {
            if (CURSORS.contains(entry.getKey()) || entry.getKey().equals("access_token")) {
                continue;
            }
            for (String value2 : entry.getValue()) {
                url.append(encode(entry.getKey())).append('=').append(encode(value2)).append('&');
            }
        }
        return url.append(cursor).append('=').append(value).toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
