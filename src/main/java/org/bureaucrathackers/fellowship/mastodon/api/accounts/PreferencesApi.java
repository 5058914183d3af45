package org.bureaucrathackers.fellowship.mastodon.api.accounts;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import org.bureaucrathackers.fellowship.http.Routes;
import org.bureaucrathackers.fellowship.json.Json;
import org.bureaucrathackers.fellowship.mastodon.entities.StatusEntities;
import org.bureaucrathackers.fellowship.mastodon.http.ApiJson;
import org.bureaucrathackers.fellowship.mastodon.oauth.ApiAuth;
import org.bureaucrathackers.fellowship.post.PostingDefaults;
import org.bureaucrathackers.fellowship.post.PostingPreferences;

/**
 * {@code GET /api/v1/preferences}: the fellow's posting defaults, and Mastodon's reading defaults (media shown
 * as marked, content warnings folded), which are not settable here.
 */
public final class PreferencesApi implements Routes {

    private final ApiAuth auth;
    private final PostingPreferences preferences;

    public PreferencesApi(ApiAuth auth, PostingPreferences preferences) {
        this.auth = auth;
        this.preferences = preferences;
    }

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.get("/api/v1/preferences", this::preferences);
    }

    private void preferences(Context ctx) {
        long fellowId = auth.user(ctx, "read:accounts").accountId();
        PostingDefaults defaults = preferences.defaults(fellowId);
        ObjectNode json = Json.object();
        json.put("posting:default:visibility", StatusEntities.visibility(defaults.visibility()));
        json.put("posting:default:sensitive", defaults.sensitive());
        json.put("posting:default:language", defaults.language());
        json.put("reading:expand:media", "default");
        json.put("reading:expand:spoilers", false);
        ApiJson.send(ctx, json);
    }
}
