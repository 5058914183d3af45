package org.bureaucrathackers.fellowship.testing;

import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bureaucrathackers.fellowship.signature.RequestSigning;
import org.bureaucrathackers.fellowship.signature.SignatureScheme;
import org.bureaucrathackers.fellowship.signature.SigningKey;

/**
 * Stands in for HTTP signatures where signing is not what is tested: adds a recognisable
 * {@code Signature: test scheme=… keyId=… target=…} header, so a peer can see that and how a request was signed.
 */
public final class FakeSigning implements RequestSigning {

    public static final SigningKey KEY = new SigningKey("https://ministry.example/actor#main-key", null);

    @Override
    public Map<String, String> sign(SignatureScheme scheme, String method, URI target, Map<String, String> headers,
                                    byte[] body, SigningKey key, Instant now) {
        Map<String, String> added = new LinkedHashMap<>();
        added.put("Signature", "test scheme=" + scheme + " keyId=" + key.keyId() + " target=" + target);
        return added;
    }

    /** The scheme a recorded request was signed with, or null when it was not signed. */
    public static String schemeOf(TestPeer.Recorded request) {
        String signature = request.header("Signature");
        if (signature == null || !signature.startsWith("test scheme=")) {
            return null;
        }
        return signature.substring("test scheme=".length(), signature.indexOf(' ', "test scheme=".length()));
    }
}
