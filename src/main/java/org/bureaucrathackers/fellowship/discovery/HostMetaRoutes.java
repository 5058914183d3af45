package org.bureaucrathackers.fellowship.discovery;

import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.Locale;
import org.bureaucrathackers.fellowship.http.Routes;
import org.bureaucrathackers.fellowship.json.Json;

/**
 * {@code /.well-known/host-meta} (D11): where to find WebFinger, as XRD by default and as JSON when the
 * client asks for it or uses {@code host-meta.json}. Mastodon falls back to it when WebFinger says 404.
 */
public final class HostMetaRoutes implements Routes {

    public static final String PATH = "/.well-known/host-meta";
    public static final String JSON_PATH = "/.well-known/host-meta.json";
    public static final String XRD_TYPE = "application/xrd+xml; charset=utf-8";
    public static final String JSON_TYPE = "application/json; charset=utf-8";
    private static final int MAX_ACCEPT_RANGES = 32;

    private final String template;

    /** @param base scheme://host[:port] of this instance */
    public HostMetaRoutes(String base) {
        this.template = base + WebFingerRoutes.PATH + "?resource={uri}";
    }

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        DiscoveryCors.open(routes, PATH);
        DiscoveryCors.open(routes, JSON_PATH);
        routes.get(PATH, ctx -> {
            ctx.header("Vary", "Accept");
            if (wantsJson(ctx.header("Accept"))) {
                json(ctx);
            } else {
                xrd(ctx);
            }
        });
        routes.get(JSON_PATH, this::json);
    }

    private void xrd(Context ctx) {
        ctx.contentType(XRD_TYPE);
        ctx.result("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<XRD xmlns=\"http://docs.oasis-open.org/ns/xri/xrd-1.0\">\n"
                + "  <Link rel=\"lrdd\" template=\"" + escapeAttribute(template) + "\"/>\n"
                + "</XRD>\n");
    }

    private void json(Context ctx) {
        var document = Json.object();
        document.putArray("links").addObject().put("rel", "lrdd").put("template", template);
        ctx.contentType(JSON_TYPE);
        ctx.result(Json.write(document));
    }

    /** Whether the Accept header prefers a JSON type over XML; XRD wins ties and absent headers. */
    static boolean wantsJson(String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        double json = 0;
        double xml = 0;
        String[] ranges = accept.toLowerCase(Locale.ROOT).split(",", MAX_ACCEPT_RANGES + 1);
        for (int i = 0; i < Math.min(ranges.length, MAX_ACCEPT_RANGES); i++) {
            String[] parts = ranges[i].trim().split(";");
            String type = parts[0].trim();
            double quality = quality(parts);
            if (type.equals("application/json") || type.equals("application/jrd+json")) {
                json = Math.max(json, quality);
            } else if (type.equals("application/xrd+xml") || type.equals("application/xml")
                    || type.equals("text/xml") || type.equals("*/*")) {
                xml = Math.max(xml, quality);
            }
        }
        return json > xml;
    }

    private static double quality(String[] parameters) {
        for (int i = 1; i < parameters.length; i++) {
            String parameter = parameters[i].trim();
            if (parameter.startsWith("q=")) {
                try {
                    double q = Double.parseDouble(parameter.substring(2));
                    return q >= 0 && q <= 1 ? q : 0;
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }

    private static String escapeAttribute(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
