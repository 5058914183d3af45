package org.bureaucrathackers.fellowship.activitypub;

import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.FellowService;
import org.bureaucrathackers.fellowship.http.HttpError;
import org.bureaucrathackers.fellowship.http.RequestLimits;
import org.bureaucrathackers.fellowship.http.Routes;
import org.bureaucrathackers.fellowship.inbox.InboundRequest;
import org.bureaucrathackers.fellowship.inbox.InboxPipeline;
import org.bureaucrathackers.fellowship.inbox.InboxRefusal;
import org.bureaucrathackers.fellowship.json.Json;

/** The shared inbox, fellows', communities' and the instance actor's inboxes: all feed one pipeline (V6). */
public final class InboxRoutes implements Routes {

    private final InboxPipeline pipeline;
    private final FellowService fellows;

    public InboxRoutes(InboxPipeline pipeline, FellowService fellows) {
        this.pipeline = pipeline;
        this.fellows = fellows;
    }

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.post("/inbox", this::receive);
        routes.post("/actor/inbox", this::receive);
        routes.post("/users/{username}/inbox", ctx -> {
            String username = ctx.pathParam("username");
            Account account = fellows.findLocal(username)
                    .filter(a -> a.actorType() == Account.ActorType.Person)
                    .orElseThrow(() -> HttpError.notFound("No fellow called " + username + " here"));
            if (account.isDeleted()) {
                throw HttpError.gone(username + " has left this instance");
            }
            receive(ctx);
        });
        routes.post("/communities/{name}/inbox", ctx -> {
            String name = ctx.pathParam("name");
            Account community = fellows.findLocal(name)
                    .filter(a -> a.actorType() == Account.ActorType.Group)
                    .orElseThrow(() -> HttpError.notFound("No community called " + name + " here"));
            if (community.isDeleted()) {
                throw HttpError.gone("The community " + name + " was closed");
            }
            receive(ctx);
        });
    }

    private void receive(Context ctx) {
        requireActivityContentType(ctx.header("Content-Type"));
        byte[] body = ctx.bodyAsBytes();
        if (body.length > RequestLimits.MAX_REQUEST_BYTES) {
            throw new HttpError(413, "Request body is larger than " + RequestLimits.MAX_REQUEST_BYTES + " bytes");
        }
        String query = ctx.queryString();
        InboundRequest request = new InboundRequest(ctx.method().name(),
                ctx.req().getRequestURI() + (query == null ? "" : "?" + query), headers(ctx), body);
        InboxPipeline.Receipt receipt;
        try {
            receipt = pipeline.receive(request);
        } catch (InboxRefusal refusal) {
            // The sender gets the status and message the inbox chose, in the error body every route uses.
            throw new HttpError(refusal.status(), refusal.getMessage());
        }
        ctx.status(receipt.status());
        ctx.contentType("application/json; charset=utf-8");
        ctx.result(Json.write(Map.of("status", receipt.message())));
    }

    /** ActivityPub bodies only (E2); other media types get 415 before anything is read. */
    static void requireActivityContentType(String contentType) {
        String type = contentType == null ? "" : contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        if (!type.equals("application/activity+json") && !type.equals("application/ld+json")
                && !type.equals("application/json")) {
            throw new HttpError(415, "Send activities as application/activity+json");
        }
    }

    private static Map<String, List<String>> headers(Context ctx) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : Collections.list(ctx.req().getHeaderNames())) {
            headers.put(name.toLowerCase(Locale.ROOT), new ArrayList<>(Collections.list(ctx.req().getHeaders(name))));
        }
        return headers;
    }
}
