package org.bureaucrathackers.fellowship.inbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashSet;
import java.util.Set;
import org.bureaucrathackers.fellowship.actor.KeyLookup;
import org.bureaucrathackers.fellowship.actor.PublicKeyInfo;
import org.bureaucrathackers.fellowship.fetch.FetchException;
import org.bureaucrathackers.fellowship.signature.DataIntegrityProof;
import org.bureaucrathackers.fellowship.signature.InvalidProofException;
import org.bureaucrathackers.fellowship.signature.ObjectProofs;
import org.bureaucrathackers.fellowship.vocab.Hosts;

/**
 * Object integrity proofs on incoming documents (FEP-8b32, FW2): who the proofs a document carries authenticate.
 * Keys are resolved as HTTP signature keys are (same lookup, cache, fetch rules and refresh limit), and must be
 * listed under their controller's assertionMethod. A proof that does not hold refuses the whole request, since
 * the document was changed or forged on its way.
 */
public final class ProofAuthenticator {

    private final KeyLookup keys;
    private final ObjectProofs proofs;
    private final String localAuthority;

    /** @param localBase our scheme://host[:port]: embedded copies of our own objects are never read */
    public ProofAuthenticator(KeyLookup keys, ObjectProofs proofs, String localBase) {
        this.keys = keys;
        this.proofs = proofs;
        this.localAuthority = Hosts.authority(localBase);
    }

    /**
     * Who vouches for an activity (FW2): its actor when the actor signed the request or a valid proof by the actor
     * covers the document as received; otherwise the HTTP signer, whom the origin checks then judge. Any proof
     * present must hold and be by the actor, and one on an embedded object must be by that object's author.
     *
     * @param document the activity as received, before any compaction: proofs cover those bytes' JSON
     * @throws InboxRefusal 401 or 503 as {@link #proversOf} does, and 401 for a proof by someone else
     */
    public String vouchedFor(JsonNode document, String actorId, String signer) {
        Set<String> provers = proversOf(document);
        if (!provers.isEmpty() && !provers.contains(actorId)) {
            throw refused("the proof is made with a key " + actorId + " does not own");
        }
        JsonNode object = document.get("object");
        // Peers echo our own objects back, often rewritten (Fedify's Accept embeds our Follow with its actor
        // expanded, our proof still on it); we look those up locally (X11), so their proofs say nothing.
        if (object != null && object.isObject() && ObjectProofs.hasProof(object) && !isOurs(object)) {
            Set<String> objectProvers = proversOf(object);
            String author = firstId(object.get("attributedTo"), firstId(object.get("actor"), null));
            if (!objectProvers.isEmpty() && (author == null || !objectProvers.contains(author))) {
                throw refused("the embedded object's proof is not by its author");
            }
        }
        return provers.contains(actorId) ? actorId : signer;
    }

    /**
     * The actors whose valid proofs {@code document} carries; empty when it carries none.
     *
     * @throws InboxRefusal 401 when a proof is malformed, does not verify, or was made with a key its controller does
     *                   not list under assertionMethod; 503 when its key could not be had for a passing reason
     */
    public Set<String> proversOf(JsonNode document) {
        Set<String> provers = new LinkedHashSet<>();
        if (!ObjectProofs.hasProof(document)) {
            return provers;
        }
        try {
            for (DataIntegrityProof proof : proofs.proofsOf(document)) {
                provers.add(verify(document, proof));
            }
        } catch (InvalidProofException e) {
            throw refused(e.reason());
        }
        return provers;
    }

    /** The controller of the proof's key, once the proof holds; a cached key gets one refresh on failure (S12). */
    private String verify(JsonNode document, DataIntegrityProof proof) {
        PublicKeyInfo key = lookup(proof.verificationMethod(), false);
        boolean holds = holds(document, proof, key);
        if (!holds && key.fromCache()) {
            key = lookup(proof.verificationMethod(), true);
            holds = holds(document, proof, key);
        }
        if (!key.assertionMethod()) {
            throw refused("the proof's key " + key.keyId() + " is not in the assertionMethod of "
                    + key.ownerActorId());
        }
        if (!holds) {
            throw refused("the object proof by " + key.keyId() + " does not verify");
        }
        return key.ownerActorId();
    }

    private boolean holds(JsonNode document, DataIntegrityProof proof, PublicKeyInfo key) {
        return key.assertionMethod() && proofs.verifies(document, proof, key.key());
    }

    private PublicKeyInfo lookup(String keyId, boolean refresh) {
        try {
            return keys.lookup(keyId, refresh);
        } catch (FetchException e) {
            if (e.isTransient()) {
                throw new InboxRefusal(503, "The key of the object proof could not be fetched now: " + e.reason());
            }
            throw refused("the proof's key cannot be had: " + e.reason());
        }
    }

    private boolean isOurs(JsonNode object) {
        JsonNode id = object.get("id");
        return id != null && id.isTextual() && localAuthority != null
                && localAuthority.equals(Hosts.authority(id.textValue()));
    }

    private static String firstId(JsonNode node, String otherwise) {
        JsonNode first = node != null && node.isArray() && !node.isEmpty() ? node.get(0) : node;
        if (first != null && first.isObject()) {
            first = first.get("id");
        }
        return first != null && first.isTextual() ? first.textValue() : otherwise;
    }

    private static InboxRefusal refused(String reason) {
        return new InboxRefusal(401, "Proof refused: " + reason);
    }
}
