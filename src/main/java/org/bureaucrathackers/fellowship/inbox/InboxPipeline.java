package org.bureaucrathackers.fellowship.inbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.function.Predicate;
import org.bureaucrathackers.fellowship.ids.Ids;
import org.bureaucrathackers.fellowship.json.Json;
import org.bureaucrathackers.fellowship.jsonld.InboundDocuments;
import org.bureaucrathackers.fellowship.jsonld.JsonLdException;
import org.bureaucrathackers.fellowship.transaction.Transactions;
import org.bureaucrathackers.fellowship.vocab.ActivityReader;
import org.bureaucrathackers.fellowship.vocab.IncomingActivity;
import org.bureaucrathackers.fellowship.vocab.RefusedDocumentException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The path of an incoming activity up to the 202 (DESIGN: incoming activity): refuse blocked domains and
 * restructuring keywords, verify the signature, put the document in readable form (compacting it when its
 * contexts are unusual, X15), read the envelope, apply suspensions, check object proofs (FEP-8b32) and origins,
 * then record the id and enqueue the job in one transaction. Handlers run later, on the worker.
 */
public final class InboxPipeline {

    private static final Logger LOG = LoggerFactory.getLogger(InboxPipeline.class);

    private final RequestAuthenticator authenticator;
    private final ModerationGate moderation;
    private final InboundDocuments documents;
    private final ActivityReader reader = new ActivityReader();
    private final ProofAuthenticator proofs;
    private final OriginChecks originChecks;
    private final InboxStore store;
    private final Transactions transactions;
    private final Predicate<String> knownActor;
    private final Ids ids;
    private final Clock clock;

    /** @param knownActor whether we have ever stored the actor with this id (S15) */
    public InboxPipeline(RequestAuthenticator authenticator, ModerationGate moderation, InboundDocuments documents,
                         ProofAuthenticator proofs, OriginChecks originChecks, InboxStore store,
                         Transactions transactions, Predicate<String> knownActor, Ids ids, Clock clock) {
        this.authenticator = authenticator;
        this.moderation = moderation;
        this.documents = documents;
        this.proofs = proofs;
        this.originChecks = originChecks;
        this.store = store;
        this.transactions = transactions;
        this.knownActor = knownActor;
        this.ids = ids;
        this.clock = clock;
    }

    /** What to answer: 202 for accepted, duplicate and deliberately dropped activities. */
    public record Receipt(int status, String message) {
    }

    public Receipt receive(InboundRequest request) {
        JsonNode document = parse(request.body());
        // X17: judged on what the request claims, before its signature makes us fetch anything.
        moderation.refuseBlockedSender(request, document);
        if (isDeleteOfUnknownActor(document)) {
            // S15: a departing stranger's Delete is acknowledged without fetching its (likely gone) key.
            return new Receipt(202, "nothing to delete");
        }
        String signer = authenticator.signerOf(request);
        JsonNode readable = readable(document);
        IncomingActivity activity;
        try {
            activity = reader.read(readable);
        } catch (RefusedDocumentException e) {
            throw InboxRefusal.badRequest("Activity refused: " + e.reason());
        }
        moderation.refusal(activity, signer).ifPresent(reason -> {
            LOG.info("refused {} {} signed by {}: {}", activity.type(), activity.id(), signer, reason);
            throw new InboxRefusal(403, "Activity refused: " + reason);
        });
        String authenticated;
        try {
            authenticated = proofs.vouchedFor(document, activity.actorId(), signer);
        } catch (InboxRefusal e) {
            LOG.info("refused {} {} signed by {}: {}", activity.type(), activity.id(), signer, e.getMessage());
            throw e;
        }
        OriginDecision decision = originChecks.check(activity, authenticated);
        if (!decision.accepted()) {
            LOG.info("refused {} {} signed by {}: {}", activity.type(), activity.id(), signer, decision.reason());
            throw new InboxRefusal(decision.status(), "Activity refused: " + decision.reason());
        }
        // The job keeps what was read: the body as received, or its compacted form.
        String body = readable == document ? new String(request.body(), StandardCharsets.UTF_8) : Json.write(readable);
        boolean fresh = transactions.inTransaction(() -> {
            if (!store.markSeen(activity.id(), clock.instant())) {
                return false;
            }
            store.enqueue(new InboxJob(ids.next(), activity.id(), authenticated, decision.trustEmbeddedObject(), body,
                    0, clock.instant()), clock.instant());
            return true;
        });
        return new Receipt(202, fresh ? "accepted" : "already received");
    }

    /** X15: the document itself when its contexts are usual, else its compacted form; 400 or 413 when neither. */
    private JsonNode readable(JsonNode document) {
        try {
            return documents.readable(document);
        } catch (JsonLdException e) {
            int status = e.reason() == JsonLdException.Reason.TOO_LARGE ? 413 : 400;
            throw new InboxRefusal(status, "Activity refused: " + e.getMessage());
        }
    }

    private static JsonNode parse(byte[] body) {
        try {
            JsonNode node = Json.MAPPER.readTree(body);
            if (node == null || !node.isObject()) {
                throw InboxRefusal.badRequest("The body must be a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw InboxRefusal.badRequest("The body is not valid JSON");
        } catch (java.io.IOException e) {
            throw InboxRefusal.badRequest("The body could not be read");
        }
    }

    private boolean isDeleteOfUnknownActor(JsonNode document) {
        JsonNode type = document.get("type");
        JsonNode actor = document.get("actor");
        JsonNode object = document.get("object");
        if (type == null || !"Delete".equals(type.asText()) || actor == null || !actor.isTextual()) {
            return false;
        }
        String objectId = object == null ? null : object.isTextual() ? object.textValue() : object.path("id").asText(null);
        return actor.textValue().equals(objectId) && !knownActor.test(actor.textValue());
    }
}
