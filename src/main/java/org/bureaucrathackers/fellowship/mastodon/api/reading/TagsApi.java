package org.bureaucrathackers.fellowship.mastodon.api.reading;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bureaucrathackers.fellowship.http.Routes;
import org.bureaucrathackers.fellowship.json.Json;
import org.bureaucrathackers.fellowship.mastodon.api.ApiPaging;
import org.bureaucrathackers.fellowship.mastodon.entities.TagEntities;
import org.bureaucrathackers.fellowship.mastodon.http.ApiJson;
import org.bureaucrathackers.fellowship.mastodon.oauth.ApiAuth;
import org.bureaucrathackers.fellowship.mastodon.oauth.Caller;
import org.bureaucrathackers.fellowship.paging.Slice;
import org.bureaucrathackers.fellowship.reading.FollowedTag;
import org.bureaucrathackers.fellowship.reading.TagFollows;
import org.bureaucrathackers.fellowship.signals.Trends;

/**
 * Hashtags: {@code GET /api/v1/tags/:name} (public; {@code following} for a fellow), {@code POST
 * /api/v1/tags/:name/follow|unfollow} (write:follows) and {@code GET /api/v1/followed_tags} (read:follows,
 * paged with Link). A name that cannot be a hashtag is 404, as in Mastodon.
 */
public final class TagsApi implements Routes {

    /** Mastodon's page sizes for followed hashtags. */
    static final ApiPaging.Limits FOLLOWED_TAGS = new ApiPaging.Limits(100, 200);

    private final ApiAuth auth;
    private final TagFollows follows;
    private final Trends trends;
    private final TagEntities entities;
    private final ApiPaging paging;

    public TagsApi(ApiAuth auth, TagFollows follows, Trends trends, TagEntities entities, ApiPaging paging) {
        this.auth = auth;
        this.follows = follows;
        this.trends = trends;
        this.entities = entities;
        this.paging = paging;
    }

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.get("/api/v1/tags/{name}", this::show);
        routes.post("/api/v1/tags/{name}/follow", this::follow);
        routes.post("/api/v1/tags/{name}/unfollow", this::unfollow);
        routes.get("/api/v1/followed_tags", this::followed);
    }

    private void show(Context ctx) {
        String name = ReadingErrors.answer(() -> TagFollows.name(ctx.pathParam("name")));
        Optional<Caller> caller = auth.optional(ctx).filter(Caller::isUser);
        Boolean following = caller.map(c -> !follows.followed(c.account(), Set.of(name)).isEmpty()).orElse(null);
        ApiJson.send(ctx, entities.tag(name, trends.history(List.of(name)).get(name), following));
    }

    private void follow(Context ctx) {
        Caller caller = auth.user(ctx, "write:follows");
        String name = ReadingErrors.answer(() -> follows.follow(caller.account(), ctx.pathParam("name")));
        ApiJson.send(ctx, entities.tag(name, trends.history(List.of(name)).get(name), true));
    }

    private void unfollow(Context ctx) {
        Caller caller = auth.user(ctx, "write:follows");
        String name = ReadingErrors.answer(() -> follows.unfollow(caller.account(), ctx.pathParam("name")));
        ApiJson.send(ctx, entities.tag(name, trends.history(List.of(name)).get(name), false));
    }

    private void followed(Context ctx) {
        Caller caller = auth.user(ctx, "read:follows");
        Slice<FollowedTag> slice = follows.followed(caller.account(), ApiPaging.request(ctx, FOLLOWED_TAGS));
        Map<String, List<Trends.Day>> histories = trends.history(slice.items().stream().map(FollowedTag::name).toList());
        ArrayNode array = Json.MAPPER.createArrayNode();
        for (FollowedTag tag : slice.items()) {
            array.add(entities.tag(tag.name(), histories.get(tag.name()), true));
        }
        paging.link(ctx, slice, FollowedTag::id);
        ApiJson.send(ctx, array);
    }
}
