package org.bureaucrathackers.fellowship.discovery;

import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.FellowService;
import org.bureaucrathackers.fellowship.http.HttpError;
import org.bureaucrathackers.fellowship.http.Routes;
import org.bureaucrathackers.fellowship.json.Json;
import org.bureaucrathackers.fellowship.uri.LocalUris;

/** {@code GET /.well-known/webfinger?resource=…}: unauthenticated, as every fediverse server expects (D1, D14). */
public final class WebFingerRoutes implements Routes {

    public static final String PATH = "/.well-known/webfinger";
    public static final String CONTENT_TYPE = "application/jrd+json; charset=utf-8";

    private final FellowService fellows;
    private final LocalUris uris;

    public WebFingerRoutes(FellowService fellows, LocalUris uris) {
        this.fellows = fellows;
        this.uris = uris;
    }

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        DiscoveryCors.open(routes, PATH);
        routes.get(PATH, this::webfinger);
    }

    private void webfinger(Context ctx) {
        WebFingerResource resource;
        try {
            resource = WebFingerResource.parse(ctx.queryParam("resource"), uris);
        } catch (MalformedResourceException e) {
            throw HttpError.badRequest(e.getMessage());
        }
        Object jrd;
        if (resource instanceof WebFingerResource.Fellow fellow) {
            jrd = WebFingerDocument.forFellow(fellow(fellow.username()), uris);
        } else if (resource instanceof WebFingerResource.InstanceActor) {
            jrd = WebFingerDocument.forInstanceActor(fellows.instanceActor(), uris);
        } else {
            throw HttpError.notFound("No such account on " + uris.domain());
        }
        ctx.contentType(CONTENT_TYPE);
        ctx.result(Json.write(jrd));
    }

    private Account fellow(String username) {
        Account account = fellows.findLocal(username)
                // Communities (Group actors) share the fellows' namespace: acct:procurement@host finds one.
                .filter(a -> a.actorType() == Account.ActorType.Person || a.actorType() == Account.ActorType.Group)
                .orElseThrow(() -> HttpError.notFound("No fellow called " + username + " on " + uris.domain()));
        if (account.isDeleted()) {
            throw HttpError.gone(account.username() + " has left " + uris.domain());
        }
        return account;
    }
}
