package org.bureaucrathackers.fellowship.activitypub;

import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiPredicate;
import org.bureaucrathackers.fellowship.http.HttpError;
import org.bureaucrathackers.fellowship.http.Negotiation;
import org.bureaucrathackers.fellowship.http.Routes;
import org.bureaucrathackers.fellowship.signature.SignatureFailure;

/**
 * Authorized-fetch mode (S18): ActivityPub GETs of fellows' actor documents, collections and posts need a
 * valid HTTP signature, else 401; a requester the fellow blocks (or who blocks the fellow) is answered 404
 * as if nothing were there. The instance actor and its key stay public (S18a): other servers fetch them to
 * check our own signed requests. HTML pages and inboxes are not affected. Answers vary with the signer,
 * so shared caches must not keep them (S18c).
 */
public final class AuthorizedFetch implements Routes {

    /** The context attribute holding the verified requester's actor id, for {@link SignedRequester}. */
    static final String SIGNED_ACTOR = "fellowship.signedActor";

    private final SignedRequester requester;
    private final BiPredicate<String, String> blockedBetween;

    /**
     * @param blockedBetween whether the local fellow with this username and the actor with this id are
     *                       separated by a block, either way
     */
    public AuthorizedFetch(SignedRequester requester, BiPredicate<String, String> blockedBetween) {
        this.requester = requester;
        this.blockedBetween = blockedBetween;
    }

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.before("/users/*", this::requireSignature);
    }

    private void requireSignature(Context ctx) {
        String method = ctx.method().name();
        if (!method.equals("GET") && !method.equals("HEAD") || ctx.path().endsWith("/inbox")
                || Negotiation.activityContentType(ctx) == null) {
            return;
        }
        ctx.header("Vary", "Accept, Signature");
        ctx.header("Cache-Control", "private, no-store");
        String signer;
        try {
            signer = requester.verify(ctx).orElseThrow(() -> new SignatureFailure(401, "the request is not signed"));
        } catch (SignatureFailure failure) {
            ctx.header("WWW-Authenticate", "Signature");
            throw new HttpError(401, "This instance answers ActivityPub requests only when they are signed: "
                    + failure.reason());
        }
        usernameIn(ctx.path()).filter(username -> blockedBetween.test(username, signer)).ifPresent(username -> {
            throw HttpError.notFound("Nothing here");
        });
        ctx.attribute(SIGNED_ACTOR, signer);
    }

    /** The fellow a {@code /users/NAME[/…]} path belongs to. */
    private static Optional<String> usernameIn(String path) {
        String rest = path.substring("/users/".length());
        int slash = rest.indexOf('/');
        String username = slash < 0 ? rest : rest.substring(0, slash);
        return username.isEmpty() ? Optional.empty() : Optional.of(username.toLowerCase(Locale.ROOT));
    }
}
