package org.bureaucrathackers.fellowship.mastodon.api.statuses;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.http.FieldError;
import org.bureaucrathackers.fellowship.http.HttpError;
import org.bureaucrathackers.fellowship.http.Routes;
import org.bureaucrathackers.fellowship.json.Json;
import org.bureaucrathackers.fellowship.mastodon.api.ApiStatuses;
import org.bureaucrathackers.fellowship.mastodon.entities.ApiIds;
import org.bureaucrathackers.fellowship.mastodon.entities.ApiTimes;
import org.bureaucrathackers.fellowship.mastodon.entities.StatusEntities;
import org.bureaucrathackers.fellowship.mastodon.http.ApiJson;
import org.bureaucrathackers.fellowship.mastodon.http.ApiParams;
import org.bureaucrathackers.fellowship.post.InteractionService;
import org.bureaucrathackers.fellowship.post.NewPost;
import org.bureaucrathackers.fellowship.post.PostEdit;
import org.bureaucrathackers.fellowship.post.PostIdempotency;
import org.bureaucrathackers.fellowship.post.PostService;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.post.StructuredPostException;
import org.bureaucrathackers.fellowship.post.Threads;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.TextNode;

/**
 * Statuses on the client API: post (with Idempotency-Key), read, edit, delete, their source, their edit
 * history and the thread around them. Posting goes through {@link PostService}, so Markdown, mentions,
 * hashtags and delivery work as everywhere else.
 */
public final class StatusesApi implements Routes {

    private static final List<String> POLL_PARAMETERS = List.of("poll", "poll[options]", "poll[expires_in]",
            "poll[multiple]", "poll[hide_totals]");

    private final ApiStatuses lookup;
    private final PostService posts;
    private final InteractionService interactions;
    private final PostIdempotency idempotency;
    private final Threads threads;
    private final StatusEntities entities;
    private final LongFunction<Status.Visibility> defaultVisibility;

    /** @param defaultVisibility a fellow's default visibility for posts that name none, by account id */
    public StatusesApi(ApiStatuses lookup, PostService posts, InteractionService interactions,
                       PostIdempotency idempotency, Threads threads, StatusEntities entities,
                       LongFunction<Status.Visibility> defaultVisibility) {
        this.lookup = lookup;
        this.posts = posts;
        this.interactions = interactions;
        this.idempotency = idempotency;
        this.threads = threads;
        this.entities = entities;
        this.defaultVisibility = defaultVisibility;
    }

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.post("/api/v1/statuses", this::create);
        routes.get("/api/v1/statuses/{id}", this::show);
        routes.put("/api/v1/statuses/{id}", this::edit);
        routes.delete("/api/v1/statuses/{id}", this::delete);
        routes.get("/api/v1/statuses/{id}/source", this::source);
        routes.get("/api/v1/statuses/{id}/history", this::history);
        routes.get("/api/v1/statuses/{id}/context", this::context);
    }

    private void create(Context ctx) {
        Account author = lookup.fellow(ctx, "write:statuses");
        ApiParams params = ApiParams.of(ctx);
        if (params.nonBlank("scheduled_at").isPresent()) {
            throw new HttpError(422, "scheduled posts are not supported");
        }
        refusePolls(params);
        List<Long> media = mediaIds(params);
        String text = text(params, media);
        Status.Visibility visibility = params.nonBlank("visibility")
                .map(word -> ApiStatuses.validated(() -> Status.Visibility.parse(word)))
                .orElseGet(() -> defaultVisibility.apply(author.id()));
        String inReplyTo = params.id("in_reply_to_id").map(id -> replyTarget(id, author)).orElse(null);
        NewPost request = new NewPost(text, visibility, inReplyTo, params.string("spoiler_text").orElse(null),
                params.nonBlank("language").orElse(null), params.bool("sensitive", false), media);
        Optional<String> key = Optional.ofNullable(ctx.header("Idempotency-Key")).filter(k -> !k.isBlank());
        Status status;
        try {
            status = ApiStatuses.validated(() -> key.isPresent()
                    ? idempotency.post(author, key.get(), () -> posts.post(author, request))
                    : posts.post(author, request));
        } catch (PostIdempotency.InProgressException e) {
            throw new HttpError(409, e.getMessage());
        }
        ApiJson.send(ctx, entities.status(status, author));
    }

    private void show(Context ctx) {
        Optional<Account> viewer = lookup.viewer(ctx, "read:statuses");
        ApiJson.send(ctx, entities.status(lookup.visible(ctx, viewer), viewer.orElse(null)));
    }

    private void edit(Context ctx) {
        Account author = lookup.fellow(ctx, "write:statuses");
        Status status = ownStatus(ctx, author);
        if (status.isBoost()) {
            throw new HttpError(422, "Validation failed: a boost cannot be edited");
        }
        ApiParams params = ApiParams.of(ctx);
        refusePolls(params);
        // Without the parameter a post stays sensitive only if it was so without a content warning.
        boolean wasSensitive = status.sensitive() && status.spoilerText() == null;
        // As Mastodon: an edit names all the media the post keeps; none named, none kept.
        List<Long> media = mediaIds(params);
        PostEdit edit = new PostEdit(text(params, media), params.string("spoiler_text").orElse(null),
                params.nonBlank("language").orElse(null), params.bool("sensitive", wasSensitive), media);
        Status edited = ApiStatuses.validated(() -> {
            try {
                return posts.edit(author, status.id(), edit);
            } catch (StructuredPostException e) {
                throw new HttpError(422, "Validation failed: this status is a practice record; edit it through PUT "
                        + "/api/fellowship/v1/practices/" + ApiIds.format(e.statusId())
                        + " so that the record and its story stay the same");
            }
        });
        ApiJson.send(ctx, entities.status(edited, author));
    }

    /** Deletes a post (or takes a boost back) and answers with it as it was, {@code text} holding its source. */
    private void delete(Context ctx) {
        Account author = lookup.fellow(ctx, "write:statuses");
        Status status = ownStatus(ctx, author);
        ObjectNode json = entities.status(status, author);
        json.put("text", status.isBoost() ? "" : sourceText(status));
        if (status.isBoost()) {
            ApiStatuses.validated(() -> interactions.unboost(author, lookup.original(status)));
        } else {
            ApiStatuses.validated(() -> posts.delete(author, status.id()));
        }
        ApiJson.send(ctx, json);
    }

    private void source(Context ctx) {
        Account viewer = lookup.fellow(ctx, "read:statuses");
        Status status = lookup.visible(ctx, viewer);
        ObjectNode json = Json.object();
        json.put("id", ApiIds.format(status.id()));
        json.put("text", status.isBoost() ? "" : sourceText(status));
        json.put("spoiler_text", status.spoilerText() == null ? "" : status.spoilerText());
        ApiJson.send(ctx, json);
    }

    /** Earlier versions are not kept: the history is the current version alone, as of its last edit. */
    private void history(Context ctx) {
        Optional<Account> viewer = lookup.viewer(ctx, "read:statuses");
        Status status = lookup.visible(ctx, viewer);
        ObjectNode current = entities.status(status, viewer.orElse(null));
        ObjectNode version = Json.object();
        version.set("content", current.get("content"));
        version.set("spoiler_text", current.get("spoiler_text"));
        version.set("sensitive", current.get("sensitive"));
        version.put("created_at", ApiTimes.datetime(
                status.editedAt() != null ? status.editedAt() : status.createdAt()));
        version.set("account", current.get("account"));
        version.putNull("poll");
        version.set("media_attachments", current.get("media_attachments"));
        version.putArray("emojis");
        ArrayNode history = Json.MAPPER.createArrayNode();
        history.add(version);
        ApiJson.send(ctx, history);
    }

    private void context(Context ctx) {
        Optional<Account> viewer = lookup.viewer(ctx, "read:statuses");
        Status status = lookup.visible(ctx, viewer);
        Threads.Context thread = threads.of(status, viewer);
        ObjectNode json = Json.object();
        json.set("ancestors", entities.statuses(thread.ancestors(), viewer.orElse(null)));
        json.set("descendants", entities.statuses(thread.descendants(), viewer.orElse(null)));
        ApiJson.send(ctx, json);
    }

    /** A status of the caller's: 404 when they may not see it, 403 when it is someone else's. */
    private Status ownStatus(Context ctx, Account author) {
        Status status = lookup.visible(ctx, author);
        if (status.accountId() != author.id()) {
            throw new HttpError(403, "This action is not allowed");
        }
        return status;
    }

    /** The post to reply to, as its IRI; 404 when the caller may not see it. */
    private String replyTarget(long id, Account author) {
        Status parent = lookup.original(lookup.visibleById(id, Optional.of(author)));
        return parent.uri();
    }

    /** The text; it may be left out when media are attached. */
    private static String text(ApiParams params, List<Long> media) {
        Optional<String> text = params.nonBlank("status");
        if (text.isEmpty() && media.isEmpty()) {
            throw new HttpError(422, "Validation failed: Text can't be blank");
        }
        return text.orElse("");
    }

    /** The uploads to attach, in order; more than the most a post takes are refused before any lookup. */
    private static List<Long> mediaIds(ApiParams params) {
        List<String> given = params.list("media_ids").stream().filter(id -> !id.isBlank()).toList();
        if (given.size() > PostService.MAX_MEDIA) {
            throw new FieldError("media_ids", "a post takes at most " + PostService.MAX_MEDIA + " attachments");
        }
        return given.stream().map(id -> ApiIds.parse(id).orElseThrow(() -> new FieldError("media_ids",
                "media attachment " + abbreviate(id) + " was not found"))).toList();
    }

    private static void refusePolls(ApiParams params) {
        for (String name : POLL_PARAMETERS) {
            if (params.list(name).stream().anyMatch(value -> !value.isBlank())) {
                throw new HttpError(422, "Validation failed: polls are not supported");
            }
        }
    }

    /** What the author wrote: the Markdown of local posts, the plain text of others. */
    private static String sourceText(Status status) {
        if (status.contentSource() != null) {
            return status.contentSource();
        }
        Document html = Jsoup.parse(status.contentHtml());
        html.select("br").forEach(br -> br.replaceWith(new TextNode("\n")));
        html.select("p").forEach(p -> p.appendText("\n\n"));
        return html.wholeText().strip();
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
