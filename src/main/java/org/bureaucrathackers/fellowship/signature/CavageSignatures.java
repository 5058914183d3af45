package org.bureaucrathackers.fellowship.signature;

import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * draft-cavage-http-signatures-12 as the fediverse uses it (S1–S10): the signing string built from the covered
 * headers in {@code headers=} order, exactly as received (S9); {@code rsa-sha256} out, {@code rsa-sha256} or
 * {@code hs2019} in, where hs2019 means RSASSA-PKCS1-v1_5 SHA-256 for RSA keys (as Mastodon) and Ed25519 for
 * Ed25519 keys.
 */
public final class CavageSignatures {

    public static final String REQUEST_TARGET = "(request-target)";
    public static final String CREATED = "(created)";
    public static final String EXPIRES = "(expires)";

    /** What we cover on a POST (S1, S2, S4); content-type only when the request has one. */
    public static final List<String> POST_HEADERS = List.of(REQUEST_TARGET, "host", "date", "digest", "content-type");
    /** What we cover on a GET (S6); accept only when the request has one. */
    public static final List<String> GET_HEADERS = List.of(REQUEST_TARGET, "host", "date", "accept");

    private CavageSignatures() {
    }

    /**
     * Signs a request and returns the {@code Signature} header value.
     *
     * @param algorithmLabel what to put in {@code algorithm=}: "rsa-sha256" for RSA, "hs2019" for any key
     * @param headerNames    the headers to cover, in order, lower-case; pseudo-headers included
     * @param headers        the headers the request carries (Host, Date and Digest included), any case
     */
    public static String sign(SigningKey key, String algorithmLabel, List<String> headerNames, String method,
                              String pathAndQuery, Map<String, String> headers, Long created, Long expires) {
        SigningAlgorithm algorithm = algorithmFor(algorithmLabel, key.privateKey());
        if (algorithm == null) {
            throw new IllegalArgumentException(algorithmLabel + " cannot sign with a "
                    + key.privateKey().getAlgorithm() + " key");
        }
        String signingString;
        try {
            signingString = signingString(headerNames, method, pathAndQuery, FieldValues.ofSingle(headers), created,
                    expires);
        } catch (SignatureFailure e) {
            throw new IllegalArgumentException("cannot sign: " + e.reason());
        }
        byte[] signature = algorithm.sign(key.privateKey(), signingString.getBytes(StandardCharsets.UTF_8));
        return new SignatureHeader(key.keyId(), algorithmLabel, headerNames,
                Base64.getEncoder().encodeToString(signature), created, expires).format();
    }

    /** The string to sign: one {@code name: value} line per covered header, in the given order, joined by LF. */
    static String signingString(List<String> headerNames, String method, String pathAndQuery, FieldValues fields,
                                Long created, Long expires) throws SignatureFailure {
        StringBuilder out = new StringBuilder();
        for (String name : headerNames) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(name).append(": ");
            switch (name) {
                case REQUEST_TARGET -> out.append(method.toLowerCase(Locale.ROOT)).append(' ').append(pathAndQuery);
                case CREATED -> out.append(require(created, "created"));
                case EXPIRES -> out.append(require(expires, "expires"));
                default -> {
                    if (name.startsWith("(")) {
                        throw SignatureFailure.unauthorized("unknown pseudo-header " + name);
                    }
                    String value = fields.value(name);
                    if (value == null) {
                        throw SignatureFailure.unauthorized("signed header " + name + " is missing from the request");
                    }
                    out.append(value.strip());
                }
            }
        }
        return out.toString();
    }

    /**
     * Whether the signature in the header verifies over the signing string with this key.
     *
     * @throws SignatureFailure when the algorithm is unsupported, does not fit the key, or the signature is not
     *                          base64
     */
    static boolean verify(SignatureHeader header, String signingString, PublicKey key) throws SignatureFailure {
        SigningAlgorithm algorithm = algorithmFor(header.effectiveAlgorithm(), key);
        if (algorithm == null) {
            throw SignatureFailure.unauthorized("algorithm " + header.effectiveAlgorithm() + " does not fit the "
                    + key.getAlgorithm() + " key");
        }
        return algorithm.verify(key, signingString.getBytes(StandardCharsets.UTF_8), decode(header.signature()));
    }

    /** Refuses algorithms we do not take, and pseudo-headers the algorithm does not allow (draft §2.3). */
    static void checkAlgorithm(SignatureHeader header) throws SignatureFailure {
        String algorithm = header.effectiveAlgorithm();
        if (!algorithm.equals("rsa-sha256") && !algorithm.equals("hs2019")) {
            throw SignatureFailure.unauthorized("unsupported signature algorithm " + algorithm
                    + " (rsa-sha256 and hs2019 are supported)");
        }
        if (!algorithm.equals("hs2019")
                && (header.headers().contains(CREATED) || header.headers().contains(EXPIRES))) {
            throw SignatureFailure.unauthorized("(created) and (expires) are only allowed with hs2019");
        }
    }

    static byte[] decode(String signature) throws SignatureFailure {
        try {
            byte[] bytes = Base64.getDecoder().decode(signature.strip());
            if (bytes.length == 0) {
                throw SignatureFailure.malformed("signature is empty");
            }
            return bytes;
        } catch (IllegalArgumentException e) {
            throw SignatureFailure.malformed("signature is not base64");
        }
    }

    private static SigningAlgorithm algorithmFor(String label, java.security.Key key) {
        SigningAlgorithm algorithm = switch (label.toLowerCase(Locale.ROOT)) {
            case "rsa-sha256" -> SigningAlgorithm.RSA_V1_5_SHA256;
            case "hs2019" -> SigningAlgorithm.defaultFor(key);
            default -> null;
        };
        return algorithm != null && algorithm.fits(key) ? algorithm : null;
    }

    private static Long require(Long value, String name) throws SignatureFailure {
        if (value == null) {
            throw SignatureFailure.unauthorized("(" + name + ") is covered but the " + name + " parameter is missing");
        }
        return value;
    }
}
