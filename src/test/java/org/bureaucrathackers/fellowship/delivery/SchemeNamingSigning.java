package org.bureaucrathackers.fellowship.delivery;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.bureaucrathackers.fellowship.signature.RequestSigning;
import org.bureaucrathackers.fellowship.signature.SignatureScheme;
import org.bureaucrathackers.fellowship.signature.SigningKey;

/** Stands in for real signing: names the scheme, the key and the signing time in headers a peer can check. */
final class SchemeNamingSigning implements RequestSigning {

    static final String SCHEME_HEADER = "X-Test-Scheme";
    static final String KEY_HEADER = "X-Test-Key-Id";

    @Override
    public Map<String, String> sign(SignatureScheme scheme, String method, URI target, Map<String, String> headers,
                                    byte[] body, SigningKey key, Instant now) {
        return Map.of(SCHEME_HEADER, scheme.name(), KEY_HEADER, key.keyId(),
                "Date", DateTimeFormatter.RFC_1123_DATE_TIME.format(now.atZone(ZoneOffset.UTC)));
    }
}
