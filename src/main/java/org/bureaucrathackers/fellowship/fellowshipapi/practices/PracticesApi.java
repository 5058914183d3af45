package org.bureaucrathackers.fellowship.fellowshipapi.practices;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.http.FieldError;
import org.bureaucrathackers.fellowship.http.HttpError;
import org.bureaucrathackers.fellowship.http.Routes;
import org.bureaucrathackers.fellowship.json.Json;
import org.bureaucrathackers.fellowship.mastodon.api.ApiPaging;
import org.bureaucrathackers.fellowship.mastodon.api.ApiStatuses;
import org.bureaucrathackers.fellowship.mastodon.entities.ApiTimes;
import org.bureaucrathackers.fellowship.mastodon.http.ApiJson;
import org.bureaucrathackers.fellowship.paging.PageRequest;
import org.bureaucrathackers.fellowship.paging.Slice;
import org.bureaucrathackers.fellowship.post.InvalidPostException;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.practice.InvalidPracticeException;
import org.bureaucrathackers.fellowship.practice.Practice;
import org.bureaucrathackers.fellowship.practice.PracticeInput;
import org.bureaucrathackers.fellowship.practice.PracticeJson;
import org.bureaucrathackers.fellowship.practice.PracticeRequest;
import org.bureaucrathackers.fellowship.practice.PracticeService;

/**
 * Practice records on the Fellowship API. Reading needs {@code read:statuses} (or no token, for what anyone may
 * see), writing {@code write:statuses}; a practice is visible exactly when its status is. Bodies are JSON with the
 * fields of the record; a fault is a 422 naming the field.
 */
public final class PracticesApi implements Routes {

    private static final String BASE = "/api/fellowship/v1/practices";
    private static final int MAX_BODY = 400_000;

    private final PracticeService practices;
    private final ApiStatuses lookup;
    private final PracticeEntities entities;
    private final PracticeFilters filters;
    private final ApiPaging paging;

    public PracticesApi(PracticeService practices, ApiStatuses lookup, PracticeEntities entities,
                        PracticeFilters filters, ApiPaging paging) {
        this.practices = practices;
        this.lookup = lookup;
        this.entities = entities;
        this.filters = filters;
        this.paging = paging;
    }

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.post(BASE, this::create);
        routes.get(BASE, this::list);
        routes.get(BASE + "/{id}", this::show);
        routes.put(BASE + "/{id}", this::edit);
        routes.delete(BASE + "/{id}", this::delete);
        routes.get(BASE + "/{id}/history", this::history);
        routes.get(BASE + "/{id}/adaptations", this::adaptations);
    }

    private void create(Context ctx) {
        Account author = lookup.fellow(ctx, "write:statuses");
        PracticeRequest request = validated(() -> PracticeInput.strict().request(body(ctx)));
        Practice practice = validated(() -> practices.create(author, request));
        ApiJson.send(ctx, entities.practice(practice, lookup.visibleById(practice.statusId(), Optional.of(author)),
                Optional.of(author)));
    }

    private void show(Context ctx) {
        Optional<Account> viewer = lookup.viewer(ctx, "read:statuses");
        Status status = lookup.visible(ctx, viewer);
        ApiJson.send(ctx, entities.practice(practiceOf(status), status, viewer));
    }

    private void edit(Context ctx) {
        Account author = lookup.fellow(ctx, "write:statuses");
        Status status = own(ctx, author);
        PracticeRequest request = validated(() -> PracticeInput.strict().request(body(ctx)));
        Practice practice = validated(() -> practices.edit(author, status.id(), request));
        ApiJson.send(ctx, entities.practice(practice, lookup.visibleById(status.id(), Optional.of(author)),
                Optional.of(author)));
    }

    /** Deletes the practice and its status, answering with the practice as it was. */
    private void delete(Context ctx) {
        Account author = lookup.fellow(ctx, "write:statuses");
        Status status = own(ctx, author);
        ObjectNode json = entities.practice(practiceOf(status), status, Optional.of(author));
        validated(() -> {
            practices.delete(author, status.id());
            return null;
        });
        ApiJson.send(ctx, json);
    }

    private void history(Context ctx) {
        Optional<Account> viewer = lookup.viewer(ctx, "read:statuses");
        Status status = lookup.visible(ctx, viewer);
        practiceOf(status);
        ArrayNode versions = Json.MAPPER.createArrayNode();
        for (Practice version : practices.history(status.id())) {
            ObjectNode json = PracticeJson.write(version.content());
            json.put("created_at", ApiTimes.datetime(version.updatedAt()));
            versions.add(json);
        }
        ApiJson.send(ctx, versions);
    }

    private void list(Context ctx) {
        Optional<Account> viewer = lookup.viewer(ctx, "read:statuses");
        PageRequest page = ApiPaging.strictRequest(ctx, ApiPaging.Limits.STATUSES);
        Slice<Practice> slice = filters.filter(ctx).map(f -> practices.list(f, page)).orElse(Slice.empty());
        Map<Long, Status> visible = lookup.visibleByIds(slice.items().stream().map(Practice::statusId).toList(),
                viewer);
        paging.link(ctx, slice, Practice::statusId);
        ApiJson.send(ctx, entities.practices(slice.items(), visible, viewer));
    }

    /** The practices adapted from this one, wherever they were published, with their organisations and countries. */
    private void adaptations(Context ctx) {
        Optional<Account> viewer = lookup.viewer(ctx, "read:statuses");
        Status status = lookup.visible(ctx, viewer);
        practiceOf(status);
        PageRequest page = ApiPaging.strictRequest(ctx, ApiPaging.Limits.STATUSES);
        Slice<Practice> slice = practices.adaptations(status, page);
        ArrayNode json = Json.MAPPER.createArrayNode();
        for (Practice practice : slice.items()) {
            json.add(entities.summary(practice, lookup.visibleById(practice.statusId(), viewer)));
        }
        paging.link(ctx, slice, Practice::statusId);
        ApiJson.send(ctx, json);
    }

    private Practice practiceOf(Status status) {
        return practices.find(status.id()).orElseThrow(() -> new HttpError(404, ApiStatuses.NOT_FOUND));
    }

    /** A practice of the caller's: 404 when they may not see it, 403 when it is someone else's. */
    private Status own(Context ctx, Account author) {
        Status status = lookup.visible(ctx, author);
        practiceOf(status);
        if (status.accountId() != author.id()) {
            throw new HttpError(403, "This action is not allowed");
        }
        return status;
    }

    private static JsonNode body(Context ctx) {
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        String body = ctx.body();
        if (!type.startsWith("application/json") && !body.strip().startsWith("{")) {
            throw new HttpError(415, "Send the practice as JSON (Content-Type: application/json)");
        }
        if (body.length() > MAX_BODY) {
            throw new HttpError(413, "A practice is at most " + MAX_BODY + " characters of JSON");
        }
        try {
            return Json.MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw new HttpError(400, "The body is not valid JSON");
        }
    }

    /** Runs a call, turning a faulty practice into 422 naming its field, and a broken posting rule into 422. */
    private static <T> T validated(Supplier<T> call) {
        try {
            return call.get();
        } catch (InvalidPracticeException e) {
            throw new FieldError(e.field(), e.problem());
        } catch (InvalidPostException e) {
            throw new HttpError(422, "Validation failed: " + e.getMessage());
        }
    }
}
