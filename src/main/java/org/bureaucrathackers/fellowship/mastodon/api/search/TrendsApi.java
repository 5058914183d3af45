package org.bureaucrathackers.fellowship.mastodon.api.search;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.http.Routes;
import org.bureaucrathackers.fellowship.json.Json;
import org.bureaucrathackers.fellowship.mastodon.api.ApiPaging;
import org.bureaucrathackers.fellowship.mastodon.api.OffsetPaging;
import org.bureaucrathackers.fellowship.mastodon.entities.StatusEntities;
import org.bureaucrathackers.fellowship.mastodon.entities.TagEntities;
import org.bureaucrathackers.fellowship.mastodon.http.ApiJson;
import org.bureaucrathackers.fellowship.mastodon.http.ApiParams;
import org.bureaucrathackers.fellowship.mastodon.oauth.ApiAuth;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.reading.TagFollows;
import org.bureaucrathackers.fellowship.signals.Trends;

/**
 * Trends, public: {@code /api/v1/trends/tags} (and the older {@code /api/v1/trends}), {@code
 * /api/v1/trends/statuses} and {@code /api/v1/trends/links} (none: link previews are not fetched). Paged with
 * {@code offset} and {@code limit} as Mastodon does, with a Link header when there may be more.
 */
public final class TrendsApi implements Routes {

    static final ApiPaging.Limits TAGS = new ApiPaging.Limits(10, 20);
    static final ApiPaging.Limits STATUSES = new ApiPaging.Limits(20, 40);
    static final int MAX_OFFSET = 1_000;

    private final ApiAuth auth;
    private final Trends trends;
    private final TagFollows follows;
    private final TagEntities tags;
    private final StatusEntities statuses;
    private final String base;

    /** @param base this instance's public base URL, for the Link header */
    public TrendsApi(ApiAuth auth, Trends trends, TagFollows follows, TagEntities tags, StatusEntities statuses,
                     String base) {
        this.auth = auth;
        this.trends = trends;
        this.follows = follows;
        this.tags = tags;
        this.statuses = statuses;
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.get("/api/v1/trends", this::tags);
        routes.get("/api/v1/trends/tags", this::tags);
        routes.get("/api/v1/trends/statuses", this::statuses);
        routes.get("/api/v1/trends/links", ctx -> ApiJson.send(ctx, Json.MAPPER.createArrayNode()));
    }

    private void tags(Context ctx) {
        Optional<Account> viewer = viewer(ctx);
        ApiParams params = ApiParams.of(ctx);
        int offset = OffsetPaging.offset(params, MAX_OFFSET);
        int limit = OffsetPaging.limit(params, TAGS);
        List<Trends.TrendingTag> trending = trends.tags(offset, limit);
        Set<String> followed = viewer.map(v -> follows.followed(v, trending.stream().map(Trends.TrendingTag::name)
                .toList())).orElse(Set.of());
        ArrayNode array = Json.MAPPER.createArrayNode();
        for (Trends.TrendingTag tag : trending) {
            array.add(tags.tag(tag.name(), tag.history(), viewer.isPresent() ? followed.contains(tag.name()) : null));
        }
        link(ctx, offset, limit, trending.size());
        ApiJson.send(ctx, array);
    }

    private void statuses(Context ctx) {
        Optional<Account> viewer = viewer(ctx);
        ApiParams params = ApiParams.of(ctx);
        int offset = OffsetPaging.offset(params, MAX_OFFSET);
        int limit = OffsetPaging.limit(params, STATUSES);
        List<Status> found = trends.statuses(viewer, offset, limit);
        link(ctx, offset, limit, found.size());
        ApiJson.send(ctx, statuses.statuses(found, viewer.orElse(null)));
    }

    private Optional<Account> viewer(Context ctx) {
        return auth.viewer(ctx);
    }

    /** {@code next} (first, as toot expects) when the page was full, {@code prev} when it did not start at 0. */
    private void link(Context ctx, int offset, int limit, int count) {
        List<String> parts = new ArrayList<>(2);
        if (count >= limit && offset + limit <= MAX_OFFSET) {
            parts.add("<" + url(ctx, offset + limit) + ">; rel=\"next\"");
        }
        if (offset > 0 && count > 0) {
            parts.add("<" + url(ctx, Math.max(0, offset - limit)) + ">; rel=\"prev\"");
        }
        if (!parts.isEmpty()) {
            ctx.header("Link", String.join(", ", parts));
        }
    }

    private String url(Context ctx, int offset) {
        StringBuilder url = new StringBuilder(base).append(ctx.path()).append('?');
        for (Map.Entry<String, List<String>> entry : ctx.queryParamMap().entrySet()) {
            if (entry.getKey().equals("offset") || entry.getKey().equals("access_token")) {
                continue;
            }
            for (String value : entry.getValue()) {
                url.append(encode(entry.getKey())).append('=').append(encode(value)).append('&');
            }
        }
        return url.append("offset=").append(offset).toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
