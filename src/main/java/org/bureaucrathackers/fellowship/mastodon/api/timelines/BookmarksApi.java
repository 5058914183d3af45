package org.bureaucrathackers.fellowship.mastodon.api.timelines;

import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.http.Routes;
import org.bureaucrathackers.fellowship.mastodon.api.ApiPaging;
import org.bureaucrathackers.fellowship.mastodon.api.ApiStatuses;
import org.bureaucrathackers.fellowship.mastodon.http.ApiJson;
import org.bureaucrathackers.fellowship.paging.Slice;
import org.bureaucrathackers.fellowship.post.Bookmark;
import org.bureaucrathackers.fellowship.post.Bookmarks;

/** The statuses a fellow bookmarked, newest bookmark first; the cursor is the bookmark's id. */
public final class BookmarksApi implements Routes {

    private final ApiStatuses lookup;
    private final Bookmarks bookmarks;
    private final SavedStatuses saved;
    private final ApiPaging paging;

    public BookmarksApi(ApiStatuses lookup, Bookmarks bookmarks, SavedStatuses saved, ApiPaging paging) {
        this.lookup = lookup;
        this.bookmarks = bookmarks;
        this.saved = saved;
        this.paging = paging;
    }

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.get("/api/v1/bookmarks", this::list);
    }

    private void list(Context ctx) {
        Account fellow = lookup.fellow(ctx, "read:bookmarks");
        Slice<Bookmark> page = bookmarks.of(fellow, ApiPaging.request(ctx, ApiPaging.Limits.STATUSES));
        paging.link(ctx, page, Bookmark::id);
        ApiJson.send(ctx, saved.entities(page.items().stream().map(Bookmark::statusId).toList(), fellow));
    }
}
