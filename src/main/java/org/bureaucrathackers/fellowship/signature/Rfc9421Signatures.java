package org.bureaucrathackers.fellowship.signature;

import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * RFC 9421 HTTP Message Signatures for requests (S16): the signature base from derived components and header
 * fields, algorithms {@code rsa-v1_5-sha256}, {@code rsa-pss-sha512} and {@code ed25519}.
 */
public final class Rfc9421Signatures {

    public static final String LABEL = "sig1";
    public static final int MAX_BASE_LENGTH = 16 * 1024;

    private Rfc9421Signatures() {
    }

    /** What we cover: the method, the whole target, the authority, the body digest on requests with one, the date. */
    static List<String> defaultComponents(boolean hasBody) {
        List<String> components = new ArrayList<>(List.of("@method", "@target-uri", "@authority"));
        if (hasBody) {
            components.add("content-digest");
        }
        components.add("date");
        return components;
    }

    /** The algorithm name we announce in {@code alg} for a key. */
    static String algorithmName(java.security.Key key) {
        SigningAlgorithm algorithm = SigningAlgorithm.defaultFor(key);
        if (algorithm == null) {
            throw new IllegalArgumentException("no RFC 9421 algorithm for a " + key.getAlgorithm() + " key");
        }
        return name(algorithm);
    }

    /**
     * Signs the message and returns the {@code Signature-Input} and {@code Signature} header values.
     *
     * @param params the signature parameters in order (created, keyid, alg …), as Long or String values
     */
    static Map<String, String> sign(SigningKey key, String label, List<String> components,
                                    Map<String, Object> params, MessageView message) {
        List<StructuredFields.Item> items = new ArrayList<>();
        for (String component : components) {
            items.add(new StructuredFields.Item(component, Map.of()));
        }
        StructuredFields.InnerList input = new StructuredFields.InnerList(List.copyOf(items), params);
        MessageSignature unsigned = new MessageSignature(label, List.copyOf(components), input, new byte[0]);
        String base;
        try {
            base = signatureBase(unsigned, message);
        } catch (SignatureFailure e) {
            throw new IllegalArgumentException("cannot sign: " + e.reason());
        }
        SigningAlgorithm algorithm = params.get("alg") instanceof String alg
                ? byName(alg) : SigningAlgorithm.defaultFor(key.privateKey());
        if (algorithm == null || !algorithm.fits(key.privateKey())) {
            throw new IllegalArgumentException("the key cannot sign with " + params.get("alg"));
        }
        byte[] signature = algorithm.sign(key.privateKey(), base.getBytes(StandardCharsets.UTF_8));
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Signature-Input", label + "=" + StructuredFields.serialize(input));
        headers.put("Signature", label + "=" + StructuredFields.serializeBareItem(signature));
        return headers;
    }

    /** The signature base (RFC 9421 §2.5): one line per covered component, then {@code @signature-params}. */
    static String signatureBase(MessageSignature signature, MessageView message) throws SignatureFailure {
        StringBuilder out = new StringBuilder();
        for (String component : signature.components()) {
            out.append(StructuredFields.serializeBareItem(component)).append(": ")
                    .append(componentValue(component, message)).append('\n');
            if (out.length() > MAX_BASE_LENGTH) {
                throw SignatureFailure.malformed("signature base longer than " + MAX_BASE_LENGTH + " characters");
            }
        }
        out.append("\"@signature-params\": ").append(StructuredFields.serialize(signature.input()));
        return out.toString();
    }

    /** Whether the signature verifies over the base with this key; refuses an {@code alg} the key cannot use. */
    static boolean verify(MessageSignature signature, String base, PublicKey key) throws SignatureFailure {
        byte[] data = base.getBytes(StandardCharsets.UTF_8);
        if (signature.alg() != null) {
            SigningAlgorithm algorithm = byName(signature.alg());
            if (algorithm == null) {
                throw SignatureFailure.unauthorized("unsupported signature algorithm " + signature.alg()
                        + " (rsa-v1_5-sha256, rsa-pss-sha512 and ed25519 are supported)");
            }
            if (!algorithm.fits(key)) {
                throw SignatureFailure.unauthorized("algorithm " + signature.alg() + " does not fit the "
                        + key.getAlgorithm() + " key");
            }
            return algorithm.verify(key, data, signature.signature());
        }
        SigningAlgorithm algorithm = SigningAlgorithm.defaultFor(key);
        if (algorithm == null) {
            throw SignatureFailure.unauthorized("unsupported key type " + key.getAlgorithm());
        }
        // Without alg the key decides (RFC 9421 §3.2); an RSA key may be meant for PKCS#1 v1.5 or for PSS.
        return algorithm.verify(key, data, signature.signature())
                || algorithm == SigningAlgorithm.RSA_V1_5_SHA256
                && SigningAlgorithm.RSA_PSS_SHA512.verify(key, data, signature.signature());
    }

    private static String componentValue(String component, MessageView message) throws SignatureFailure {
        return switch (component) {
            case "@method" -> message.method();
            case "@target-uri" -> message.targetUri();
            case "@authority" -> message.authority().toLowerCase(Locale.ROOT);
            case "@scheme" -> message.scheme();
            case "@request-target" -> message.pathAndQuery();
            case "@path" -> message.path();
            case "@query" -> "?" + (message.query() == null ? "" : message.query());
            default -> {
                if (component.startsWith("@")) {
                    throw SignatureFailure.unauthorized("unsupported derived component " + component);
                }
                String value = message.fields().value(component);
                if (value == null) {
                    throw SignatureFailure.unauthorized("signed header " + component + " is missing from the request");
                }
                if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
                    throw SignatureFailure.malformed("header " + component + " holds a line break");
                }
                yield value.strip();
            }
        };
    }

    private static SigningAlgorithm byName(String name) {
        return switch (name) {
            case "rsa-v1_5-sha256" -> SigningAlgorithm.RSA_V1_5_SHA256;
            case "rsa-pss-sha512" -> SigningAlgorithm.RSA_PSS_SHA512;
            case "ed25519" -> SigningAlgorithm.ED25519;
            default -> null;
        };
    }

    private static String name(SigningAlgorithm algorithm) {
        return switch (algorithm) {
            case RSA_V1_5_SHA256 -> "rsa-v1_5-sha256";
            case RSA_PSS_SHA512 -> "rsa-pss-sha512";
            case ED25519 -> "ed25519";
        };
    }
}
