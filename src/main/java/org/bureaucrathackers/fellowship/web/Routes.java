package org.bureaucrathackers.fellowship.web;

import io.javalin.router.JavalinDefaultRoutingApi;

/** A feature's HTTP endpoints; {@link WebServer} registers every module in one visible list. */
public interface Routes {
    void register(JavalinDefaultRoutingApi routes);
}
