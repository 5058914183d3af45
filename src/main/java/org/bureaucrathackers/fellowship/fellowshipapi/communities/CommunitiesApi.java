package org.bureaucrathackers.fellowship.fellowshipapi.communities;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.community.Community;
import org.bureaucrathackers.fellowship.community.CommunityService;
import org.bureaucrathackers.fellowship.community.InvalidCommunityException;
import org.bureaucrathackers.fellowship.community.NewCommunity;
import org.bureaucrathackers.fellowship.community.NotModeratorException;
import org.bureaucrathackers.fellowship.follow.FollowStore;
import org.bureaucrathackers.fellowship.http.FieldError;
import org.bureaucrathackers.fellowship.http.HttpError;
import org.bureaucrathackers.fellowship.http.Routes;
import org.bureaucrathackers.fellowship.json.Json;
import org.bureaucrathackers.fellowship.mastodon.entities.AccountEntities;
import org.bureaucrathackers.fellowship.mastodon.entities.ApiIds;
import org.bureaucrathackers.fellowship.mastodon.http.ApiJson;
import org.bureaucrathackers.fellowship.mastodon.http.ApiParams;
import org.bureaucrathackers.fellowship.mastodon.oauth.ApiAuth;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.post.StatusStore;

/**
 * Communities of practice: admins create them ({@code name}, {@code display_name}, {@code description},
 * {@code approval_required}) and remove posts from them; anyone lists them. Fellows join one by following its
 * account through the Mastodon API.
 */
public final class CommunitiesApi implements Routes {

    static final String PATH = "/api/fellowship/v1/communities";
    private static final int DEFAULT_LIMIT = 40;

    private final ApiAuth auth;
    private final CommunityService communities;
    private final CommunityEntities entities;
    private final StatusStore statuses;

    public CommunitiesApi(ApiAuth auth, CommunityService communities,
                          AccountEntities accounts, FollowStore follows, StatusStore statuses) {
        this.auth = auth;
        this.communities = communities;
        this.entities = new CommunityEntities(accounts, follows);
        this.statuses = statuses;
    }

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.post(PATH, this::create);
        routes.get(PATH, this::list);
        routes.get(PATH + "/{name}", this::show);
        routes.delete(PATH + "/{name}/posts/{status_id}", this::removePost);
    }

    private void create(Context ctx) {
        Account caller = auth.user(ctx, "write").account();
        ApiParams params = ApiParams.of(ctx);
        NewCommunity request = new NewCommunity(required(params, "name"),
                params.string("display_name").orElse(null), params.string("description").orElse(null),
                bool(params, "approval_required"));
        Community created = guarded(() -> communities.create(request, caller));
        ApiJson.send(ctx, 200, entities.community(created));
    }

    private void list(Context ctx) {
        ApiParams params = ApiParams.of(ctx);
        int limit = (int) number(params, "limit", DEFAULT_LIMIT, CommunityService.MAX_LISTED);
        int offset = (int) number(params, "offset", 0, 100_000);
        ArrayNode list = Json.MAPPER.createArrayNode();
        communities.list(offset, limit).forEach(community -> list.add(entities.community(community)));
        ApiJson.send(ctx, list);
    }

    private void show(Context ctx) {
        ApiJson.send(ctx, entities.community(community(ctx)));
    }

    /** A moderator takes a post out of the community: its Announce is undone. */
    private void removePost(Context ctx) {
        Account caller = auth.user(ctx, "write").account();
        Community community = community(ctx);
        String idText = ctx.pathParam("status_id");
        Status status = ApiIds.parse(idText).flatMap(statuses::findById)
                .orElseThrow(() -> HttpError.notFound("No post " + abbreviate(idText) + " here"));
        if (status.isBoost()) {
            Optional<Status> original = statuses.findById(status.reblogOfId());
            status = original.orElseThrow(() -> HttpError.notFound("The announced post is gone"));
        }
        Status target = status;
        boolean removed = guarded(() -> communities.removePost(community, target, caller));
        if (!removed) {
            throw HttpError.notFound("The community " + community.name() + " has not announced that post");
        }
        ApiJson.send(ctx, entities.community(community));
    }

    private Community community(Context ctx) {
        String name = ctx.pathParam("name");
        Community community = communities.find(name)
                .orElseThrow(() -> HttpError.notFound("No community called " + abbreviate(name) + " here"));
        if (community.account().isDeleted()) {
            throw HttpError.gone("The community " + community.name() + " was closed");
        }
        return community;
    }

    private static <T> T guarded(Supplier<T> work) {
        try {
            return work.get();
        } catch (InvalidCommunityException e) {
            throw new FieldError(e.field(), e.getMessage());
        } catch (NotModeratorException e) {
            throw new HttpError(403, e.getMessage());
        }
    }

    private static String required(ApiParams params, String name) {
        return params.nonBlank(name).orElseThrow(() -> new FieldError(name, "is required"));
    }

    /** true/false (or 1/0) only: anything else is a mistake worth naming. */
    private static boolean bool(ApiParams params, String name) {
        Optional<String> value = params.string(name).map(v -> v.strip().toLowerCase(Locale.ROOT));
        if (value.isEmpty() || value.get().isEmpty()) {
            return false;
        }
        return switch (value.get()) {
            case "true", "1", "on" -> true;
            case "false", "0", "off" -> false;
            default -> throw new FieldError(name, "must be true or false");
        };
    }

    private static long number(ApiParams params, String name, long fallback, long max) {
        Optional<String> value = params.nonBlank(name);
        if (value.isEmpty()) {
            return fallback;
        }
        Optional<Long> parsed = ApiIds.parse(value.get().strip());
        if (parsed.isEmpty() || parsed.get() > max) {
            throw new FieldError(name, "must be a whole number from 0 to " + max);
        }
        return parsed.get();
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
