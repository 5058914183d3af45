package org.bureaucrathackers.fellowship.activitypub;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.bureaucrathackers.fellowship.signature.IncomingRequest;
import org.bureaucrathackers.fellowship.signature.SignatureFailure;
import org.bureaucrathackers.fellowship.signature.SignatureVerifier;

/**
 * Recognises the actor behind a signed GET, so followers-only and direct objects reach exactly their
 * audience. An unsigned or badly signed request is simply anonymous.
 */
public final class SignedRequester implements Requester {

    private final SignatureVerifier verifier;

    public SignedRequester(SignatureVerifier verifier) {
        this.verifier = verifier;
    }

    @Override
    public Optional<String> signedActorUri(Context ctx) {
        String already = ctx.attribute(AuthorizedFetch.SIGNED_ACTOR);
        if (already != null) {
            return Optional.of(already);
        }
        try {
            return verify(ctx);
        } catch (SignatureFailure failure) {
            return Optional.empty();
        }
    }

    /** The signer of a GET: empty when unsigned; a failure when the signature is there but not good. */
    Optional<String> verify(Context ctx) throws SignatureFailure {
        if (ctx.header("Signature") == null && ctx.header("Signature-Input") == null) {
            return Optional.empty();
        }
        // Responses now depend on who asks: shared caches must not keep them (A11).
        ctx.header("Vary", "Accept, Signature");
        ctx.header("Cache-Control", "private, no-store");
        String query = ctx.queryString();
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : Collections.list(ctx.req().getHeaderNames())) {
            headers.put(name.toLowerCase(Locale.ROOT), new ArrayList<>(Collections.list(ctx.req().getHeaders(name))));
        }
        return Optional.of(verifier.verify(new IncomingRequest(ctx.method().name(),
                ctx.req().getRequestURI() + (query == null ? "" : "?" + query), headers, new byte[0])).ownerActorId());
    }
}
