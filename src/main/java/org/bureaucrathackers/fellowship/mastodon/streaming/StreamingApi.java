package org.bureaucrathackers.fellowship.mastodon.streaming;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import io.javalin.websocket.WsConnectContext;
import io.javalin.websocket.WsContext;
import io.javalin.websocket.WsMessageContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.bureaucrathackers.fellowship.http.HttpError;
import org.bureaucrathackers.fellowship.http.Routes;
import org.bureaucrathackers.fellowship.json.Json;
import org.bureaucrathackers.fellowship.mastodon.oauth.ApiAuth;
import org.bureaucrathackers.fellowship.mastodon.oauth.Caller;

/**
 * Mastodon's streaming API. WebSocket at {@code /api/v1/streaming}: the token in the Authorization header, the
 * {@code access_token} query parameter or as the subprotocol (echoed back in the handshake); streams chosen with
 * {@code ?stream=&tag=} and {@code {"type":"subscribe"|"unsubscribe","stream":...,"tag":...}} messages; events
 * as {@code {"stream":[...],"event":...,"payload":"..."}}. Server-sent events at {@code /api/v1/streaming/user},
 * {@code /user/notification}, {@code /public} ({@code /local}, {@code /remote}, {@code ?only_media=true}),
 * {@code /hashtag} and {@code /hashtag/local} with {@code ?tag=}. As in Mastodon 4.2, every stream needs a token:
 * public and hashtag streams one with {@code read:statuses} (an application's will do), the fellow's own streams a
 * fellow's, with {@code read:statuses} or {@code read:notifications}. {@code /api/v1/streaming/health} says OK.
 */
public final class StreamingApi implements Routes {

    static final String PATH = "/api/v1/streaming";
    private static final String CALLER = "fellowship.stream.caller";
    private static final String FIRST_CHANNEL = "fellowship.stream.channel";
    private static final String CONNECTION = "fellowship.stream.connection";
    /** Try again later: the server is full or shutting down. */
    private static final int TRY_AGAIN_LATER = 1013;

    private final ApiAuth auth;
    private final EventHub hub;

    public StreamingApi(ApiAuth auth, EventHub hub) {
        this.auth = auth;
        this.hub = hub;
    }

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.get(PATH + "/health", ctx -> {
            ctx.contentType("text/plain; charset=utf-8");
            ctx.result("OK");
        });
        routes.get(PATH + "/user", ctx -> serverSentEvents(ctx, Channel.USER));
        routes.get(PATH + "/user/notification", ctx -> serverSentEvents(ctx, Channel.USER_NOTIFICATION));
        routes.get(PATH + "/public", ctx -> serverSentEvents(ctx, "public"));
        routes.get(PATH + "/public/local", ctx -> serverSentEvents(ctx, "public:local"));
        routes.get(PATH + "/public/remote", ctx -> serverSentEvents(ctx, "public:remote"));
        routes.get(PATH + "/hashtag", ctx -> serverSentEvents(ctx, Channel.HASHTAG));
        routes.get(PATH + "/hashtag/local", ctx -> serverSentEvents(ctx, Channel.HASHTAG_LOCAL));
        routes.wsBeforeUpgrade(PATH, this::beforeUpgrade);
        routes.ws(PATH, ws -> {
            ws.onConnect(this::connected);
            ws.onMessage(this::message);
            ws.onClose(StreamingApi::closed);
            ws.onError(StreamingApi::closed);
        });
    }

    private void serverSentEvents(Context ctx, String name) {
        boolean onlyMedia = name.startsWith("public") && isTrue(ctx.queryParam("only_media"));
        Channel channel = Channel.of(onlyMedia ? name + ":media" : name, ctx.queryParam("tag"));
        Caller caller = authorize(ctx, channel);
        SseConnection connection;
        try {
            connection = new SseConnection(caller, hub.limits(), ctx.res().getOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        connection.subscribe(channel);
        refuseIfFull(hub.admit(connection));
        ctx.status(200);
        ctx.contentType("text/event-stream; charset=utf-8");
        ctx.header("Cache-Control", "no-store");
        ctx.header("X-Accel-Buffering", "no");
        ctx.future(() -> {
            hub.startWriter(connection);
            return connection.finished();
        });
    }

    /** Authenticates the handshake, so a bad token or stream is a plain HTTP error rather than an open socket. */
    private void beforeUpgrade(Context ctx) {
        String stream = ctx.queryParam("stream");
        Channel channel = stream == null || stream.isBlank() ? null : Channel.of(stream, ctx.queryParam("tag"));
        Caller caller = channel == null ? anyReader(ctx) : authorize(ctx, channel);
        refuseIfFull(hub.wouldRefuse(caller.tokenId()));
        ctx.attribute(CALLER, caller);
        ctx.attribute(FIRST_CHANNEL, channel);
    }

    private void connected(WsConnectContext ctx) {
        Caller caller = ctx.attribute(CALLER);
        Channel channel = ctx.attribute(FIRST_CHANNEL);
        ctx.session.setMaxTextMessageSize(hub.limits().maxMessageBytes());
        WebSocketConnection connection = new WebSocketConnection(caller, hub.limits(), ctx.session);
        if (channel != null) {
            connection.subscribe(channel);
        }
        if (hub.admit(connection) != EventHub.Refusal.NONE) {
            ctx.closeSession(TRY_AGAIN_LATER, "Too many streaming connections");
            return;
        }
        ctx.attribute(CONNECTION, connection);
    }

    /** {@code {"type":"subscribe"|"unsubscribe","stream":...,"tag":...}}; anything else answers an error event. */
    private void message(WsMessageContext ctx) {
        WebSocketConnection connection = ctx.attribute(CONNECTION);
        if (connection == null) {
            return;
        }
        try {
            JsonNode request = parse(ctx.message());
            String type = request.path("type").asText("");
            Channel channel = Channel.of(request.path("stream").asText(""), request.path("tag").asText(null));
            switch (type) {
                case "subscribe" -> {
                    requireAllowed(connection.caller(), channel);
                    connection.subscribe(channel);
                }
                case "unsubscribe" -> connection.unsubscribe(channel);
                default -> throw new HttpError(400, "Unknown message type: use subscribe or unsubscribe");
            }
        } catch (HttpError e) {
            connection.sendError(e.status(), e.getMessage());
        }
    }

    private static void closed(WsContext ctx) {
        WebSocketConnection connection = ctx.attribute(CONNECTION);
        if (connection != null) {
            connection.close();
        }
    }

    private Caller authorize(Context ctx, Channel channel) {
        return channel.isUser() ? auth.user(ctx, channel.scope()) : auth.any(ctx, channel.scope());
    }

    /** A connection that picks its streams later needs a token that could read at least one of them. */
    private Caller anyReader(Context ctx) {
        Caller caller = auth.optional(ctx).orElseThrow(() -> new HttpError(401, "The access token is invalid"));
        if (!caller.allows("read:statuses") && !caller.allows("read:notifications")) {
            throw new HttpError(403, "This action is outside the authorized scopes");
        }
        return caller;
    }

    private static void requireAllowed(Caller caller, Channel channel) {
        if (channel.isUser() && !caller.isUser()) {
            throw new HttpError(422, "This stream requires an authenticated user");
        }
        if (!caller.allows(channel.scope())) {
            throw new HttpError(403, "This action is outside the authorized scopes");
        }
    }

    private void refuseIfFull(EventHub.Refusal refusal) {
        switch (refusal) {
            case NONE -> {
            }
            case TOKEN_FULL -> throw new HttpError(429, "Too many streaming connections for this access token (at most "
                    + hub.limits().maxConnectionsPerToken() + ")");
            case SERVER_FULL -> throw new HttpError(503, "The streaming server is full; try again later");
            case SHUTTING_DOWN -> throw new HttpError(503, "The server is shutting down");
        }
    }

    private static JsonNode parse(String text) {
        try {
            JsonNode node = Json.MAPPER.readTree(text);
            if (node == null || !node.isObject()) {
                throw new HttpError(400, "A message must be a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new HttpError(400, "A message must be a JSON object");
        }
    }

    private static boolean isTrue(String value) {
        return value != null && switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true", "1", "on", "yes", "t" -> true;
            default -> false;
        };
    }
}
