package org.bureaucrathackers.fellowship.web;

import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.bureaucrathackers.fellowship.http.FieldError;
import org.bureaucrathackers.fellowship.http.HttpError;
import org.bureaucrathackers.fellowship.http.Negotiation;
import org.bureaucrathackers.fellowship.http.RequestLimits;
import org.bureaucrathackers.fellowship.http.Routes;
import org.bureaucrathackers.fellowship.json.Json;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Assembles Javalin: limits, error mapping (a status and a safe message, never a stack trace) and the
 * route modules of every feature.
 */
public final class WebServer {

    public static final int MAX_HEADER_BYTES = 16 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);

    private final Javalin javalin;

    /**
     * What every HTML page may load: its own stylesheet, script and images, nothing inline and nothing from
     * another host; no page may be framed.
     */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; script-src 'self'; "
            + "img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    public WebServer(List<Routes> modules, Pages pages) {
        this(modules, pages, null, null);
    }

    /**
     * A server that accepts on {@code listening}, already bound (see {@link ListeningSocket}), instead of binding
     * the address given to {@link #start(String, int)}; null to bind there.
     */
    public WebServer(List<Routes> modules, Pages pages, ListeningSocket listening) {
        this(modules, pages, listening, null);
    }

    /** {@code visits} says who a page is for and in which language; null renders every page anonymous, in English. */
    public WebServer(List<Routes> modules, Pages pages, ListeningSocket listening, Visits visits) {
        ErrorResponses errors = new ErrorResponses(pages);
        this.javalin = Javalin.create(config -> {
            if (listening != null) {
                config.jetty.addConnector((server, http) -> acceptingOn(listening, server, http));
            }
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = RequestLimits.MAX_REQUEST_BYTES;
            // Multipart bodies (uploads) are read by Jetty: bounded as the largest upload route, spilled to disk.
            config.jetty.multipartConfig.maxTotalRequestSize(RequestLimits.MAX_UPLOAD_REQUEST_BYTES, SizeUnit.BYTES);
            config.jetty.multipartConfig.maxFileSize(RequestLimits.MAX_UPLOAD_REQUEST_BYTES, SizeUnit.BYTES);
            config.jetty.multipartConfig.maxInMemoryFileSize(256 * 1024, SizeUnit.BYTES);
            config.http.generateEtags = false;
            config.router.ignoreTrailingSlashes = true;
            config.router.treatMultipleSlashesAsSingleSlash = true;
            config.jetty.modifyHttpConfiguration(WebServer::limitHeaders);
            config.jetty.modifyServer(server -> server.setStopTimeout(2_000));
            config.routes.before(ctx -> ctx.header("X-Content-Type-Options", "nosniff"));
            if (visits != null) {
                config.routes.before(ctx -> ctx.attribute(Visits.ATTRIBUTE, visits));
            }
            config.routes.after(WebServer::restrictPages);
            config.routes.before(WebServer::refuseOversizedBody);
            for (Routes module : modules) {
                module.register(config.routes);
            }
            config.routes.exception(HttpError.class, (e, ctx) -> errors.send(ctx, e.status(), e.getMessage(),
                    e instanceof FieldError fieldError ? fieldError.field() : null, e.textKey(), e.textArguments()));
            config.routes.exception(HttpResponseException.class,
                    (e, ctx) -> errors.send(ctx, e.getStatus(), clientMessage(e)));
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("unhandled error on {} {}", ctx.method(), ctx.path(), e);
                errors.send(ctx, 500, "Something went wrong on our side. It has been logged.", null, "error.logged",
                        new Object[0]);
            });
            config.routes.error(404, "*", ctx -> {
                if (ctx.result() == null || ctx.result().isEmpty()) {
                    errors.send(ctx, 404, "Nothing here: " + ctx.path(), null, "error.nothing_here",
                            new Object[] {ctx.path()});
                }
            });
            config.routes.error(405, "*", ctx -> errors.send(ctx, 405, "Method " + ctx.method() + " is not allowed here", null,
                    "error.method", new Object[] {ctx.method().name()}));
        });
    }

    /** Every HTML answer, whichever module made it, gets the pages' Content-Security-Policy. */
    private static void restrictPages(Context ctx) {
        String type = ctx.res().getContentType();
        if (type != null && type.startsWith("text/html")) {
            ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        }
    }

    private static ServerConnector acceptingOn(ListeningSocket listening, Server server, HttpConfiguration http) {
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        try {
            connector.open(listening.channel());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return connector;
    }

    private static String clientMessage(HttpResponseException e) {
        return switch (e.getStatus()) {
            case 413 -> "Request body is larger than " + RequestLimits.MAX_REQUEST_BYTES + " bytes";
            case 404 -> "Not found";
            default -> e.getMessage() == null || e.getMessage().isBlank() ? "Request failed" : e.getMessage();
        };
    }

    /**
     * Refuses a declared oversized body before anything reads it (upload routes take more); undeclared lengths
     * are capped on read.
     */
    private static void refuseOversizedBody(Context ctx) {
        long declared = ctx.req().getContentLengthLong();
        long limit = RequestLimits.maxBodyBytes(ctx.path());
        if (declared > limit) {
            throw new HttpError(413, "Request body is larger than " + limit + " bytes");
        }
    }

    private static void limitHeaders(HttpConfiguration http) {
        http.setRequestHeaderSize(MAX_HEADER_BYTES);
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
    }

    /** Starts on the socket this server was given, already bound. */
    public WebServer start() {
        javalin.start();
        return this;
    }

    /** Starts listening; throws {@link PortInUseException} with a clear message when the port is taken. */
    public WebServer start(String host, int port) {
        try {
            javalin.start(host, port);
        } catch (RuntimeException e) {
            if (isBindFailure(e)) {
                throw new PortInUseException("cannot listen on " + host + ":" + port
                        + ": the port is already in use (choose another with --bind)");
            }
            throw e;
        }
        return this;
    }

    private static boolean isBindFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.BindException) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    public int port() {
        return javalin.port();
    }

    public void stop() {
        javalin.stop();
    }

    /** Writes error bodies: JSON {"error": …} for API and JSON clients, an HTML page for browsers. */
    static final class ErrorResponses {
        private final Pages pages;

        ErrorResponses(Pages pages) {
            this.pages = pages;
        }

        void send(Context ctx, int status, String message) {
            send(ctx, status, message, null, null, new Object[0]);
        }

        /**
         * {@code field}, when not null, names the request field the message is about (JSON answers carry it).
         * Browsers read the page in their language: what the status means, and the message itself when it has a
         * bundle key ({@code textKey}); an English-only message stays out of a page in another language.
         */
        void send(Context ctx, int status, String message, String field, String textKey, Object[] textArguments) {
            ctx.status(status);
            if (Negotiation.prefersJson(ctx)) {
                ctx.contentType("application/json; charset=utf-8");
                ctx.result(Json.write(field == null ? Map.of("error", message) : Map.of("error", message, "field", field)));
            } else {
                Visit visit = Visits.of(ctx);
                String detail = textKey != null ? visit.format(textKey, textArguments)
                        : visit.texts().locale().equals(Languages.ENGLISH) ? message : "";
                ctx.contentType("text/html; charset=utf-8");
                ctx.result(pages.error(visit, status, detail));
            }
        }
    }
}
