package org.bureaucrathackers.fellowship.signature;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Body digests: the draft {@code Digest: SHA-256=<b64>} header that draft-cavage signatures cover (S2), and RFC 9530
 * {@code Content-Digest: sha-256=:<b64>:} that RFC 9421 signatures cover (S16). Verification always hashes the raw
 * body bytes as received. SHA-256 and SHA-512 are understood; every understood digest present must match, and a
 * header offering only other algorithms is refused.
 */
public final class Digests {

    private static final int MAX_ENTRIES = 8;
    private static final int MAX_LENGTH = 1024;

    private Digests() {
    }

    /** {@code SHA-256=<base64>} of the exact body bytes, for the {@code Digest} header. */
    public static String digestHeader(byte[] body) {
        return "SHA-256=" + Base64.getEncoder().encodeToString(hash("SHA-256", body));
    }

    /** {@code sha-256=:<base64>:} of the exact body bytes, for the {@code Content-Digest} header. */
    public static String contentDigestHeader(byte[] body) {
        return "sha-256=:" + Base64.getEncoder().encodeToString(hash("SHA-256", body)) + ":";
    }

    /** Checks a {@code Digest} header (RFC 3230 form, comma-separated {@code algorithm=base64}) against the body. */
    public static void verifyDigest(String header, byte[] body) throws SignatureFailure {
        if (header == null || header.isBlank()) {
            throw SignatureFailure.unauthorized("Digest header missing");
        }
        if (header.length() > MAX_LENGTH) {
            throw SignatureFailure.malformed("Digest header longer than " + MAX_LENGTH + " characters");
        }
        Map<String, byte[]> offered = new LinkedHashMap<>();
        String[] entries = header.split(",", -1);
        if (entries.length > MAX_ENTRIES) {
            throw SignatureFailure.malformed("Digest header lists too many digests");
        }
        for (String entry : entries) {
            int equals = entry.indexOf('=');
            if (equals <= 0) {
                throw SignatureFailure.malformed("Digest header entry is not algorithm=value");
            }
            String algorithm = entry.substring(0, equals).trim().toLowerCase(Locale.ROOT);
            String value = entry.substring(equals + 1).trim();
            if (!isKnown(algorithm)) {
                continue;
            }
            try {
                if (offered.put(algorithm, Base64.getDecoder().decode(value)) != null) {
                    throw SignatureFailure.malformed("Digest header repeats " + algorithm);
                }
            } catch (IllegalArgumentException e) {
                throw SignatureFailure.malformed("Digest value is not base64");
            }
        }
        check(offered, body, "Digest");
    }

    /** Checks an RFC 9530 {@code Content-Digest} header (a structured dictionary of byte sequences). */
    public static void verifyContentDigest(String header, byte[] body) throws SignatureFailure {
        if (header == null || header.isBlank()) {
            throw SignatureFailure.unauthorized("Content-Digest header missing");
        }
        if (header.length() > MAX_LENGTH) {
            throw SignatureFailure.malformed("Content-Digest header longer than " + MAX_LENGTH + " characters");
        }
        Map<String, StructuredFields.Member> members;
        try {
            members = StructuredFields.parseDictionary(header);
        } catch (StructuredFields.ParseException e) {
            throw SignatureFailure.malformed("Content-Digest is not a structured dictionary: " + e.getMessage());
        }
        Map<String, byte[]> offered = new LinkedHashMap<>();
        for (Map.Entry<String, StructuredFields.Member> member : members.entrySet()) {
            if (!isKnown(member.getKey())) {
                continue;
            }
            if (!(member.getValue() instanceof StructuredFields.Item item) || !(item.value() instanceof byte[] bytes)) {
                throw SignatureFailure.malformed("Content-Digest " + member.getKey() + " is not a byte sequence");
            }
            offered.put(member.getKey(), bytes);
        }
        check(offered, body, "Content-Digest");
    }

    private static void check(Map<String, byte[]> offered, byte[] body, String headerName) throws SignatureFailure {
        if (offered.isEmpty()) {
            throw SignatureFailure.unauthorized(headerName + " offers no supported algorithm (sha-256, sha-512)");
        }
        byte[] bytes = body == null ? new byte[0] : body;
        for (Map.Entry<String, byte[]> digest : offered.entrySet()) {
            byte[] expected = hash(digest.getKey().toUpperCase(Locale.ROOT), bytes);
            if (!MessageDigest.isEqual(expected, digest.getValue())) {
                throw SignatureFailure.unauthorized(headerName + " " + digest.getKey() + " does not match the body");
            }
        }
    }

    private static boolean isKnown(String algorithm) {
        return algorithm.equals("sha-256") || algorithm.equals("sha-512");
    }

    private static byte[] hash(String algorithm, byte[] body) {
        try {
            return MessageDigest.getInstance(algorithm).digest(body == null ? new byte[0] : body);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is unavailable", e);
        }
    }
}
