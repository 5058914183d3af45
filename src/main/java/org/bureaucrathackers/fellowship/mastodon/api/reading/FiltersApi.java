package org.bureaucrathackers.fellowship.mastodon.api.reading;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bureaucrathackers.fellowship.http.HttpError;
import org.bureaucrathackers.fellowship.http.Routes;
import org.bureaucrathackers.fellowship.json.Json;
import org.bureaucrathackers.fellowship.mastodon.entities.ApiIds;
import org.bureaucrathackers.fellowship.mastodon.entities.ApiTimes;
import org.bureaucrathackers.fellowship.mastodon.http.ApiJson;
import org.bureaucrathackers.fellowship.mastodon.http.ApiParams;
import org.bureaucrathackers.fellowship.mastodon.oauth.ApiAuth;
import org.bureaucrathackers.fellowship.mastodon.oauth.Caller;
import org.bureaucrathackers.fellowship.reading.ContentFilter;
import org.bureaucrathackers.fellowship.reading.FilterChange;
import org.bureaucrathackers.fellowship.reading.FilterService;

/**
 * Keyword filters, Mastodon's v2 API: {@code /api/v2/filters} and {@code /api/v2/filters/:id}, with keywords
 * given as {@code keywords_attributes[][keyword|whole_word|id|_destroy]}. Scopes read:filters and
 * write:filters; someone else's filter is 404.
 */
public final class FiltersApi implements Routes {

    private static final String KEYWORDS = "keywords_attributes";

    private final ApiAuth auth;
    private final FilterService filters;

    public FiltersApi(ApiAuth auth, FilterService filters) {
        this.auth = auth;
        this.filters = filters;
    }

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.get("/api/v2/filters", this::index);
        routes.post("/api/v2/filters", this::create);
        routes.get("/api/v2/filters/{id}", this::show);
        routes.put("/api/v2/filters/{id}", this::update);
        routes.delete("/api/v2/filters/{id}", this::delete);
    }

    private void index(Context ctx) {
        Caller caller = auth.user(ctx, "read:filters");
        ArrayNode array = Json.MAPPER.createArrayNode();
        filters.filters(caller.account()).forEach(f -> array.add(entity(f)));
        ApiJson.send(ctx, array);
    }

    private void create(Context ctx) {
        Caller caller = auth.user(ctx, "write:filters");
        FilterChange change = change(ApiParams.of(ctx), true);
        ApiJson.send(ctx, entity(ReadingErrors.answer(() -> filters.create(caller.account(), change))));
    }

    private void show(Context ctx) {
        Caller caller = auth.user(ctx, "read:filters");
        ApiJson.send(ctx, entity(ReadingErrors.answer(() -> filters.owned(caller.account(), filterId(ctx)))));
    }

    private void update(Context ctx) {
        Caller caller = auth.user(ctx, "write:filters");
        FilterChange change = change(ApiParams.of(ctx), false);
        ApiJson.send(ctx, entity(ReadingErrors.answer(() -> filters.update(caller.account(), filterId(ctx), change))));
    }

    private void delete(Context ctx) {
        Caller caller = auth.user(ctx, "write:filters");
        ReadingErrors.run(() -> filters.delete(caller.account(), filterId(ctx)));
        ApiJson.empty(ctx);
    }

    private static long filterId(Context ctx) {
        return ReadingErrors.pathId(ctx.pathParam("id"));
    }

    /** The request as a change; for a new filter, absent title and contexts are blank (which the service refuses). */
    private static FilterChange change(ApiParams params, boolean creating) {
        String title = params.string("title").orElse(creating ? "" : null);
        List<String> contexts = params.has("context") ? params.list("context") : creating ? List.of() : null;
        String action = params.nonBlank("filter_action").map(a -> a.strip().toLowerCase(Locale.ROOT)).orElse(null);
        FilterChange.Expiry expiry = FilterChange.Expiry.UNCHANGED;
        if (params.has("expires_in")) {
            expiry = params.nonBlank("expires_in").isEmpty() ? FilterChange.Expiry.NEVER
                    : FilterChange.Expiry.in(params.number("expires_in", 0, 1, FilterService.MAX_EXPIRES_IN));
        }
        List<Map<String, String>> objects = params.objects(KEYWORDS);
        if (objects.size() > FilterService.MAX_KEYWORDS) {
            throw new HttpError(422, "Validation failed: a filter has at most " + FilterService.MAX_KEYWORDS
                    + " keywords");
        }
        List<FilterChange.KeywordChange> keywords = new ArrayList<>();
        for (Map<String, String> object : objects) {
            ApiParams fields = ApiParams.of(single(object));
            Long id = fields.nonBlank("id").map(text -> ApiIds.parse(text.strip())
                    .orElseThrow(() -> new HttpError(404, ReadingErrors.NOT_FOUND))).orElse(null);
            Boolean wholeWord = fields.nonBlank("whole_word").isPresent() ? fields.bool("whole_word", true) : null;
            keywords.add(new FilterChange.KeywordChange(id, fields.string("keyword").orElse(null), wholeWord,
                    fields.bool("_destroy", false)));
        }
        return new FilterChange(title, contexts, action, expiry, keywords);
    }

    private static Map<String, List<String>> single(Map<String, String> object) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        object.forEach((key, value) -> values.put(key, List.of(value)));
        return values;
    }

    static ObjectNode entity(ContentFilter filter) {
        ObjectNode json = Json.object();
        json.put("id", ApiIds.format(filter.id()));
        json.put("title", filter.title());
        ArrayNode context = json.putArray("context");
        filter.orderedContexts().forEach(c -> context.add(c.key()));
        json.put("expires_at", ApiTimes.datetime(filter.expiresAt()));
        json.put("filter_action", filter.action().key());
        ArrayNode keywords = json.putArray("keywords");
        for (ContentFilter.Keyword keyword : filter.keywords()) {
            keywords.addObject()
                    .put("id", ApiIds.format(keyword.id()))
                    .put("keyword", keyword.keyword())
                    .put("whole_word", keyword.wholeWord());
        }
        json.putArray("statuses");
        return json;
    }
}
