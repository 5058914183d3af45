package org.bureaucrathackers.fellowship.mastodon.api.reading;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bureaucrathackers.fellowship.http.HttpError;
import org.bureaucrathackers.fellowship.http.Routes;
import org.bureaucrathackers.fellowship.json.Json;
import org.bureaucrathackers.fellowship.mastodon.entities.ApiIds;
import org.bureaucrathackers.fellowship.mastodon.entities.ApiTimes;
import org.bureaucrathackers.fellowship.mastodon.http.ApiJson;
import org.bureaucrathackers.fellowship.mastodon.http.ApiParams;
import org.bureaucrathackers.fellowship.mastodon.oauth.ApiAuth;
import org.bureaucrathackers.fellowship.mastodon.oauth.Caller;
import org.bureaucrathackers.fellowship.reading.Marker;
import org.bureaucrathackers.fellowship.reading.MarkerService;

/**
 * {@code GET/POST /api/v1/markers}: where the fellow stopped reading home and notifications, shaped
 * {@code {"home": {last_read_id, version, updated_at}, ...}} (Elk reads {@code notifications.last_read_id}).
 * Unknown timeline names are ignored, as Mastodon does.
 */
public final class MarkersApi implements Routes {

    private final ApiAuth auth;
    private final MarkerService markers;

    public MarkersApi(ApiAuth auth, MarkerService markers) {
        this.auth = auth;
        this.markers = markers;
    }

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.get("/api/v1/markers", this::show);
        routes.post("/api/v1/markers", this::save);
    }

    private void show(Context ctx) {
        Caller caller = auth.user(ctx, "read:statuses");
        Set<Marker.Timeline> timelines = EnumSet.noneOf(Marker.Timeline.class);
        for (String name : ApiParams.of(ctx).list("timeline")) {
            Marker.Timeline.fromKey(name.strip()).ifPresent(timelines::add);
        }
        ApiJson.send(ctx, entity(markers.markers(caller.account(), timelines)));
    }

    private void save(Context ctx) {
        Caller caller = auth.user(ctx, "write:statuses");
        ApiParams params = ApiParams.of(ctx);
        Map<Marker.Timeline, Long> lastRead = new EnumMap<>(Marker.Timeline.class);
        for (Marker.Timeline timeline : Marker.Timeline.values()) {
            String name = timeline.key() + "[last_read_id]";
            params.nonBlank(name).ifPresent(value -> lastRead.put(timeline, ApiIds.parse(value.strip())
                    .orElseThrow(() -> new HttpError(422, "Parameter " + name + " must be an id"))));
        }
        ApiJson.send(ctx, entity(markers.save(caller.account(), lastRead)));
    }

    private static ObjectNode entity(List<Marker> list) {
        ObjectNode json = Json.object();
        for (Marker marker : list) {
            json.putObject(marker.timeline().key())
                    .put("last_read_id", ApiIds.format(marker.lastReadId()))
                    .put("version", marker.version())
                    .put("updated_at", ApiTimes.datetime(marker.updatedAt()));
        }
        return json;
    }
}
