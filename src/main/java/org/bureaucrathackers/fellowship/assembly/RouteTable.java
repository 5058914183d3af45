package org.bureaucrathackers.fellowship.assembly;

import java.util.ArrayList;
import java.util.List;
import org.bureaucrathackers.fellowship.config.Settings;
import org.bureaucrathackers.fellowship.http.Routes;

/**
 * Every HTTP module of the server, in the order their routes are matched: a reader finds each route of the
 * server from here (each module registers its paths in its {@code register} method).
 */
public final class RouteTable {

    private RouteTable() {
    }

    public static List<Routes> of(Settings settings, ClientApi api, WebSurface web) {
        List<Routes> routes = new ArrayList<>();
        if (settings.authorizedFetch()) {
            routes.add(web.authorizedFetch);
        }
        routes.addAll(List.of(
                // Mastodon client API
                api.cors,
                api.defaultImages,
                api.apps,
                api.authorizePage,
                api.oauthToken,
                api.oauthMetadata,
                api.credentials,
                api.preferences,
                api.relationships,
                api.search,
                api.accountsApi,
                api.followRequests,
                api.blocksApi,
                api.mutesApi,
                api.endorsements,
                api.directoryApi,
                api.statusesApi,
                api.statusActions,
                api.timelines,
                api.accountStatuses,
                api.favouritesApi,
                api.bookmarksApi,
                api.instance,
                api.customEmojis,
                api.announcements,
                api.pushSubscription,
                api.markersApi,
                api.lists,
                api.filters,
                api.tags,
                api.trendsApi,
                api.notificationsApi,
                api.streaming,
                // Browser sign-in and remote interaction
                web.signIn,
                web.interaction,
                // HTML pages, discovery, ActivityPub
                web.pageRoutes,
                web.webFinger,
                web.hostMeta,
                web.nodeInfo,
                web.actors,
                web.collections,
                web.statuses,
                web.tags,
                web.inbox));
        return routes;
    }
}
