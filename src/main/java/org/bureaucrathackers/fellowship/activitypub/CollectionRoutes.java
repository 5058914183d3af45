package org.bureaucrathackers.fellowship.activitypub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.FellowService;
import org.bureaucrathackers.fellowship.actor.OrderedCollections;
import org.bureaucrathackers.fellowship.actor.ProofSigner;
import org.bureaucrathackers.fellowship.follow.FollowStore;
import org.bureaucrathackers.fellowship.follow.FollowedActor;
import org.bureaucrathackers.fellowship.http.PagingParameters;
import org.bureaucrathackers.fellowship.http.Routes;
import org.bureaucrathackers.fellowship.json.Json;
import org.bureaucrathackers.fellowship.paging.PageRequest;
import org.bureaucrathackers.fellowship.paging.Slice;
import org.bureaucrathackers.fellowship.post.FeaturedTag;
import org.bureaucrathackers.fellowship.post.FeaturedTagStore;
import org.bureaucrathackers.fellowship.post.NoteDocuments;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.post.StatusDocuments;
import org.bureaucrathackers.fellowship.post.TimelineStore;
import org.bureaucrathackers.fellowship.uri.LocalUris;

/**
 * A fellow's collections (CO1, CO2, CO4, CO5, CO7): outbox, followers, following, featured posts and
 * featured tags, plus the instance actor's empty outbox. Only public and unlisted posts and accepted
 * follows ever appear or count.
 */
public final class CollectionRoutes implements Routes {

    public static final int OUTBOX_PAGE = 20;
    public static final int FOLLOWS_PAGE = 12;
    public static final int MAX_FEATURED = 100;

    private final ServedActors actors;
    private final TimelineStore statuses;
    private final FollowStore follows;
    private final FeaturedTagStore featuredTags;
    private final StatusDocuments documents;
    private final LocalUris uris;
    private final ProofSigner proofs;
    private final FellowService fellows;

    /** @param proofs signs each collection with its owner's key (FEP-8b32), as everything else we serve */
    public CollectionRoutes(ServedActors actors, TimelineStore statuses, FollowStore follows,
                            FeaturedTagStore featuredTags, StatusDocuments documents, LocalUris uris,
                            ProofSigner proofs, FellowService fellows) {
        this.actors = actors;
        this.statuses = statuses;
        this.follows = follows;
        this.featuredTags = featuredTags;
        this.documents = documents;
        this.uris = uris;
        this.proofs = proofs;
        this.fellows = fellows;
    }

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.get("/users/{username}/outbox", this::outbox);
        routes.get("/users/{username}/followers", this::followers);
        routes.get("/users/{username}/following", this::following);
        routes.get("/users/{username}/collections/featured", this::featured);
        routes.get("/users/{username}/collections/tags", this::tags);
        routes.get("/actor/outbox", this::instanceOutbox);
    }

    private void outbox(Context ctx) {
        Account account = actors.byUsername(ctx.pathParam("username"));
        String id = account.outboxUrl();
        Optional<PageRequest> page = PagingParameters.read(ctx, OUTBOX_PAGE);
        if (page.isEmpty()) {
            send(ctx, account, OrderedCollections.collection(postContext(), id, statuses.countOpen(account.id()), true));
            return;
        }
        Slice<Status> slice = statuses.openByAccount(account.id(), page.get());
        // A boost whose original vanished since the page was read renders as its bare id.
        send(ctx, account, OrderedCollections.page(postContext(), id, page.get(), slice, Status::id,
                status -> documents.outboxItem(status, account).<JsonNode>map(item -> item)
                        .orElse(TextNode.valueOf(status.uri()))));
    }

    private void followers(Context ctx) {
        Account account = actors.byUsername(ctx.pathParam("username"));
        followList(ctx, account, account.followersUrl(), follows.countFollowers(account.id()),
                request -> follows.followers(account.id(), request));
    }

    private void following(Context ctx) {
        Account account = actors.byUsername(ctx.pathParam("username"));
        followList(ctx, account, account.followingUrl(), follows.countFollowing(account.id()),
                request -> follows.following(account.id(), request));
    }

    private void followList(Context ctx, Account account, String id, long total,
                            Function<PageRequest, Slice<FollowedActor>> pageOf) {
        Optional<PageRequest> page = PagingParameters.read(ctx, FOLLOWS_PAGE);
        if (page.isEmpty()) {
            send(ctx, account, OrderedCollections.collection(plainContext(), id, total, false));
            return;
        }
        send(ctx, account, OrderedCollections.page(plainContext(), id, page.get(), pageOf.apply(page.get()),
                FollowedActor::followId, actor -> TextNode.valueOf(actor.actorUri())));
    }

    private void featured(Context ctx) {
        Account account = actors.byUsername(ctx.pathParam("username"));
        List<ObjectNode> notes = statuses.pinned(account.id(), MAX_FEATURED).stream()
                .map(status -> documents.note(status, account))
                .toList();
        send(ctx, account, OrderedCollections.whole(postContext(), account.featuredUrl(), notes));
    }

    private void tags(Context ctx) {
        Account account = actors.byUsername(ctx.pathParam("username"));
        List<FeaturedTag> tags = featuredTags.byAccount(account.id(), MAX_FEATURED);
        ObjectNode doc = Json.object();
        ArrayNode context = doc.putArray("@context").add("https://www.w3.org/ns/activitystreams");
        context.addObject().put("Hashtag", "as:Hashtag");
        doc.put("id", uris.featuredTags(account.username()));
        doc.put("type", "Collection");
        doc.put("totalItems", tags.size());
        ArrayNode items = doc.putArray("items");
        for (FeaturedTag tag : tags) {
            items.addObject()
                    .put("type", "Hashtag")
                    .put("href", uris.tag(tag.name()))
                    .put("name", "#" + tag.name());
        }
        send(ctx, account, doc);
    }

    /** The instance actor publishes nothing. */
    private void instanceOutbox(Context ctx) {
        String id = uris.instanceActorOutbox();
        Account actor = fellows.instanceActor();
        Optional<PageRequest> page = PagingParameters.read(ctx, OUTBOX_PAGE);
        if (page.isEmpty()) {
            send(ctx, actor, OrderedCollections.collection(plainContext(), id, 0, true));
            return;
        }
        send(ctx, actor, OrderedCollections.page(plainContext(), id, page.get(), Slice.<Long>empty(),
                Long::longValue, item -> TextNode.valueOf(Long.toString(item))));
    }

    private void send(Context ctx, Account owner, ObjectNode document) {
        ActivityJson.send(ctx, proofs.sign(owner.id(), document));
    }

    private static JsonNode plainContext() {
        return TextNode.valueOf("https://www.w3.org/ns/activitystreams");
    }

    /** Collections of Notes: Mastodon's "sensitive", "conversation" and Hashtag are not in the AS context. */
    private static JsonNode postContext() {
        return NoteDocuments.context();
    }
}
