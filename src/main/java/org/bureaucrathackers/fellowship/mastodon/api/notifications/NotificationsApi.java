package org.bureaucrathackers.fellowship.mastodon.api.notifications;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.bureaucrathackers.fellowship.http.HttpError;
import org.bureaucrathackers.fellowship.http.Routes;
import org.bureaucrathackers.fellowship.json.Json;
import org.bureaucrathackers.fellowship.mastodon.api.ApiPaging;
import org.bureaucrathackers.fellowship.mastodon.entities.ApiIds;
import org.bureaucrathackers.fellowship.mastodon.entities.NotificationEntities;
import org.bureaucrathackers.fellowship.mastodon.http.ApiJson;
import org.bureaucrathackers.fellowship.mastodon.http.ApiParams;
import org.bureaucrathackers.fellowship.mastodon.oauth.ApiAuth;
import org.bureaucrathackers.fellowship.mastodon.oauth.Caller;
import org.bureaucrathackers.fellowship.notification.Notification;
import org.bureaucrathackers.fellowship.notification.NotificationFilter;
import org.bureaucrathackers.fellowship.notification.NotificationType;
import org.bureaucrathackers.fellowship.notification.Notifications;
import org.bureaucrathackers.fellowship.paging.Slice;
import org.bureaucrathackers.fellowship.reading.Marker;
import org.bureaucrathackers.fellowship.reading.MarkerService;

/**
 * {@code /api/v1/notifications}: the caller's notifications, newest first, with Mastodon's filters
 * ({@code types[]}, {@code exclude_types[]}, {@code account_id}) and cursor paging; one by id; dismiss and clear;
 * the count of those newer than the notifications read marker (Mastodon 4.3's {@code unread_count}).
 */
public final class NotificationsApi implements Routes {

    private static final String READ = "read:notifications";
    private static final String WRITE = "write:notifications";
    /** A client naming more types than exist is confused, not malicious; more than this is refused. */
    private static final int MAX_TYPE_NAMES = 50;
    /** Mastodon counts unread notifications up to 100 unless asked for more, and never beyond 1000. */
    private static final int UNREAD_FALLBACK = 100;
    private static final int UNREAD_MAX = 1_000;

    private final ApiAuth auth;
    private final ApiPaging paging;
    private final Notifications notifications;
    private final NotificationEntities entities;
    private final MarkerService markers;

    public NotificationsApi(ApiAuth auth, ApiPaging paging, Notifications notifications,
                            NotificationEntities entities, MarkerService markers) {
        this.auth = auth;
        this.paging = paging;
        this.notifications = notifications;
        this.entities = entities;
        this.markers = markers;
    }

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.get("/api/v1/notifications", this::list);
        routes.post("/api/v1/notifications/clear", this::clear);
        // Before Mastodon 2.9.2 the id came as a parameter; Mastodon.py still calls this form for old servers.
        routes.post("/api/v1/notifications/dismiss", this::dismissByParameter);
        routes.get("/api/v1/notifications/unread_count", this::unreadCount);
        routes.get("/api/v1/notifications/{id}", this::one);
        routes.post("/api/v1/notifications/{id}/dismiss", this::dismiss);
    }

    private void list(Context ctx) {
        Caller caller = auth.user(ctx, READ);
        NotificationFilter filter = filter(ApiParams.of(ctx));
        Slice<Notification> slice = notifications.list(caller.account(), filter,
                ApiPaging.request(ctx, ApiPaging.Limits.NOTIFICATIONS));
        ArrayNode body = Json.MAPPER.createArrayNode();
        for (Notification notification : slice.items()) {
            entities.notification(notification, caller.account()).ifPresent(body::add);
        }
        paging.link(ctx, slice, Notification::id);
        ApiJson.send(ctx, body);
    }

    /** {@code {"count": n}}: notifications newer than the read marker (all of them when it was never set). */
    private void unreadCount(Context ctx) {
        Caller caller = auth.user(ctx, READ);
        ApiParams params = ApiParams.of(ctx);
        int cap = (int) params.number("limit", UNREAD_FALLBACK, 1, UNREAD_MAX);
        Long lastRead = markers.markers(caller.account(), List.of(Marker.Timeline.NOTIFICATIONS)).stream()
                .findFirst().map(Marker::lastReadId).orElse(null);
        ObjectNode body = Json.object();
        body.put("count", notifications.unread(caller.account(), filter(params), lastRead, cap));
        ApiJson.send(ctx, body);
    }

    private void one(Context ctx) {
        Caller caller = auth.user(ctx, READ);
        long id = pathId(ctx);
        Notification notification = notifications.find(caller.account(), id).orElseThrow(NotificationsApi::notFound);
        ApiJson.send(ctx, entities.notification(notification, caller.account()).orElseThrow(NotificationsApi::notFound));
    }

    private void dismiss(Context ctx) {
        Caller caller = auth.user(ctx, WRITE);
        dismiss(ctx, caller, pathId(ctx));
    }

    private void dismissByParameter(Context ctx) {
        Caller caller = auth.user(ctx, WRITE);
        String id = ApiParams.of(ctx).required("id");
        dismiss(ctx, caller, ApiIds.parse(id.trim()).orElseThrow(NotificationsApi::notFound));
    }

    private void dismiss(Context ctx, Caller caller, long id) {
        if (!notifications.dismiss(caller.account(), id)) {
            throw notFound();
        }
        ApiJson.empty(ctx);
    }

    private void clear(Context ctx) {
        Caller caller = auth.user(ctx, WRITE);
        notifications.clear(caller.account());
        ApiJson.empty(ctx);
    }

    private static NotificationFilter filter(ApiParams params) {
        return new NotificationFilter(!params.list("types").isEmpty(), types(params.list("types")),
                types(params.list("exclude_types")), params.id("account_id").orElse(null));
    }

    /** The types a client named; names we do not know are ignored, as Mastodon does. */
    private static Set<NotificationType> types(List<String> names) {
        if (names.size() > MAX_TYPE_NAMES) {
            throw new HttpError(422, "At most " + MAX_TYPE_NAMES + " notification types may be named");
        }
        Set<NotificationType> types = EnumSet.noneOf(NotificationType.class);
        names.forEach(name -> NotificationType.fromWire(name.trim()).ifPresent(types::add));
        return types;
    }

    /** Ids are opaque to clients: anything that is not one of ours names nothing (404). */
    private static long pathId(Context ctx) {
        return ApiIds.parse(ctx.pathParam("id")).orElseThrow(NotificationsApi::notFound);
    }

    private static HttpError notFound() {
        return new HttpError(404, "Record not found");
    }
}
