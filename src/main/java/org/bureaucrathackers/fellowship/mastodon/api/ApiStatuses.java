package org.bureaucrathackers.fellowship.mastodon.api;

import io.javalin.http.Context;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.http.HttpError;
import org.bureaucrathackers.fellowship.mastodon.entities.ApiIds;
import org.bureaucrathackers.fellowship.mastodon.oauth.ApiAuth;
import org.bureaucrathackers.fellowship.mastodon.oauth.Caller;
import org.bureaucrathackers.fellowship.post.InvalidPostException;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.post.StatusAccess;
import org.bureaucrathackers.fellowship.post.StatusStore;

/**
 * What the status endpoints share: who is asking, the status a path names (404 for those who may not see
 * it, exactly as for one that does not exist), and broken posting rules as 422 with their message.
 */
public final class ApiStatuses {

    public static final String NOT_FOUND = "Record not found";

    private final StatusStore statuses;
    private final StatusAccess access;
    private final ApiAuth auth;

    public ApiStatuses(StatusStore statuses, StatusAccess access, ApiAuth auth) {
        this.statuses = statuses;
        this.access = access;
        this.auth = auth;
    }

    /**
     * The fellow asking, for endpoints anyone may call: empty without a token or with an application's;
     * 401 for a bad token and 403 for a token without {@code scope}, as Mastodon answers.
     */
    public Optional<Account> viewer(Context ctx, String scope) {
        Optional<Caller> caller = auth.optional(ctx);
        if (caller.isPresent() && !caller.get().allows(scope)) {
            throw new HttpError(403, "This action is outside the authorized scopes");
        }
        return caller.filter(Caller::isUser).map(Caller::account);
    }

    /** The fellow whose token grants {@code scope}. */
    public Account fellow(Context ctx, String scope) {
        return auth.user(ctx, scope).account();
    }

    /** The status named by the path's {@code id} that {@code viewer} may see, boosted original included. */
    public Status visible(Context ctx, Optional<Account> viewer) {
        return visibleById(ApiIds.parse(ctx.pathParam("id")).orElseThrow(() -> new HttpError(404, NOT_FOUND)),
                viewer);
    }

    public Status visible(Context ctx, Account viewer) {
        return visible(ctx, Optional.of(viewer));
    }

    /** The status {@code id} if {@code viewer} may see it (and the original, for a boost); 404 otherwise. */
    public Status visibleById(long id, Optional<Account> viewer) {
        Status status = statuses.findById(id).orElseThrow(() -> new HttpError(404, NOT_FOUND));
        if (!access.canSee(viewer, status)) {
            throw new HttpError(404, NOT_FOUND);
        }
        if (status.isBoost()) {
            Status original = statuses.findById(status.reblogOfId()).orElseThrow(() -> new HttpError(404, NOT_FOUND));
            if (!access.canSee(viewer, original)) {
                throw new HttpError(404, NOT_FOUND);
            }
        }
        return status;
    }

    /**
     * Of the statuses {@code ids}, those {@code viewer} may see (as {@link #visibleById} decides, boosts left out),
     * by id, in two queries whatever their number: what a page of results shows.
     */
    public Map<Long, Status> visibleByIds(Collection<Long> ids, Optional<Account> viewer) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Set<Long> visible = statuses.visibleAmong(viewer.map(Account::id).orElse(null), ids);
        Map<Long, Status> found = new HashMap<>();
        for (Status status : statuses.findByIds(visible)) {
            if (!status.isBoost()) {
                found.put(status.id(), status);
            }
        }
        return found;
    }

    /** What a boost points at; the status itself otherwise. */
    public Status original(Status status) {
        if (!status.isBoost()) {
            return status;
        }
        return statuses.findById(status.reblogOfId()).orElseThrow(() -> new HttpError(404, NOT_FOUND));
    }

    /** Runs a service call, turning a broken posting rule into 422 with the rule's message. */
    public static <T> T validated(Supplier<T> call) {
        try {
            return call.get();
        } catch (InvalidPostException e) {
            throw new HttpError(422, "Validation failed: " + e.getMessage());
        }
    }

    public static void validated(Runnable call) {
        validated(() -> {
            call.run();
            return null;
        });
    }
}
