package org.bureaucrathackers.fellowship.activitypub;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.ProofSigner;
import org.bureaucrathackers.fellowship.http.HttpError;
import org.bureaucrathackers.fellowship.http.Negotiation;
import org.bureaucrathackers.fellowship.http.Routes;
import org.bureaucrathackers.fellowship.json.Json;
import org.bureaucrathackers.fellowship.paging.PageRequest;
import org.bureaucrathackers.fellowship.paging.Slice;
import org.bureaucrathackers.fellowship.post.Hashtags;
import org.bureaucrathackers.fellowship.post.PublicTimeline;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.post.Timelines;
import org.bureaucrathackers.fellowship.uri.LocalUris;

/**
 * {@code /tags/NAME}, where the hashtag links of our Notes lead (Mastodon links hashtags there too). Browsers
 * get the hashtag's page, which {@link HtmlPage} renders. ActivityPub clients get an {@code OrderedCollection} of the ids of our own newest public
 * posts with it, as Mastodon serves; other servers' posts are theirs to list. Unlisted, followers-only and
 * direct posts never appear.
 */
public final class TagRoutes implements Routes {

    public static final int PAGE_SIZE = 20;

    /** Answers a browser with the page of the hashtag {@code name} (normalised). */
    @FunctionalInterface
    public interface HtmlPage {
        void render(Context ctx, String name);
    }

    private final Timelines timelines;
    private final HtmlPage html;
    private final LocalUris uris;
    private final ProofSigner proofs;
    private final Supplier<Account> instanceActor;

    /** @param proofs with {@code instanceActor}, signs the collection served to ActivityPub clients (FEP-8b32) */
    public TagRoutes(Timelines timelines, HtmlPage html, LocalUris uris, ProofSigner proofs,
                     Supplier<Account> instanceActor) {
        this.timelines = timelines;
        this.html = html;
        this.uris = uris;
        this.proofs = proofs;
        this.instanceActor = instanceActor;
    }

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.get("/tags/{name}", this::tag);
    }

    private void tag(Context ctx) {
        ctx.header("Vary", "Accept");
        String asked = ctx.pathParam("name");
        String name = Hashtags.normalize(asked);
        if (name == null) {
            throw HttpError.notFound("'" + shortened(asked) + "' is not a hashtag: a hashtag has letters, and "
                    + "only letters, digits and underscores");
        }
        if (Negotiation.activityContentType(ctx) != null) {
            ActivityJson.send(ctx, proofs.sign(instanceActor.get().id(), collection(name)));
            return;
        }
        html.render(ctx, name);
    }

    private ObjectNode collection(String name) {
        ObjectNode document = Json.object();
        document.put("@context", "https://www.w3.org/ns/activitystreams");
        document.put("id", uris.tag(name));
        document.put("type", "OrderedCollection");
        ArrayNode items = document.putArray("orderedItems");
        for (Status status : tagged(name, PublicTimeline.Origin.LOCAL, PageRequest.newest(PAGE_SIZE)).items()) {
            items.add(status.uri());
        }
        return document;
    }

    private Slice<Status> tagged(String name, PublicTimeline.Origin origin, PageRequest page) {
        return timelines.tagged(Optional.empty(), name, List.of(), List.of(), List.of(), origin, false, page);
    }

    /** Enough of what was asked to recognise it, never a whole oversized path. */
    private static String shortened(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
