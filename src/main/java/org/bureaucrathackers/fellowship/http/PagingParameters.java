package org.bureaucrathackers.fellowship.http;

import io.javalin.http.Context;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bureaucrathackers.fellowship.paging.PageRequest;

/** Reads {@code page}, {@code max_id} and {@code min_id} of a collection request; bad values are a 400. */
public final class PagingParameters {

    private static final Pattern DIGITS = Pattern.compile("^[0-9]{1,19}$");

    private PagingParameters() {
    }

    /** The page asked for, or empty when the request is for the collection itself. */
    public static Optional<PageRequest> read(Context ctx, int pageSize) {
        String page = ctx.queryParam("page");
        Long maxId = cursor(ctx, "max_id");
        Long minId = cursor(ctx, "min_id");
        if (page != null && !page.equals("true")) {
            throw HttpError.badRequest("page must be 'true'");
        }
        if (maxId != null && minId != null) {
            throw HttpError.badRequest("use either max_id or min_id, not both");
        }
        if (page == null && maxId == null && minId == null) {
            return Optional.empty();
        }
        return Optional.of(new PageRequest(maxId, minId, pageSize));
    }

    private static Long cursor(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null) {
            return null;
        }
        if (!DIGITS.matcher(value).matches()) {
            throw HttpError.badRequest(name + " must be a non-negative whole number of at most 19 digits");
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw HttpError.badRequest(name + " is too large");
        }
    }
}
