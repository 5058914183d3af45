package org.bureaucrathackers.fellowship.activitypub;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import org.bureaucrathackers.fellowship.http.Negotiation;
import org.bureaucrathackers.fellowship.json.Json;

/** Sends an ActivityStreams document with the content type the request asked for (A1, A11). */
public final class ActivityJson {

    public static final String ACTIVITY_JSON_UTF8 = Negotiation.ACTIVITY_JSON + "; charset=utf-8";

    private ActivityJson() {
    }

    public static void send(Context ctx, JsonNode document) {
        // Keep "Accept, Signature" when the answer depends on the signer too (S18c).
        String vary = ctx.res().getHeader("Vary");
        if (vary == null || !vary.contains("Accept")) {
            ctx.header("Vary", "Accept");
        }
        String asked = Negotiation.activityContentType(ctx);
        ctx.contentType(Negotiation.LD_JSON_AS.equals(asked) ? Negotiation.LD_JSON_AS : ACTIVITY_JSON_UTF8);
        ctx.result(Json.write(document));
    }
}
