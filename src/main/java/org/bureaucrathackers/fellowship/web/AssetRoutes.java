package org.bureaucrathackers.fellowship.web;

import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.bureaucrathackers.fellowship.http.Routes;

/** The pages' one stylesheet, served by the instance itself so pages ask no other host for anything. */
public final class AssetRoutes implements Routes {

    public static final String STYLESHEET = "/assets/fellowship.css";

    private final byte[] stylesheet = read("/web/fellowship.css");

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.get(STYLESHEET, this::stylesheet);
    }

    private void stylesheet(Context ctx) {
        ctx.contentType("text/css; charset=utf-8");
        ctx.header("Cache-Control", "public, max-age=3600");
        ctx.result(stylesheet);
    }

    private static byte[] read(String resource) {
        try (InputStream in = AssetRoutes.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
