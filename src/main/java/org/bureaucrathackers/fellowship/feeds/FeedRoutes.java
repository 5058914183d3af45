package org.bureaucrathackers.fellowship.feeds;

import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.FellowService;
import org.bureaucrathackers.fellowship.community.Community;
import org.bureaucrathackers.fellowship.community.CommunityService;
import org.bureaucrathackers.fellowship.http.HttpError;
import org.bureaucrathackers.fellowship.http.Routes;
import org.bureaucrathackers.fellowship.post.FeedEntry;
import org.bureaucrathackers.fellowship.post.Hashtags;
import org.bureaucrathackers.fellowship.post.PublicFeeds;
import org.bureaucrathackers.fellowship.uri.LocalUris;

/**
 * RSS 2.0 and Atom feeds of public posts: a fellow's ({@code /@NAME.rss}, {@code /@NAME.atom}), a
 * hashtag's ({@code /tags/NAME.rss}, {@code /tags/NAME.atom}) and what a community announced
 * ({@code /communities/NAME.rss}, {@code /communities/NAME.atom}). {@code ?limit=} asks for up to
 * {@value PublicFeeds#MAX_ENTRIES} posts ({@value PublicFeeds#DEFAULT_ENTRIES} without it). Listed before the
 * HTML pages and the community actor, whose {@code /@{username}} and {@code /communities/{name}} would
 * otherwise take {@code alice.rss} for a name (names may not end in {@code .rss} or {@code .atom} for that
 * reason).
 */
public final class FeedRoutes implements Routes {

    private final FellowService fellows;
    private final CommunityService communities;
    private final PublicFeeds feeds;
    private final FeedContents contents;
    private final Predicate<Account> suspended;

    /** @param suspended whether an account is suspended here, when its feed is gone like its posts */
    public FeedRoutes(FellowService fellows, CommunityService communities, PublicFeeds feeds, LocalUris uris,
                      Predicate<Account> suspended) {
        this.fellows = fellows;
        this.communities = communities;
        this.feeds = feeds;
        this.contents = new FeedContents(uris);
        this.suspended = suspended;
    }

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.get("/@{username}.rss", ctx -> fellow(ctx, Format.RSS));
        routes.get("/@{username}.atom", ctx -> fellow(ctx, Format.ATOM));
        routes.get("/tags/{name}.rss", ctx -> tag(ctx, Format.RSS));
        routes.get("/tags/{name}.atom", ctx -> tag(ctx, Format.ATOM));
        routes.get("/communities/{name}.rss", ctx -> community(ctx, Format.RSS));
        routes.get("/communities/{name}.atom", ctx -> community(ctx, Format.ATOM));
    }

    private void fellow(Context ctx, Format format) {
        String username = ctx.pathParam("username");
        int limit = FeedLimit.read(ctx);
        Account account = fellows.findLocal(username)
                .filter(a -> a.actorType() == Account.ActorType.Person)
                .orElseThrow(() -> HttpError.notFound("No fellow called " + shortened(username) + " here"));
        if (account.isDeleted()) {
            throw HttpError.gone(account.username() + " has left this instance");
        }
        if (suspended.test(account)) {
            throw HttpError.gone(account.username() + " is suspended on this instance");
        }
        FeedAnswers.send(ctx, format, contents.ofAccount(account, feeds.ofAccount(account, limit)));
    }

    private void tag(Context ctx, Format format) {
        String asked = ctx.pathParam("name");
        int limit = FeedLimit.read(ctx);
        String name = Hashtags.normalize(asked);
        if (name == null) {
            throw HttpError.notFound("'" + shortened(asked) + "' is not a hashtag: a hashtag has letters, and "
                    + "only letters, digits and underscores");
        }
        List<FeedEntry> entries = feeds.ofTag(name, limit);
        if (entries.isEmpty()) {
            throw HttpError.notFound("No public posts with #" + name + " here");
        }
        FeedAnswers.send(ctx, format, contents.ofTag(name, entries));
    }

    private void community(Context ctx, Format format) {
        String name = ctx.pathParam("name");
        int limit = FeedLimit.read(ctx);
        Community community = communities.find(name)
                .orElseThrow(() -> HttpError.notFound("No community called " + shortened(name) + " here"));
        Account group = community.account();
        if (group.isDeleted()) {
            throw HttpError.gone("The community " + community.name() + " was closed");
        }
        FeedAnswers.send(ctx, format, contents.ofCommunity(group, feeds.announcedBy(group, limit)));
    }

    /** Enough of what was asked to recognise it, never a whole oversized path. */
    private static String shortened(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }

    /** The two formats, each with its writer and media type. */
    enum Format {
        RSS(RssWriter::write, RssWriter.CONTENT_TYPE),
        ATOM(AtomWriter::write, AtomWriter.CONTENT_TYPE);

        final Function<Feed, String> writer;
        final String contentType;

        Format(Function<Feed, String> writer, String contentType) {
            this.writer = writer;
            this.contentType = contentType;
        }
    }
}
