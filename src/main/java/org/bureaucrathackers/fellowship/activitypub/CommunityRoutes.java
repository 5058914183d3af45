package org.bureaucrathackers.fellowship.activitypub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.List;
import java.util.Optional;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.AccountStore;
import org.bureaucrathackers.fellowship.actor.ActorDocuments;
import org.bureaucrathackers.fellowship.actor.OrderedCollections;
import org.bureaucrathackers.fellowship.actor.ProofSigner;
import org.bureaucrathackers.fellowship.community.Community;
import org.bureaucrathackers.fellowship.community.CommunityService;
import org.bureaucrathackers.fellowship.follow.FollowStore;
import org.bureaucrathackers.fellowship.follow.FollowedActor;
import org.bureaucrathackers.fellowship.http.HttpError;
import org.bureaucrathackers.fellowship.http.Negotiation;
import org.bureaucrathackers.fellowship.http.PagingParameters;
import org.bureaucrathackers.fellowship.http.Routes;
import org.bureaucrathackers.fellowship.paging.PageRequest;
import org.bureaucrathackers.fellowship.paging.Slice;
import org.bureaucrathackers.fellowship.post.NoteDocuments;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.post.StatusDocuments;
import org.bureaucrathackers.fellowship.post.TimelineStore;
import org.bureaucrathackers.fellowship.uri.LocalUris;

/**
 * A community's Group actor at {@code /communities/{name}} (its page for browsers at the same URL, chosen by
 * Accept) and its collections: the outbox of its Announces, its followers (members) and its moderators
 * (FEP-1b12 {@code attributedTo}). Each is signed with the community's key (FEP-8b32) like all we serve.
 */
public final class CommunityRoutes implements Routes {

    private final CommunityService communities;
    private final AccountStore accounts;
    private final FollowStore follows;
    private final TimelineStore statuses;
    private final ActorDocuments actorDocuments;
    private final StatusDocuments statusDocuments;
    private final HtmlPage html;
    private final ProofSigner proofs;
    private final LocalUris uris;

    public CommunityRoutes(CommunityService communities, AccountStore accounts, FollowStore follows,
                           TimelineStore statuses, ActorDocuments actorDocuments, StatusDocuments statusDocuments,
                           HtmlPage html, ProofSigner proofs, LocalUris uris) {
        this.communities = communities;
        this.accounts = accounts;
        this.follows = follows;
        this.statuses = statuses;
        this.actorDocuments = actorDocuments;
        this.statusDocuments = statusDocuments;
        this.html = html;
        this.proofs = proofs;
        this.uris = uris;
    }

    /** Answers a browser with the page of a live community. */
    @FunctionalInterface
    public interface HtmlPage {
        void render(Context ctx, Community community);
    }

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.get("/communities/{name}", this::actor);
        routes.get("/communities/{name}/outbox", this::outbox);
        routes.get("/communities/{name}/followers", this::followers);
        routes.get("/communities/{name}/moderators", this::moderators);
    }

    private void actor(Context ctx) {
        Community community = community(ctx);
        Account group = community.account();
        ctx.header("Vary", "Accept");
        if (Negotiation.activityContentType(ctx) == null) {
            html.render(ctx, community);
            return;
        }
        send(ctx, group, actorDocuments.group(group, accounts.keysOf(group.id()),
                uris.communityModerators(group.username())));
    }

    private void outbox(Context ctx) {
        Account group = community(ctx).account();
        Optional<PageRequest> page = PagingParameters.read(ctx, CollectionRoutes.OUTBOX_PAGE);
        if (page.isEmpty()) {
            send(ctx, group, OrderedCollections.collection(NoteDocuments.context(), group.outboxUrl(),
                    statuses.countOpen(group.id()), true));
            return;
        }
        Slice<Status> slice = statuses.openByAccount(group.id(), page.get());
        send(ctx, group, OrderedCollections.page(NoteDocuments.context(), group.outboxUrl(), page.get(), slice,
                Status::id, status -> statusDocuments.outboxItem(status, group).<JsonNode>map(item -> item)
                        .orElse(TextNode.valueOf(status.uri()))));
    }

    private void followers(Context ctx) {
        Account group = community(ctx).account();
        Optional<PageRequest> page = PagingParameters.read(ctx, CollectionRoutes.FOLLOWS_PAGE);
        JsonNode context = TextNode.valueOf("https://www.w3.org/ns/activitystreams");
        if (page.isEmpty()) {
            send(ctx, group, OrderedCollections.collection(context, group.followersUrl(),
                    follows.countFollowers(group.id()), false));
            return;
        }
        send(ctx, group, OrderedCollections.page(context, group.followersUrl(), page.get(),
                follows.followers(group.id(), page.get()), FollowedActor::followId,
                actor -> TextNode.valueOf(actor.actorUri())));
    }

    private void moderators(Context ctx) {
        Account group = community(ctx).account();
        List<TextNode> moderators = communities.moderators().stream()
                .map(moderator -> TextNode.valueOf(moderator.uri())).toList();
        send(ctx, group, OrderedCollections.whole(TextNode.valueOf("https://www.w3.org/ns/activitystreams"),
                uris.communityModerators(group.username()), moderators));
    }

    private Community community(Context ctx) {
        String name = ctx.pathParam("name");
        Community community = communities.find(name).orElseThrow(() ->
                HttpError.notFound("No community called " + abbreviate(name) + " here"));
        if (community.account().isDeleted()) {
            throw HttpError.gone("The community " + community.name() + " was closed");
        }
        return community;
    }

    private void send(Context ctx, Account owner, ObjectNode document) {
        ActivityJson.send(ctx, proofs.sign(owner.id(), document));
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
