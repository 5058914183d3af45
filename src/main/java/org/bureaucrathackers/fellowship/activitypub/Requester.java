package org.bureaucrathackers.fellowship.activitypub;

import io.javalin.http.Context;
import java.util.Optional;

/** Who is asking for an object: the actor whose valid HTTP signature the request carries, if any. */
public interface Requester {

    Optional<String> signedActorUri(Context ctx);

    /** Nobody is ever recognised, so followers-only and direct posts stay unseen. */
    Requester ANONYMOUS = ctx -> Optional.empty();
}
