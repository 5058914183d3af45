package org.bureaucrathackers.fellowship.web;

import io.javalin.http.Context;

/**
 * Makes the {@link Visit} of a request. The server puts its {@code Visits} on every request; pages ask
 * {@link #of(Context)}, which makes the visit once per request and only for requests that render a page.
 */
public interface Visits {

    String ATTRIBUTE = "fellowship.visits";
    String VISIT_ATTRIBUTE = "fellowship.visit";

    Visit make(Context ctx);

    static Visit of(Context ctx) {
        Visit visit = ctx.attribute(VISIT_ATTRIBUTE);
        if (visit == null) {
            Visits visits = ctx.attribute(ATTRIBUTE);
            visit = visits == null ? Visit.anonymous(ctx.path()) : visits.make(ctx);
            ctx.attribute(VISIT_ATTRIBUTE, visit);
        }
        return visit;
    }
}
