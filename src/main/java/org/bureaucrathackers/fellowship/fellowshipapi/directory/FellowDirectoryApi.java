package org.bureaucrathackers.fellowship.fellowshipapi.directory;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.HashMap;
import java.util.Map;
import org.bureaucrathackers.fellowship.directory.DirectoryFilter;
import org.bureaucrathackers.fellowship.directory.DirectoryOrder;
import org.bureaucrathackers.fellowship.directory.Facet;
import org.bureaucrathackers.fellowship.directory.FacetedDirectory;
import org.bureaucrathackers.fellowship.directory.InvalidDirectoryFilterException;
import org.bureaucrathackers.fellowship.http.FieldError;
import org.bureaucrathackers.fellowship.http.Routes;
import org.bureaucrathackers.fellowship.json.Json;
import org.bureaucrathackers.fellowship.mastodon.api.ApiPaging;
import org.bureaucrathackers.fellowship.mastodon.api.OffsetPaging;
import org.bureaucrathackers.fellowship.mastodon.entities.AccountEntities;
import org.bureaucrathackers.fellowship.mastodon.http.ApiJson;
import org.bureaucrathackers.fellowship.mastodon.http.ApiParams;
import org.bureaucrathackers.fellowship.mastodon.oauth.ApiAuth;

/**
 * {@code GET /api/fellowship/v1/directory}: the fellows Mastodon's {@code /api/v1/directory} lists (local and
 * remote, discoverable, not suspended), narrowed by {@code country}, {@code government_level},
 * {@code organisation}, {@code sector}, {@code theme}, {@code stage} and free text {@code q}; paged by
 * {@code offset} and {@code limit} (at most 80) and ordered by {@code order} (active or new) as Mastodon's is.
 * Answers {@code {"accounts": [Account…], "facets": {"country": {"UA": 3, …}, …}}}, each facet counted over
 * the fellows matching every other filter. Open to anonymous callers, like Mastodon's directory.
 */
public final class FellowDirectoryApi implements Routes {

    private final ApiAuth auth;
    private final FacetedDirectory directory;
    private final AccountEntities entities;

    public FellowDirectoryApi(ApiAuth auth, FacetedDirectory directory, AccountEntities entities) {
        this.auth = auth;
        this.directory = directory;
        this.entities = entities;
    }

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.get("/api/fellowship/v1/directory", this::list);
    }

    private void list(Context ctx) {
        auth.optional(ctx, "read:accounts");
        ApiParams params = ApiParams.of(ctx);
        DirectoryOrder order = params.nonBlank("order").map(word -> DirectoryOrder.parse(word)
                .orElseThrow(() -> new FieldError("order", "must be active or new")))
                .orElse(DirectoryOrder.ACTIVE);
        int offset = OffsetPaging.offset(params);
        int limit = OffsetPaging.strictLimit(params, ApiPaging.Limits.ACCOUNTS);
        Map<String, String> values = new HashMap<>();
        for (Facet facet : Facet.values()) {
            params.string(facet.parameter()).ifPresent(value -> values.put(facet.parameter(), value));
        }
        DirectoryFilter filter;
        try {
            filter = FacetedDirectory.filter(values, params.string("q").orElse(null));
        } catch (InvalidDirectoryFilterException e) {
            throw new FieldError(e.parameter(), e.problem());
        }
        FacetedDirectory.Page page = directory.list(filter, order, offset, limit);
        ObjectNode body = Json.object();
        body.set("accounts", entities.accounts(page.accounts()));
        ObjectNode facets = body.putObject("facets");
        page.facets().forEach((facet, counts) -> {
            ObjectNode counted = facets.putObject(facet.parameter());
            counts.forEach(counted::put);
        });
        ApiJson.send(ctx, body);
    }
}
