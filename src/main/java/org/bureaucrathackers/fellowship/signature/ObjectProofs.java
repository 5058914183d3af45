package org.bureaucrathackers.fellowship.signature;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Object integrity proofs (FEP-8b32) with the eddsa-jcs-2022 cryptosuite (W3C vc-di-eddsa): the signature covers
 * SHA-256(JCS(proof options)) ‖ SHA-256(JCS(document without its proof)). Pure: keys are given, time is the
 * clock's.
 *
 * <p>Verification accepts the shapes peers produce: the proof options with or without their own {@code @context}
 * (Fedify hashes the document's {@code @context} into them either way), and a document whose Linked Data
 * {@code signature} was added after the proof (Fedify, Mastodon forwards) as well as one where it was not.
 */
public final class ObjectProofs {

    public static final String DATA_INTEGRITY_CONTEXT = "https://w3id.org/security/data-integrity/v1";
    public static final String CRYPTOSUITE = "eddsa-jcs-2022";
    static final int MAX_PROOFS = 4;
    private static final int MAX_VERIFICATION_METHOD = 2048;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Clock clock;

    public ObjectProofs(Clock clock) {
        this.clock = clock;
    }

    /** Whether the document carries a {@code proof} at all, whatever its shape. */
    public static boolean hasProof(JsonNode document) {
        JsonNode proof = document == null ? null : document.get("proof");
        return proof != null && !proof.isNull();
    }

    /**
     * The eddsa-jcs-2022 proofs the document carries. Proofs of other types or cryptosuites are left out, as LD
     * signatures are: they neither authenticate nor refuse.
     *
     * @throws InvalidProofException when a proof of this cryptosuite is malformed, expired, or not for
     *                               assertionMethod, or when there are more than four proofs
     */
    public List<DataIntegrityProof> proofsOf(JsonNode document) throws InvalidProofException {
        JsonNode proof = document.get("proof");
        List<DataIntegrityProof> proofs = new ArrayList<>();
        if (proof == null || proof.isNull()) {
            return proofs;
        }
        List<JsonNode> items = new ArrayList<>();
        if (proof.isArray()) {
            proof.forEach(items::add);
        } else {
            items.add(proof);
        }
        if (items.size() > MAX_PROOFS) {
            throw new InvalidProofException("more than " + MAX_PROOFS + " proofs");
        }
        for (JsonNode item : items) {
            if (!item.isObject()) {
                throw new InvalidProofException("a proof is not an object");
            }
            if (!"DataIntegrityProof".equals(item.path("type").asText(null))
                    || !CRYPTOSUITE.equals(item.path("cryptosuite").asText(null))) {
                continue;
            }
            proofs.add(read((ObjectNode) item));
        }
        return proofs;
    }

    private DataIntegrityProof read(ObjectNode proof) throws InvalidProofException {
        if (!"assertionMethod".equals(proof.path("proofPurpose").asText(null))) {
            throw new InvalidProofException("the proof's purpose is not assertionMethod");
        }
        JsonNode method = proof.get("verificationMethod");
        if (method == null || !method.isTextual() || method.textValue().isEmpty()
                || method.textValue().length() > MAX_VERIFICATION_METHOD) {
            throw new InvalidProofException("the proof names no usable verificationMethod");
        }
        JsonNode value = proof.get("proofValue");
        if (value == null || !value.isTextual() || !value.textValue().startsWith("z")) {
            throw new InvalidProofException("the proofValue is not base58btc multibase");
        }
        byte[] signature;
        try {
            signature = Base58.decode(value.textValue().substring(1));
        } catch (IllegalArgumentException e) {
            throw new InvalidProofException("the proofValue is not base58btc multibase");
        }
        if (signature.length != 64) {
            throw new InvalidProofException("the proofValue is not an Ed25519 signature");
        }
        JsonNode expires = proof.get("expires");
        if (expires != null && expired(expires)) {
            throw new InvalidProofException("the proof has expired");
        }
        ObjectNode options = proof.deepCopy();
        options.remove("proofValue");
        return new DataIntegrityProof(method.textValue(), signature, options);
    }

    private boolean expired(JsonNode expires) throws InvalidProofException {
        try {
            return !Instant.parse(expires.asText("")).isAfter(clock.instant());
        } catch (DateTimeParseException e) {
            throw new InvalidProofException("the proof's expires is not a date-time");
        }
    }

    /** Whether {@code key} (Ed25519) made {@code proof} over {@code document}. */
    public boolean verifies(JsonNode document, DataIntegrityProof proof, PublicKey key) {
        if (!SigningAlgorithm.ED25519.fits(key) || !document.isObject()) {
            return false;
        }
        try {
            for (ObjectNode unsecured : unsecuredForms((ObjectNode) document)) {
                byte[] documentHash = sha256(Jcs.canonicalize(unsecured));
                for (ObjectNode options : optionForms(proof.options(), unsecured.get("@context"))) {
                    byte[] data = concat(sha256(Jcs.canonicalize(options)), documentHash);
                    if (SigningAlgorithm.ED25519.verify(key, data, proof.signature())) {
                        return true;
                    }
                }
            }
        } catch (IllegalArgumentException notCanonicalizable) {
            return false;
        }
        return false;
    }

    /** The document without its proof; also without its LD signature, when it has one (added after the proof). */
    private static List<ObjectNode> unsecuredForms(ObjectNode document) {
        ObjectNode withoutProof = document.deepCopy();
        withoutProof.remove("proof");
        if (!withoutProof.has("signature")) {
            return List.of(withoutProof);
        }
        ObjectNode withoutSignature = withoutProof.deepCopy();
        withoutSignature.remove("signature");
        return List.of(withoutSignature, withoutProof);
    }

    /** The proof options as given; without their own {@code @context}, also with the document's (as Fedify). */
    private static List<ObjectNode> optionForms(ObjectNode options, JsonNode documentContext) {
        if (options.has("@context") || documentContext == null) {
            return List.of(options);
        }
        ObjectNode withContext = options.deepCopy();
        withContext.set("@context", documentContext.deepCopy());
        return List.of(options, withContext);
    }

    /**
     * A copy of {@code document} carrying a proof by {@code key} (an Ed25519 key listed in its owner's
     * assertionMethod), replacing any proof it had. Its {@code @context} gains the Data Integrity context, which
     * defines {@code proof}, and the proof repeats that {@code @context} as Fedify's do.
     */
    public ObjectNode sign(ObjectNode document, SigningKey key) {
        if (!SigningAlgorithm.ED25519.fits(key.privateKey())) {
            throw new IllegalArgumentException("object proofs are made with Ed25519 keys only");
        }
        ObjectNode unsecured = document.deepCopy();
        unsecured.remove("proof");
        withDataIntegrityContext(unsecured);
        ObjectNode options = NODES.objectNode();
        if (unsecured.has("@context")) {
            options.set("@context", unsecured.get("@context").deepCopy());
        }
        options.put("type", "DataIntegrityProof");
        options.put("cryptosuite", CRYPTOSUITE);
        options.put("verificationMethod", key.keyId());
        options.put("proofPurpose", "assertionMethod");
        // Whole seconds: Fedify re-prints created through Temporal.Instant before hashing, which keeps these as is.
        options.put("created", clock.instant().truncatedTo(ChronoUnit.SECONDS).toString());
        byte[] data = concat(sha256(Jcs.canonicalize(options)), sha256(Jcs.canonicalize(unsecured)));
        ObjectNode proof = options.deepCopy();
        proof.put("proofValue", "z" + Base58.encode(SigningAlgorithm.ED25519.sign(key.privateKey(), data)));
        ObjectNode secured = unsecured.deepCopy();
        secured.set("proof", proof);
        return secured;
    }

    /**
     * Adds the Data Integrity context after the last context URL (so after security/v1, whose {@code proof} it
     * redefines as protected), unless it is already there; a document without {@code @context} is left alone.
     */
    static void withDataIntegrityContext(ObjectNode document) {
        JsonNode context = document.get("@context");
        if (context == null || context.isNull()) {
            return;
        }
        ArrayNode entries = NODES.arrayNode();
        if (context.isArray()) {
            entries.addAll((ArrayNode) context.deepCopy());
        } else {
            entries.add(context.deepCopy());
        }
        int insertAt = 0;
        for (int i = 0; i < entries.size(); i++) {
            JsonNode entry = entries.get(i);
            if (entry.isTextual() && DATA_INTEGRITY_CONTEXT.equals(entry.textValue())) {
                return;
            }
            if (entry.isTextual()) {
                insertAt = i + 1;
            }
        }
        entries.insert(insertAt, DATA_INTEGRITY_CONTEXT);
        document.set("@context", entries);
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is unavailable", e);
        }
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
