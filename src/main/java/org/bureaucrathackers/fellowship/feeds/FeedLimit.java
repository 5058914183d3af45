package org.bureaucrathackers.fellowship.feeds;

import io.javalin.http.Context;
import org.bureaucrathackers.fellowship.http.HttpError;
import org.bureaucrathackers.fellowship.post.PublicFeeds;

/** The {@code limit} query parameter of a feed: how many posts, 1 to {@value PublicFeeds#MAX_ENTRIES}. */
final class FeedLimit {

    private FeedLimit() {
    }

    static int read(Context ctx) {
        String asked = ctx.queryParam("limit");
        if (asked == null || asked.isEmpty()) {
            return PublicFeeds.DEFAULT_ENTRIES;
        }
        int limit;
        try {
            limit = asked.length() > 4 ? -1 : Integer.parseInt(asked);
        } catch (NumberFormatException e) {
            limit = -1;
        }
        if (limit < 1 || limit > PublicFeeds.MAX_ENTRIES) {
            throw HttpError.badRequest("limit must be a whole number from 1 to " + PublicFeeds.MAX_ENTRIES);
        }
        return limit;
    }
}
