package org.bureaucrathackers.fellowship.web.timeline;

import io.javalin.http.Context;
import java.util.Optional;
import java.util.function.ToLongFunction;
import java.util.regex.Pattern;
import org.bureaucrathackers.fellowship.paging.PageRequest;
import org.bureaucrathackers.fellowship.paging.Slice;
import org.bureaucrathackers.fellowship.session.HtmlAnswers;
import org.bureaucrathackers.fellowship.web.Pages;
import org.bureaucrathackers.fellowship.web.Visit;
import org.bureaucrathackers.fellowship.web.Visits;

/**
 * Paging of the list pages by links, as Mastodon's Link header pages its lists: {@code max_id} asks for what
 * is older than an item, {@code min_id} for what is just newer, {@code limit} for the page size (bounded).
 * A page links to the next older page ({@code rel="next"}) and to the newer one ({@code rel="prev"}).
 */
public final class ListPaging {

    /** Items on a page unless {@code limit} asks for another number. */
    public static final int PAGE_SIZE = 20;
    /** The most items one page shows, whatever {@code limit} asks. */
    public static final int MAX_PAGE_SIZE = 40;

    private static final Pattern ID = Pattern.compile("^[0-9]{1,18}$");
    private static final Pattern LIMIT = Pattern.compile("^[0-9]{1,9}$");

    private ListPaging() {
    }

    /** The links a list page shows; each may be null. {@code newestUrl} leads back to the first page. */
    public record Links(String olderUrl, String newerUrl, String newestUrl) {
        public boolean any() {
            return olderUrl != null || newerUrl != null || newestUrl != null;
        }
    }

    /** The page the request asks for; empty when a cursor or the limit is malformed (see {@link #refuse}). */
    public static Optional<PageRequest> request(Context ctx) {
        if (!wellFormed(ctx, "max_id", ID) || !wellFormed(ctx, "min_id", ID) || !wellFormed(ctx, "limit", LIMIT)) {
            return Optional.empty();
        }
        return Optional.of(new PageRequest(cursor(ctx, "max_id"), cursor(ctx, "min_id"), null, limit(ctx)));
    }

    /** Answers a request for a malformed page with a 400 page that says so. */
    public static void refuse(Context ctx, Pages pages) {
        Visit visit = Visits.of(ctx);
        HtmlAnswers.html(ctx, 400, pages.error(visit, 400, visit.text("timeline.paging.malformed")));
    }

    /** The links from {@code slice}, a page of the list at {@code ctx}'s path, to the pages around it. */
    public static <T> Links links(Context ctx, Slice<T> slice, ToLongFunction<T> cursorOf) {
        String base = ctx.path() + "?" + limitParameter(ctx);
        boolean cursor = cursor(ctx, "max_id") != null || cursor(ctx, "min_id") != null;
        if (slice.items().isEmpty()) {
            return new Links(null, null, cursor ? ctx.path() : null);
        }
        String older = slice.hasOlder()
                ? base + "max_id=" + cursorOf.applyAsLong(slice.items().get(slice.items().size() - 1)) : null;
        String newer = cursor || slice.hasNewer()
                ? base + "min_id=" + cursorOf.applyAsLong(slice.items().get(0)) : null;
        return new Links(older, newer, cursor ? ctx.path() : null);
    }

    private static boolean wellFormed(Context ctx, String name, Pattern shape) {
        String text = ctx.queryParam(name);
        return text == null || text.isBlank() || shape.matcher(text.strip()).matches();
    }

    /** The page size asked for, within bounds; call after {@link #wellFormed}. */
    private static int limit(Context ctx) {
        String text = ctx.queryParam("limit");
        if (text == null || text.isBlank() || !LIMIT.matcher(text.strip()).matches()) {
            return PAGE_SIZE;
        }
        return Math.max(1, Math.min(MAX_PAGE_SIZE, Integer.parseInt(text.strip())));
    }

    private static String limitParameter(Context ctx) {
        String text = ctx.queryParam("limit");
        return text == null || text.isBlank() ? "" : "limit=" + limit(ctx) + "&";
    }

    /** A cursor of the request, null when absent or malformed. */
    private static Long cursor(Context ctx, String name) {
        String text = Optional.ofNullable(ctx.queryParam(name)).map(String::strip).orElse("");
        return ID.matcher(text).matches() ? Long.parseLong(text) : null;
    }
}
