package org.bureaucrathackers.fellowship.assembly;

import org.bureaucrathackers.fellowship.actor.ActorKeyResolver;
import org.bureaucrathackers.fellowship.actor.SignatureKeys;
import org.bureaucrathackers.fellowship.delivery.SignedRequests;
import org.bureaucrathackers.fellowship.inbox.DiscoveryBudget;
import org.bureaucrathackers.fellowship.inbox.InboxPipeline;
import org.bureaucrathackers.fellowship.inbox.InboxWorker;
import org.bureaucrathackers.fellowship.inbox.ModerationGate;
import org.bureaucrathackers.fellowship.inbox.OriginChecks;
import org.bureaucrathackers.fellowship.inbox.ProofAuthenticator;
import org.bureaucrathackers.fellowship.inbox.SignatureAuthenticator;
import org.bureaucrathackers.fellowship.inbox.handlers.Lookups;
import org.bureaucrathackers.fellowship.jsonld.InboundDocuments;
import org.bureaucrathackers.fellowship.jsonld.JsonLdProcessor;
import org.bureaucrathackers.fellowship.signature.ObjectProofs;
import org.bureaucrathackers.fellowship.signature.SignatureVerifier;
import org.bureaucrathackers.fellowship.store.JooqInboxStore;

/**
 * Incoming activities: verify, check, dedupe, enqueue ({@link #pipeline}); the worker runs one handler per
 * verb from {@link InboxHandlers}. HTTP signature keys and object proof keys are resolved alike: one cache,
 * one fetch path, one refresh limit.
 */
public final class Inbound {

    public final ModerationGate moderation;
    public final SignatureVerifier verifier;
    public final InboxPipeline pipeline;
    public final InboxWorker worker;

    public Inbound(Foundation base, Federation federation, Features features, DiscoveryBudget.Limits discoveryLimits) {
        var clock = base.clock;
        var uris = base.uris;
        this.moderation = new ModerationGate(base.domainBlocks, base.suspensions::isSuspended);
        ActorKeyResolver actorKeys = new ActorKeyResolver(base.accounts, federation.remoteActors, federation.fetcher,
                clock, ActorKeyResolver.DEFAULT_REFRESH_INTERVAL);
        this.verifier = new SignatureVerifier(clock, new SignatureKeys(actorKeys), base.settings.publicUrl());
        JooqInboxStore inboxStore = new JooqInboxStore(base.database);
        this.pipeline = new InboxPipeline(
                new SignatureAuthenticator(verifier, new SignedRequests(federation.hostHealth, federation.schemes)),
                moderation,
                new InboundDocuments(JsonLdProcessor.standard()),
                new ProofAuthenticator(actorKeys, new ObjectProofs(clock), uris.base()),
                new OriginChecks(uris.base()),
                inboxStore, base.database, base.accounts::isKnown, base.ids, clock);
        Lookups lookups = new Lookups(federation.remoteActors, base.accounts, base.statuses, federation.fetcher, uris,
                moderation);
        this.worker = new InboxWorker(inboxStore, InboxHandlers.table(base, federation, features, lookups),
                moderation, discoveryLimits, clock, base.settings.nodeName());
    }
}
