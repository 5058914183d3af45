package org.bureaucrathackers.fellowship.fellowshipapi.profiles;

import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.FellowProfileChanges;
import org.bureaucrathackers.fellowship.actor.InvalidFellowException;
import org.bureaucrathackers.fellowship.actor.InvalidProfileFieldException;
import org.bureaucrathackers.fellowship.actor.ProfileChanges;
import org.bureaucrathackers.fellowship.actor.ProfileService;
import org.bureaucrathackers.fellowship.directory.AccountLookup;
import org.bureaucrathackers.fellowship.http.FieldError;
import org.bureaucrathackers.fellowship.http.HttpError;
import org.bureaucrathackers.fellowship.http.Routes;
import org.bureaucrathackers.fellowship.mastodon.entities.ApiIds;
import org.bureaucrathackers.fellowship.mastodon.http.ApiJson;
import org.bureaucrathackers.fellowship.mastodon.oauth.ApiAuth;
import org.bureaucrathackers.fellowship.moderation.Suspensions;

/**
 * Structured profiles. {@code PATCH /api/fellowship/v1/profile} changes the caller's (scope
 * {@code write:accounts}; absent fields stay, null ones are cleared) and sends the Update to their followers;
 * {@code GET /api/fellowship/v1/profile/{account_id}} shows anyone's that {@code GET /api/v1/accounts/:id} shows,
 * local or remote, except accounts suspended here (404, as their profile is not shown).
 */
public final class ProfileApi implements Routes {

    private static final String NOT_FOUND = "Record not found";

    private final ApiAuth auth;
    private final ProfileService profiles;
    private final AccountLookup lookup;
    private final Suspensions suspensions;

    public ProfileApi(ApiAuth auth, ProfileService profiles, AccountLookup lookup, Suspensions suspensions) {
        this.auth = auth;
        this.profiles = profiles;
        this.lookup = lookup;
        this.suspensions = suspensions;
    }

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.patch("/api/fellowship/v1/profile", this::update);
        routes.get("/api/fellowship/v1/profile/{account_id}", this::show);
    }

    private void update(Context ctx) {
        Account fellow = auth.user(ctx, "write:accounts").account();
        FellowProfileChanges changes = ProfileChangesJson.read(ctx.body());
        Account updated = fellow;
        if (!changes.isEmpty()) {
            try {
                updated = profiles.update(fellow, new ProfileChanges(null, null, null, null), changes);
            } catch (InvalidProfileFieldException e) {
                throw new FieldError(e.field(), e.problem());
            } catch (InvalidFellowException e) {
                throw new HttpError(422, e.getMessage());
            }
        }
        ApiJson.send(ctx, ProfileJson.of(updated, profiles.fellowProfile(updated)));
    }

    private void show(Context ctx) {
        auth.optional(ctx, "read:accounts");
        Account account = ApiIds.parse(ctx.pathParam("account_id")).flatMap(lookup::byId)
                .filter(a -> a.isLocal() || !suspensions.isSuspended(a.uri()))
                .orElseThrow(() -> new HttpError(404, NOT_FOUND));
        ApiJson.send(ctx, ProfileJson.of(account, profiles.fellowProfile(account)));
    }
}
