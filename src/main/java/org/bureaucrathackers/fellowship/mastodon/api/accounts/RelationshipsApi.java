package org.bureaucrathackers.fellowship.mastodon.api.accounts;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.time.Duration;
import java.util.List;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.directory.AccountLookup;
import org.bureaucrathackers.fellowship.follow.BlockService;
import org.bureaucrathackers.fellowship.follow.FollowOptions;
import org.bureaucrathackers.fellowship.follow.FollowService;
import org.bureaucrathackers.fellowship.follow.InvalidFollowException;
import org.bureaucrathackers.fellowship.follow.MuteService;
import org.bureaucrathackers.fellowship.follow.Relationships;
import org.bureaucrathackers.fellowship.http.HttpError;
import org.bureaucrathackers.fellowship.http.Routes;
import org.bureaucrathackers.fellowship.json.Json;
import org.bureaucrathackers.fellowship.mastodon.entities.ApiIds;
import org.bureaucrathackers.fellowship.mastodon.entities.RelationshipEntities;
import org.bureaucrathackers.fellowship.mastodon.http.ApiJson;
import org.bureaucrathackers.fellowship.mastodon.http.ApiParams;
import org.bureaucrathackers.fellowship.mastodon.oauth.ApiAuth;

/**
 * The caller's relationships to other accounts: reading them, and following, blocking and muting, each answered
 * with the Relationship as it now stands. Follows go through {@link FollowService} and blocks through
 * {@link BlockService}, so remote accounts get their Follow, Undo and Block; mutes stay on this server.
 */
public final class RelationshipsApi implements Routes {

    /** How many accounts one relationships request may ask about. */
    public static final int MAX_IDS = 100;

    private final ApiAuth auth;
    private final AccountTargets targets;
    private final AccountLookup lookup;
    private final FollowService follows;
    private final BlockService blocks;
    private final MuteService mutes;
    private final Relationships relationships;

    public RelationshipsApi(ApiAuth auth, AccountLookup lookup, FollowService follows, BlockService blocks,
                            MuteService mutes, Relationships relationships) {
        this.auth = auth;
        this.targets = new AccountTargets(lookup);
        this.lookup = lookup;
        this.follows = follows;
        this.blocks = blocks;
        this.mutes = mutes;
        this.relationships = relationships;
    }

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.get("/api/v1/accounts/relationships", this::relationships);
        routes.post("/api/v1/accounts/{id}/follow", this::follow);
        routes.post("/api/v1/accounts/{id}/unfollow", this::unfollow);
        routes.post("/api/v1/accounts/{id}/block", this::block);
        routes.post("/api/v1/accounts/{id}/unblock", this::unblock);
        routes.post("/api/v1/accounts/{id}/mute", this::mute);
        routes.post("/api/v1/accounts/{id}/unmute", this::unmute);
    }

    /** One Relationship per known id, in the order asked; unknown ids are left out, as Mastodon does. */
    private void relationships(Context ctx) {
        Account viewer = auth.user(ctx, "read:follows").account();
        List<String> ids = ApiParams.of(ctx).list("id");
        if (ids.size() > MAX_IDS) {
            throw new HttpError(422, "At most " + MAX_IDS + " ids can be asked about at once");
        }
        ArrayNode body = Json.MAPPER.createArrayNode();
        for (String text : ids) {
            long id = ApiIds.parse(text.strip()).orElseThrow(() -> new HttpError(422, "Parameter id must be an id"));
            lookup.byId(id).ifPresent(target -> body.add(
                    RelationshipEntities.relationship(relationships.between(viewer, target))));
        }
        ApiJson.send(ctx, body);
    }

    /**
     * Follows with Mastodon's options ({@code reblogs}, {@code notify}, {@code languages[]}); options not sent keep
     * their current value. A locked or remote account answers {@code requested: true} until it accepts.
     */
    private void follow(Context ctx) {
        Account fellow = auth.user(ctx, "write:follows").account();
        Account target = targets.fromPath(ctx);
        ApiParams params = ApiParams.of(ctx);
        FollowOptions current = follows.options(fellow, target);
        FollowOptions options;
        try {
            options = new FollowOptions(params.bool("reblogs", current.showReblogs()),
                    params.bool("notify", current.notifyOnPosts()),
                    params.has("languages") ? nonBlank(params.list("languages")) : current.languages());
        } catch (InvalidFollowException e) {
            throw new HttpError(422, "Validation failed: " + e.getMessage());
        }
        refused(() -> follows.follow(fellow, target, options));
        sendRelationship(ctx, fellow, target);
    }

    private void unfollow(Context ctx) {
        Account fellow = auth.user(ctx, "write:follows").account();
        Account target = targets.fromPath(ctx);
        refused(() -> follows.unfollow(fellow, target));
        sendRelationship(ctx, fellow, target);
    }

    private void block(Context ctx) {
        Account fellow = auth.user(ctx, "write:blocks").account();
        Account target = targets.fromPath(ctx);
        refused(() -> blocks.block(fellow, target));
        sendRelationship(ctx, fellow, target);
    }

    private void unblock(Context ctx) {
        Account fellow = auth.user(ctx, "write:blocks").account();
        Account target = targets.fromPath(ctx);
        refused(() -> blocks.unblock(fellow, target));
        sendRelationship(ctx, fellow, target);
    }

    /** {@code notifications} (default true) hides the account's notifications too; {@code duration} in seconds. */
    private void mute(Context ctx) {
        Account fellow = auth.user(ctx, "write:mutes").account();
        Account target = targets.fromPath(ctx);
        ApiParams params = ApiParams.of(ctx);
        boolean notifications = params.bool("notifications", true);
        long seconds = params.number("duration", 0, 0, MuteService.MAX_DURATION.toSeconds());
        try {
            mutes.mute(fellow, target, notifications, Duration.ofSeconds(seconds));
        } catch (InvalidFollowException e) {
            throw new HttpError(422, "Validation failed: " + e.getMessage());
        }
        sendRelationship(ctx, fellow, target);
    }

    private void unmute(Context ctx) {
        Account fellow = auth.user(ctx, "write:mutes").account();
        Account target = targets.fromPath(ctx);
        mutes.unmute(fellow, target);
        sendRelationship(ctx, fellow, target);
    }

    private static List<String> nonBlank(List<String> values) {
        return values.stream().filter(v -> !v.isBlank()).toList();
    }

    /** Runs an action the follow rules may refuse (following oneself, across a block): 403 with the reason. */
    private static void refused(Runnable action) {
        try {
            action.run();
        } catch (InvalidFollowException e) {
            throw new HttpError(403, capitalise(e.getMessage()));
        }
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private void sendRelationship(Context ctx, Account fellow, Account target) {
        ApiJson.send(ctx, RelationshipEntities.relationship(relationships.between(fellow, target)));
    }
}
