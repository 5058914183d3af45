package org.bureaucrathackers.fellowship.session;

import io.javalin.http.Context;

/**
 * How the signed-in pages answer: HTML that is never cached, framed or leaks its address to other sites (the
 * server adds the Content-Security-Policy of every page).
 */
public final class HtmlAnswers {

    private HtmlAnswers() {
    }

    /** What these pages show depends on who is signed in, and framing them would invite clickjacking. */
    public static void protect(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
    }

    public static void html(Context ctx, int status, String body) {
        ctx.status(status);
        ctx.contentType("text/html; charset=utf-8");
        ctx.result(body);
    }
}
