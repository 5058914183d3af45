package org.bureaucrathackers.fellowship.discovery;

import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.bureaucrathackers.fellowship.http.Routes;
import org.bureaucrathackers.fellowship.instance.InstanceStats;
import org.bureaucrathackers.fellowship.json.Json;

/**
 * {@code /.well-known/nodeinfo} and the NodeInfo 2.0 and 2.1 documents it links to (D12, D13); the discovery
 * document also links the instance actor (FEP-2677), so other servers find it without guessing its path.
 */
public final class NodeInfoRoutes implements Routes {

    public static final String DISCOVERY_PATH = "/.well-known/nodeinfo";
    /** FEP-2677's link relation for the application (instance) actor. */
    public static final String APPLICATION_REL = "https://www.w3.org/ns/activitystreams#Application";
    static final Duration MONTH = Duration.ofDays(30);
    static final Duration HALF_YEAR = Duration.ofDays(180);

    private final InstanceStats stats;
    private final String base;
    private final String instanceActor;
    private final String softwareVersion;
    private final NodeInfoDocument.Metadata metadata;
    private final Clock clock;

    /**
     * @param base scheme://host[:port] of this instance
     * @param instanceActor the URL of the instance actor
     */
    public NodeInfoRoutes(InstanceStats stats, String base, String instanceActor, String softwareVersion,
                          NodeInfoDocument.Metadata metadata, Clock clock) {
        this.stats = stats;
        this.base = base;
        this.instanceActor = instanceActor;
        this.softwareVersion = softwareVersion;
        this.metadata = metadata;
        this.clock = clock;
    }

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        DiscoveryCors.open(routes, DISCOVERY_PATH);
        routes.get(DISCOVERY_PATH, this::discovery);
        for (NodeInfoDocument.Schema schema : NodeInfoDocument.Schema.values()) {
            DiscoveryCors.open(routes, schema.path());
            routes.get(schema.path(), ctx -> document(ctx, schema));
        }
    }

    private void discovery(Context ctx) {
        var document = Json.object();
        var links = document.putArray("links");
        for (NodeInfoDocument.Schema schema : NodeInfoDocument.Schema.values()) {
            links.addObject().put("rel", schema.rel()).put("href", base + schema.path());
        }
        links.addObject().put("rel", APPLICATION_REL).put("href", instanceActor);
        ctx.contentType("application/json; charset=utf-8");
        ctx.result(Json.write(document));
    }

    private void document(Context ctx, NodeInfoDocument.Schema schema) {
        ctx.contentType(schema.contentType());
        ctx.result(Json.write(NodeInfoDocument.build(schema, softwareVersion, usage(), metadata)));
    }

    private NodeInfoDocument.Usage usage() {
        Instant now = clock.instant();
        return new NodeInfoDocument.Usage(stats.fellows(), stats.fellowsActiveSince(now.minus(MONTH)),
                stats.fellowsActiveSince(now.minus(HALF_YEAR)), stats.localPosts());
    }
}
