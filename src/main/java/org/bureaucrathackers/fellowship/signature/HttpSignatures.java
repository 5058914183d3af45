package org.bureaucrathackers.fellowship.signature;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Signs outgoing requests with either scheme. Each call stamps a fresh {@code Date} from {@code now} (S5) and a
 * {@code Host} equal to the target's authority (S4); requests with a body get {@code Digest} (cavage) or
 * {@code Content-Digest} (RFC 9421) over the exact bytes. Send the returned headers exactly as given.
 */
public final class HttpSignatures implements RequestSigning {

    @Override
    public Map<String, String> sign(SignatureScheme scheme, String method, URI target, Map<String, String> headers,
                                    byte[] body, SigningKey key, Instant now) {
        if (target.getHost() == null || target.getScheme() == null) {
            throw new IllegalArgumentException("target must be an absolute URI: " + target);
        }
        boolean hasBody = body != null || method.equalsIgnoreCase("POST");
        byte[] bytes = body == null ? new byte[0] : body;
        Map<String, String> added = new LinkedHashMap<>();
        added.put("Host", MessageView.authority(target));
        added.put("Date", HttpDates.format(now));
        if (scheme == SignatureScheme.CAVAGE) {
            if (hasBody) {
                added.put("Digest", Digests.digestHeader(bytes));
            }
            Map<String, String> all = merged(headers, added);
            List<String> covered = covered(hasBody ? CavageSignatures.POST_HEADERS : CavageSignatures.GET_HEADERS,
                    all);
            String label = SigningAlgorithm.defaultFor(key.privateKey()) == SigningAlgorithm.RSA_V1_5_SHA256
                    ? "rsa-sha256" : "hs2019";
            added.put("Signature", CavageSignatures.sign(key, label, covered, method, pathAndQuery(target), all,
                    null, null));
        } else {
            if (hasBody) {
                added.put("Content-Digest", Digests.contentDigestHeader(bytes));
            }
            Map<String, String> all = merged(headers, added);
            Map<String, Object> params = new LinkedHashMap<>();
            params.put("created", now.getEpochSecond());
            params.put("keyid", key.keyId());
            params.put("alg", Rfc9421Signatures.algorithmName(key.privateKey()));
            added.putAll(Rfc9421Signatures.sign(key, Rfc9421Signatures.LABEL,
                    Rfc9421Signatures.defaultComponents(hasBody), params,
                    MessageView.of(method.toUpperCase(Locale.ROOT), target, FieldValues.ofSingle(all))));
        }
        return added;
    }

    private static String pathAndQuery(URI target) {
        String path = target.getRawPath() == null || target.getRawPath().isEmpty() ? "/" : target.getRawPath();
        return target.getRawQuery() == null ? path : path + "?" + target.getRawQuery();
    }

    /** The caller's headers overridden by ours, whatever the case of the caller's names. */
    private static Map<String, String> merged(Map<String, String> headers, Map<String, String> added) {
        Map<String, String> all = new LinkedHashMap<>();
        headers.forEach((name, value) -> {
            boolean overridden = added.keySet().stream().anyMatch(ours -> ours.equalsIgnoreCase(name));
            if (!overridden) {
                all.put(name, value);
            }
        });
        all.putAll(added);
        return all;
    }

    /** The default list, without the optional headers (content-type, accept) the request does not carry. */
    private static List<String> covered(List<String> defaults, Map<String, String> headers) {
        FieldValues fields = FieldValues.ofSingle(headers);
        List<String> covered = new ArrayList<>();
        for (String name : defaults) {
            boolean optional = name.equals("content-type") || name.equals("accept");
            if (!optional || fields.value(name) != null) {
                covered.add(name);
            }
        }
        return covered;
    }
}
