package org.bureaucrathackers.fellowship.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.bureaucrathackers.fellowship.fetch.FetchException.Kind;
import org.eclipse.jetty.client.BytesRequestContent;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.InputStreamResponseListener;
import org.eclipse.jetty.client.Request;
import org.eclipse.jetty.client.Response;
import org.eclipse.jetty.http.HttpCookieStore;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.util.Promise;
import org.eclipse.jetty.util.SocketAddressResolver;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The one way this server makes outgoing HTTP requests. Addresses are checked when Jetty connects, after
 * DNS resolution, so a name that resolves to a private address (or re-resolves to one later) is never
 * reached (X12). Redirects are returned, not followed; bodies are capped both ways; timeouts are bounded.
 */
public final class SafeHttpTransport implements HttpTransport, AutoCloseable {

    private static final int MAX_THREADS = 32;
    private static final int MAX_RESPONSE_HEADER_BYTES = 16 * 1024;

    private final HttpClient client;
    private final AddressPolicy policy;
    private final TransportLimits limits;

    public SafeHttpTransport(AddressPolicy policy, HostResolver resolver, TransportLimits limits, String userAgent) {
        this.policy = policy;
        this.limits = limits;
        QueuedThreadPool threads = new QueuedThreadPool(MAX_THREADS, 2);
        threads.setName("fellowship-fetch");
        threads.setDaemon(true);
        client = new HttpClient();
        client.setExecutor(threads);
        client.setName("fellowship-fetch");
        client.setFollowRedirects(false);
        client.setHttpCookieStore(new HttpCookieStore.Empty());
        client.setConnectTimeout(limits.connectTimeout().toMillis());
        client.setAddressResolutionTimeout(limits.connectTimeout().toMillis());
        client.setIdleTimeout(limits.totalTimeout().toMillis());
        client.setMaxResponseHeadersSize(MAX_RESPONSE_HEADER_BYTES);
        client.setUserAgentField(new HttpField(HttpHeader.USER_AGENT, userAgent));
        client.setSocketAddressResolver(new GuardedResolver(policy, resolver));
        try {
            client.start();
            // Jetty adds its protocol handlers on start. Drop them all (redirects, authentication challenges,
            // 100-continue): callers see every response as it came.
            client.getProtocolHandlers().clear();
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the HTTP client", e);
        }
    }

    /** {@code Fellowship/<version> (+<base URL>)}, so operators of other servers know who is calling. */
    public static String userAgent(String version, String baseUrl) {
        return "Fellowship/" + version + " (+" + baseUrl + ")";
    }

    public AddressPolicy policy() {
        return policy;
    }

    @Override
    public TransportResponse send(String method, URI target, Map<String, String> headers, byte[] body,
                                  Duration timeout) throws IOException {
        checkTarget(target);
        if (body != null && body.length > limits.maxRequestBytes()) {
            throw new FetchException(Kind.TOO_LARGE, "request body of " + body.length + " bytes is larger than "
                    + limits.maxRequestBytes() + " bytes");
        }
        long totalMillis = Math.min(timeout == null ? Long.MAX_VALUE : timeout.toMillis(),
                limits.totalTimeout().toMillis());
        Request request = client.newRequest(target)
                .method(method.toUpperCase(Locale.ROOT))
                .timeout(Math.max(1, totalMillis), TimeUnit.MILLISECONDS)
                .headers(fields -> headers.forEach((name, value) -> {
                    if (!name.equalsIgnoreCase("content-length")) {
                        fields.put(name, value);
                    }
                }));
        if (body != null) {
            request.body(new BytesRequestContent(body));
        }
        InputStreamResponseListener listener = new InputStreamResponseListener();
        request.send(listener);
        try {
            Response response = listener.get(totalMillis, TimeUnit.MILLISECONDS);
            long declared = response.getHeaders().getLongField(HttpHeader.CONTENT_LENGTH);
            if (declared > limits.maxResponseBytes()) {
                FetchException tooLarge = tooLarge(target);
                response.abort(tooLarge);
                throw tooLarge;
            }
            byte[] content = readCapped(listener, response, target);
            return new TransportResponse(response.getStatus(), headersOf(response), content);
        } catch (TimeoutException e) {
            request.abort(e);
            throw timeout(target, e);
        } catch (ExecutionException e) {
            throw translate(e.getCause(), target);
        } catch (RuntimeException e) {
            request.abort(e);
            throw translate(e, target);
        } catch (InterruptedException e) {
            request.abort(e);
            Thread.currentThread().interrupt();
            throw new FetchException(Kind.NETWORK, "interrupted while fetching " + target, e);
        }
    }

    private void checkTarget(URI target) throws FetchException {
        String scheme = target.getScheme() == null ? "" : target.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException(Kind.BAD_URL, "only http and https URLs are fetched, not '" + target + "'");
        }
        if (target.getHost() == null || target.getRawUserInfo() != null) {
            throw new FetchException(Kind.BAD_URL, "'" + target + "' has no plain host");
        }
        Optional<String> refusal = policy.hostRefusal(target.getHost());
        if (refusal.isPresent()) {
            throw new FetchException(Kind.FORBIDDEN_ADDRESS, refusal.get());
        }
    }

    private byte[] readCapped(InputStreamResponseListener listener, Response response, URI target)
            throws IOException {
        int max = limits.maxResponseBytes();
        try (InputStream in = listener.getInputStream()) {
            byte[] content = in.readNBytes(max + 1);
            if (content.length > max) {
                FetchException tooLarge = tooLarge(target);
                response.abort(tooLarge);
                throw tooLarge;
            }
            return content;
        } catch (FetchException e) {
            throw e;
        } catch (IOException e) {
            throw translate(e, target);
        }
    }

    private static Map<String, List<String>> headersOf(Response response) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (HttpField field : response.getHeaders()) {
            headers.computeIfAbsent(field.getLowerCaseName(), name -> new ArrayList<>()).add(field.getValue());
        }
        return headers;
    }

    /** Finds the reason in a failure Jetty may have wrapped several times. */
    private static FetchException translate(Throwable failure, URI target) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof FetchException fetch) {
                return fetch;
            }
            if (cause instanceof TimeoutException || cause instanceof java.net.SocketTimeoutException) {
                return timeout(target, cause);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        String message = failure == null ? "unknown error" : failure.getClass().getSimpleName()
                + (failure.getMessage() == null ? "" : ": " + failure.getMessage());
        return new FetchException(Kind.NETWORK, "cannot fetch " + target + ": " + message, failure);
    }

    private static FetchException timeout(URI target, Throwable cause) {
        return new FetchException(Kind.TIMEOUT, target + " did not answer in time", cause);
    }

    private FetchException tooLarge(URI target) {
        return new FetchException(Kind.TOO_LARGE, target + " sent more than " + limits.maxResponseBytes() + " bytes");
    }

    @Override
    public void close() {
        try {
            client.stop();
        } catch (Exception e) {
            throw new IllegalStateException("cannot stop the HTTP client", e);
        }
    }

    /**
     * Resolves when Jetty is about to connect and drops every address the policy refuses, so the address
     * checked is the address connected to (no DNS-rebinding window).
     */
    private static final class GuardedResolver implements SocketAddressResolver {
        private static final java.util.regex.Pattern LITERAL_IPV4 =
                java.util.regex.Pattern.compile("^[0-9]{1,3}(\\.[0-9]{1,3}){3}$");
        private final AddressPolicy policy;
        private final HostResolver resolver;

        GuardedResolver(AddressPolicy policy, HostResolver resolver) {
            this.policy = policy;
            this.resolver = resolver;
        }

        @Override
        public void resolve(String host, int port, Map<String, Object> context,
                            Promise<List<InetSocketAddress>> promise) {
            String name = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
            Optional<String> hostRefusal = policy.hostRefusal(name);
            if (hostRefusal.isPresent()) {
                promise.failed(new FetchException(Kind.FORBIDDEN_ADDRESS, hostRefusal.get()));
                return;
            }
            List<InetAddress> addresses;
            try {
                addresses = isLiteral(name) ? List.of(InetAddress.getByName(name)) : resolver.resolve(name);
            } catch (UnknownHostException | RuntimeException e) {
                promise.failed(new FetchException(Kind.NETWORK, "cannot resolve " + name, e));
                return;
            }
            List<InetSocketAddress> allowed = new ArrayList<>();
            String firstRefusal = null;
            for (InetAddress address : addresses) {
                Optional<String> refusal = policy.refusal(address);
                if (refusal.isEmpty()) {
                    allowed.add(new InetSocketAddress(address, port));
                } else if (firstRefusal == null) {
                    firstRefusal = refusal.get();
                }
            }
            if (allowed.isEmpty()) {
                promise.failed(new FetchException(Kind.FORBIDDEN_ADDRESS, "refused to connect to " + name + ": "
                        + (firstRefusal == null ? "it has no address" : firstRefusal)));
                return;
            }
            promise.succeeded(allowed);
        }

        /** IP literals are judged as they are, with no lookup (and no chance for a resolver to rewrite them). */
        private static boolean isLiteral(String host) {
            return host.indexOf(':') >= 0 || LITERAL_IPV4.matcher(host).matches();
        }
    }
}
