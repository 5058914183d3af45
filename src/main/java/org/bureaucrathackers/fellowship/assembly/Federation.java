package org.bureaucrathackers.fellowship.assembly;

import java.util.random.RandomGenerator;
import org.bureaucrathackers.fellowship.actor.InstanceActorKey;
import org.bureaucrathackers.fellowship.actor.ProofSigner;
import org.bureaucrathackers.fellowship.actor.RemoteActors;
import org.bureaucrathackers.fellowship.config.Version;
import org.bureaucrathackers.fellowship.delivery.DeliveryLimits;
import org.bureaucrathackers.fellowship.delivery.DeliveryQueue;
import org.bureaucrathackers.fellowship.delivery.DeliveryWorker;
import org.bureaucrathackers.fellowship.delivery.FederatedOutbox;
import org.bureaucrathackers.fellowship.delivery.HostHealth;
import org.bureaucrathackers.fellowship.delivery.QueueOverview;
import org.bureaucrathackers.fellowship.delivery.SchemeMemory;
import org.bureaucrathackers.fellowship.delivery.SenderKeys;
import org.bureaucrathackers.fellowship.fetch.ActivityPubFetcher;
import org.bureaucrathackers.fellowship.fetch.AddressPolicy;
import org.bureaucrathackers.fellowship.fetch.DomainBlockingTransport;
import org.bureaucrathackers.fellowship.fetch.HostResolver;
import org.bureaucrathackers.fellowship.fetch.HttpTransport;
import org.bureaucrathackers.fellowship.fetch.SafeHttpTransport;
import org.bureaucrathackers.fellowship.fetch.TransportLimits;
import org.bureaucrathackers.fellowship.media.MediaLimits;
import org.bureaucrathackers.fellowship.outbox.OutboundActivities;
import org.bureaucrathackers.fellowship.signature.HttpSignatures;
import org.bureaucrathackers.fellowship.signature.ObjectProofs;
import org.bureaucrathackers.fellowship.store.JooqDeliveryHostStore;
import org.bureaucrathackers.fellowship.store.JooqDeliveryJobStore;
import org.bureaucrathackers.fellowship.store.JooqSignatureSchemeStore;
import org.bureaucrathackers.fellowship.webfinger.WebFingerClient;

/**
 * Talking to other servers: the guarded transport, signed fetches, remote actors and WebFinger, and the
 * durable delivery queue with its worker. Features hand what they cause to {@link #outbound}.
 */
public final class Federation {

    public final HttpSignatures signing;
    public final SafeHttpTransport transport;
    /** The same guard for remote media files, which may be as large as an upload. */
    public final SafeHttpTransport mediaTransport;
    /** Remote media are fetched through this: the media transport, refusing blocked domains. */
    public final HttpTransport mediaOutgoing;
    /** Every outgoing request goes through this: the guarded transport, refusing blocked domains. */
    public final HttpTransport outgoing;
    public final SchemeMemory schemes;
    public final ActivityPubFetcher fetcher;
    public final RemoteActors remoteActors;
    public final WebFingerClient webFinger;

    public final HostHealth hostHealth;
    public final DeliveryQueue deliveryQueue;
    public final DeliveryWorker deliveryWorker;
    public final QueueOverview queueOverview;
    /** What we send and serve carries a proof by its author's assertionMethod key (FEP-8b32). */
    public final ProofSigner proofSigner;
    public final OutboundActivities outbound;

    /** The longest a remote media file may take to arrive. */
    static final java.time.Duration MEDIA_FETCH_TIMEOUT = java.time.Duration.ofSeconds(30);

    public Federation(Foundation base, HostResolver resolver) {
        var settings = base.settings;
        var database = base.database;
        var clock = base.clock;
        this.signing = new HttpSignatures();
        this.transport = new SafeHttpTransport(new AddressPolicy(settings.allowPrivateNetwork()), resolver,
                TransportLimits.DEFAULT, SafeHttpTransport.userAgent(Version.current(), base.uris.base()));
        this.outgoing = new DomainBlockingTransport(transport, base.domainBlocks);
        this.mediaTransport = new SafeHttpTransport(new AddressPolicy(settings.allowPrivateNetwork()), resolver,
                new TransportLimits(TransportLimits.DEFAULT.connectTimeout(), MEDIA_FETCH_TIMEOUT,
                        MediaLimits.MAX_IMAGE_BYTES, 0),
                SafeHttpTransport.userAgent(Version.current(), base.uris.base()));
        this.mediaOutgoing = new DomainBlockingTransport(mediaTransport, base.domainBlocks);
        this.schemes = new SchemeMemory(new JooqSignatureSchemeStore(database), clock);
        this.fetcher = new ActivityPubFetcher(outgoing, signing, new InstanceActorKey(base.fellows, base.accounts),
                base.uris, clock, schemes);
        this.remoteActors = new RemoteActors(base.accounts, base.fellowProfiles, fetcher, base.ids, clock, RemoteActors.DEFAULT_TTL);
        this.webFinger = new WebFingerClient(outgoing, settings.allowPrivateNetwork(), base.uris, base.accounts,
                remoteActors);

        JooqDeliveryJobStore deliveryJobs = new JooqDeliveryJobStore(database);
        JooqDeliveryHostStore deliveryHosts = new JooqDeliveryHostStore(database);
        DeliveryLimits deliveryLimits = DeliveryLimits.defaults();
        this.hostHealth = new HostHealth(deliveryHosts, database, clock,
                HostHealth.DEFAULT_UNAVAILABLE_AFTER_FAILURE_DAYS, deliveryLimits.probeInterval());
        this.deliveryQueue = new DeliveryQueue(database, deliveryJobs, base.ids, clock, base.domainBlocks);
        this.deliveryWorker = new DeliveryWorker(database, deliveryJobs, hostHealth, schemes, outgoing, signing,
                new SenderKeys(base.accounts), clock, RandomGenerator.getDefault(), deliveryLimits,
                settings.nodeName());
        this.queueOverview = new QueueOverview(database, deliveryJobs, deliveryHosts, clock);
        this.proofSigner = new ProofSigner(base.accounts, new ObjectProofs(clock));
        // One delivery_job per distinct inbox, in the feature's transaction; the worker wakes after the commit.
        this.outbound = new FederatedOutbox(deliveryQueue, base.followStore, proofSigner, deliveryWorker::wakeUp);
    }
}
