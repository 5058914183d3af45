package org.bureaucrathackers.fellowship.activitypub;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.router.JavalinDefaultRoutingApi;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.web.Visits;
import org.bureaucrathackers.fellowship.actor.AccountStore;
import org.bureaucrathackers.fellowship.actor.ActorDocuments;
import org.bureaucrathackers.fellowship.actor.FellowProfileStore;
import org.bureaucrathackers.fellowship.actor.FellowService;
import org.bureaucrathackers.fellowship.actor.ProofSigner;
import org.bureaucrathackers.fellowship.http.Negotiation;
import org.bureaucrathackers.fellowship.http.Routes;
import org.bureaucrathackers.fellowship.web.ProfilePages;

/**
 * Actor documents: {@code /users/{username}} (a Person for ActivityPub clients, the profile page for
 * browsers) and the instance actor at {@code /actor}. Both are served without a signature, so keys resolve, and
 * each carries an object proof by its own assertionMethod key (FEP-8b32), like everything else we serve.
 */
public final class ActorRoutes implements Routes {

    private final ServedActors actors;
    private final FellowService fellows;
    private final AccountStore accounts;
    private final FellowProfileStore fellowProfiles;
    private final ActorDocuments documents;
    private final ProfilePages profiles;
    private final ProofSigner proofs;

    public ActorRoutes(ServedActors actors, FellowService fellows, AccountStore accounts,
                       FellowProfileStore fellowProfiles, ActorDocuments documents, ProfilePages profiles,
                       ProofSigner proofs) {
        this.actors = actors;
        this.fellows = fellows;
        this.accounts = accounts;
        this.fellowProfiles = fellowProfiles;
        this.documents = documents;
        this.profiles = profiles;
        this.proofs = proofs;
    }

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.get("/users/{username}", this::person);
        routes.get("/actor", this::instanceActor);
    }

    private void person(Context ctx) {
        Account account = actors.byUsername(ctx.pathParam("username"));
        if (Negotiation.activityContentType(ctx) == null) {
            ctx.header("Vary", "Accept");
            ctx.contentType("text/html; charset=utf-8");
            ctx.result(profiles.render(Visits.of(ctx), account));
            return;
        }
        ActivityJson.send(ctx, proofs.sign(account.id(), documents.person(account, accounts.keysOf(account.id()),
                fellowProfiles.find(account.id()))));
    }

    private void instanceActor(Context ctx) {
        Account actor = fellows.instanceActor();
        if (Negotiation.activityContentType(ctx) == null) {
            ctx.header("Vary", "Accept");
            ctx.redirect(actor.url(), HttpStatus.SEE_OTHER);
            return;
        }
        ActivityJson.send(ctx, proofs.sign(actor.id(), documents.instanceActor(actor, accounts.keysOf(actor.id()))));
    }
}
