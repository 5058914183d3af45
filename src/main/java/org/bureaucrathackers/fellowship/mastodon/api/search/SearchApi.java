package org.bureaucrathackers.fellowship.mastodon.api.search;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.directory.AccountSearch;
import org.bureaucrathackers.fellowship.directory.StatusSearch;
import org.bureaucrathackers.fellowship.directory.TagSearch;
import org.bureaucrathackers.fellowship.http.HttpError;
import org.bureaucrathackers.fellowship.http.Routes;
import org.bureaucrathackers.fellowship.json.Json;
import org.bureaucrathackers.fellowship.mastodon.api.ApiPaging;
import org.bureaucrathackers.fellowship.mastodon.api.OffsetPaging;
import org.bureaucrathackers.fellowship.mastodon.entities.AccountEntities;
import org.bureaucrathackers.fellowship.mastodon.entities.StatusEntities;
import org.bureaucrathackers.fellowship.mastodon.entities.TagEntities;
import org.bureaucrathackers.fellowship.mastodon.http.ApiJson;
import org.bureaucrathackers.fellowship.mastodon.http.ApiParams;
import org.bureaucrathackers.fellowship.mastodon.oauth.ApiAuth;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.signals.Trends;

/**
 * Search: {@code GET /api/v2/search} (accounts, statuses, hashtags; open to anonymous callers, who may neither
 * resolve remote resources nor page, as on Mastodon) and {@code GET /api/v1/accounts/search} (accounts, for
 * fellows). {@code resolve} takes any truthy spelling (toot sends {@code True}).
 */
public final class SearchApi implements Routes {

    private static final ApiPaging.Limits SEARCH = new ApiPaging.Limits(20, 40);

    private final ApiAuth auth;
    private final AccountSearch accounts;
    private final StatusSearch statuses;
    private final TagSearch tags;
    private final AccountEntities accountEntities;
    private final StatusEntities statusEntities;
    private final Trends trends;
    private final TagEntities tagEntities;

    public SearchApi(ApiAuth auth, AccountSearch accounts, StatusSearch statuses, TagSearch tags,
                     AccountEntities accountEntities, StatusEntities statusEntities, Trends trends,
                     TagEntities tagEntities) {
        this.auth = auth;
        this.accounts = accounts;
        this.statuses = statuses;
        this.tags = tags;
        this.accountEntities = accountEntities;
        this.statusEntities = statusEntities;
        this.trends = trends;
        this.tagEntities = tagEntities;
    }

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.get("/api/v2/search", this::search);
        routes.get("/api/v1/accounts/search", this::searchAccounts);
    }

    private void search(Context ctx) {
        Account viewer = auth.viewer(ctx, "read:search").orElse(null);
        ApiParams params = ApiParams.of(ctx);
        String q = params.required("q");
        String type = params.nonBlank("type").map(t -> t.strip().toLowerCase(Locale.ROOT)).orElse(null);
        if (type != null && !List.of("accounts", "statuses", "hashtags").contains(type)) {
            throw new HttpError(422, "Parameter type must be accounts, statuses or hashtags");
        }
        boolean resolve = params.bool("resolve", false);
        int offset = OffsetPaging.offset(params);
        if (viewer == null && resolve) {
            throw new HttpError(401, "Search queries that resolve remote resources are not supported without "
                    + "authentication");
        }
        if (viewer == null && offset > 0) {
            throw new HttpError(401, "Search queries pagination is not supported without authentication");
        }
        int limit = OffsetPaging.limit(params, SEARCH);
        boolean following = params.bool("following", false);
        Long accountId = params.id("account_id").orElse(null);
        ObjectNode body = Json.object();
        body.set("accounts", wants(type, "accounts")
                ? accountEntities.accounts(accounts.search(q, resolve, viewer, following, offset, limit))
                : Json.MAPPER.createArrayNode());
        List<Status> found = wants(type, "statuses")
                ? statuses.search(q, resolve, viewer, accountId, offset, limit) : List.of();
        body.set("statuses", statusEntities.statuses(found, viewer));
        body.set("hashtags", wants(type, "hashtags") ? hashtags(tags.search(q, offset, limit))
                : Json.MAPPER.createArrayNode());
        ApiJson.send(ctx, body);
    }

    private void searchAccounts(Context ctx) {
        Account viewer = auth.user(ctx, "read:accounts").account();
        ApiParams params = ApiParams.of(ctx);
        String q = params.required("q");
        int offset = OffsetPaging.offset(params);
        List<Account> found = accounts.search(q, params.bool("resolve", false), viewer,
                params.bool("following", false), offset, OffsetPaging.limit(params, ApiPaging.Limits.ACCOUNTS));
        ApiJson.send(ctx, accountEntities.accounts(found));
    }

    private static boolean wants(String type, String kind) {
        return type == null || type.equals(kind);
    }

    /** Tag entities with the last week's daily use, counted once for the whole page. */
    private ArrayNode hashtags(List<String> names) {
        ArrayNode array = Json.MAPPER.createArrayNode();
        Map<String, List<Trends.Day>> history = trends.history(names);
        for (String name : names) {
            array.add(tagEntities.tag(name, history.getOrDefault(name, List.of()), null));
        }
        return array;
    }
}
