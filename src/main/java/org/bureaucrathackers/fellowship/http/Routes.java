package org.bureaucrathackers.fellowship.http;

import io.javalin.router.JavalinDefaultRoutingApi;

/** A feature's HTTP endpoints; {@link org.bureaucrathackers.fellowship.web.WebServer} registers every module in one visible list. */
public interface Routes {
    void register(JavalinDefaultRoutingApi routes);
}
