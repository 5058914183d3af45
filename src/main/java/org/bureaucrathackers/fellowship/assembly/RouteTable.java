package org.bureaucrathackers.fellowship.assembly;

import java.util.ArrayList;
import java.util.List;
import org.bureaucrathackers.fellowship.config.Settings;
import org.bureaucrathackers.fellowship.http.Routes;

/**
 * Every HTTP module of the server in the order their routes are matched, each with the paths it serves: a
 * reader finds every route of the server here (each module registers its paths in its {@code register} method).
 */
public final class RouteTable {

    private RouteTable() {
    }

    public static List<Routes> of(Settings settings, ClientApi api, WebSurface web) {
        List<Routes> routes = new ArrayList<>();
        if (settings.authorizedFetch()) {
            routes.add(web.authorizedFetch);  // signature required on GET /users/*, /inbox
        }
        routes.addAll(List.of(
                // Mastodon client API
                api.cors,  // CORS headers for /api, /oauth, /.well-known
                api.defaultImages,  // default avatar and header images
                api.apps,  // /api/v1/apps, /api/v1/apps/verify_credentials
                api.authorizePage,  // /oauth/authorize
                api.oauthToken,  // /oauth/token, /oauth/revoke
                api.oauthMetadata,  // /.well-known/oauth-authorization-server
                api.credentials,  // /api/v1/accounts/verify_credentials, update_credentials
                api.preferences,  // /api/v1/preferences
                api.relationships,  // /api/v1/accounts/relationships, /api/v1/accounts/{id}/(un)follow|block|mute
                api.search,  // /api/v2/search, /api/v1/accounts/search
                api.accountsApi,  // /api/v1/accounts/{id}, lookup, followers, following, featured_tags
                api.followRequests,  // /api/v1/follow_requests
                api.blocksApi,  // /api/v1/blocks
                api.mutesApi,  // /api/v1/mutes
                api.endorsements,  // /api/v1/endorsements
                api.directoryApi,  // /api/v1/directory
                api.statusesApi,  // /api/v1/statuses, /api/v1/statuses/{id}, context, history, source
                api.statusActions,  // /api/v1/statuses/{id}/favourite, reblog, bookmark, pin (and undo), …
                api.timelines,  // /api/v1/timelines/home|public|tag/{hashtag}
                api.accountStatuses,  // /api/v1/accounts/{id}/statuses
                api.favouritesApi,  // /api/v1/favourites
                api.bookmarksApi,  // /api/v1/bookmarks
                api.mediaApi,  // /api/v1/media, /api/v2/media, /api/v1/media/{id}
                api.instance,  // /api/v1/instance (activity, peers, rules, extended_description), /api/v2/instance
                api.customEmojis,  // /api/v1/custom_emojis
                api.announcements,  // /api/v1/announcements
                api.pushSubscription,  // /api/v1/push/subscription
                api.markersApi,  // /api/v1/markers
                api.lists,  // /api/v1/lists, /api/v1/timelines/list/{id}, /api/v1/accounts/{id}/lists
                api.filters,  // /api/v2/filters
                api.tags,  // /api/v1/tags/{name}, follow, unfollow; /api/v1/followed_tags
                api.trendsApi,  // /api/v1/trends, trends/tags|statuses|links
                api.notificationsApi,  // /api/v1/notifications, {id}, clear, dismiss, unread_count
                api.streaming,  // /api/v1/streaming (WebSocket and server-sent events)
                // Fellowship API
                api.profileApi,  // /api/fellowship/v1/profile, /api/fellowship/v1/profile/{account_id}
                api.fellowDirectoryApi,  // /api/fellowship/v1/directory
                api.practicesApi,  // /api/fellowship/v1/practices, {id}, {id}/history, {id}/adaptations
                api.communities,  // /api/fellowship/v1/communities, {name}, {name}/posts/{status_id}
                api.communityRequests,  // /api/fellowship/v1/communities/{name}/follow_requests, authorize, reject
                // Browser sign-in and remote interaction
                web.assets,  // /assets/fellowship.css
                web.signIn,  // /auth/sign_in
                web.signOut,  // /auth/sign_out
                web.languageSwitch,  // /settings/language
                web.applications,  // /settings/applications
                web.interaction,  // /authorize_interaction
                web.timelinePages,  // /home, /public/local, /public, /bookmarks
                web.notificationsPage,  // /notifications
                web.postActions,  // /statuses/{id}/favourite|unfavourite|boost|unboost|bookmark|unbookmark
                web.compose,  // /publish (new post, ?in_reply_to=, ?edit=)
                web.deletePost,  // /statuses/{id}/delete
                web.practiceForm,  // /practices/new
                web.profile.follow,  // /follow
                web.profile.settings,  // /settings/profile
                web.directory,  // /directory
                web.communityPages,  // /communities; POST /communities/{name}/join, leave, posts
                web.search,  // /search
                web.tagPage,  // POST /tags/{name}/follow, unfollow
                // Feeds, HTML pages, discovery, ActivityPub
                // /@{username}.rss|.atom, /tags/{name}.rss|.atom, /communities/{name}.rss|.atom: before the pages
                // and the community actor, whose paths would take NAME.rss for a name
                web.feeds,
                // after the feeds, whose /@{username}.rss it would otherwise take for a name
                web.profile.profiles,  // /@{name}, /@{user}@{domain}, …/follow, …/unfollow, …/remote_follow
                web.pageRoutes,  // /
                web.webFinger,  // /.well-known/webfinger
                web.hostMeta,  // /.well-known/host-meta(.json)
                web.nodeInfo,  // /.well-known/nodeinfo and the NodeInfo 2.0 / 2.1 documents
                web.actors,  // /users/{username}, /actor
                web.collections,  // /users/{username}/outbox, followers, following, collections/*; /actor/outbox
                web.communities,  // /communities/{name}, outbox, followers, moderators
                web.statuses,  // /users/{username}/statuses/{id} (activity, replies), /@{username}/{id}
                web.tags,  // /tags/{name}
                web.mediaFiles,  // /media/{folder}/{file}: uploaded files of the data folder
                web.inbox));  // /inbox, /users/{username}/inbox, /actor/inbox
        return routes;
    }
}
