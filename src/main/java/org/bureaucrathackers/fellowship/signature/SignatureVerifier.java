package org.bureaucrathackers.fellowship.signature;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Verifies the signature on an incoming request: RFC 9421 when {@code Signature-Input} is present, draft-cavage
 * otherwise. The checks run cheapest first, so a request that fails on its own never causes a key fetch:
 * header syntax (400), minimum coverage (S8, S16: method and target, host, date, and the digest of a body), the
 * body digest against the raw bytes, the time window (S10), the keyId (no {@code acct:}, S11), then the key and the
 * signature, with one refresh of a cached key that failed (S12). Every failure is a {@link SignatureFailure} with
 * its own reason.
 */
public final class SignatureVerifier {

    private final Clock clock;
    private final KeyResolver resolver;
    private final URI publicUrl;

    /**
     * @param publicUrl this instance's public URL (scheme, host, port): the {@code @target-uri} and
     *                  {@code @authority} RFC 9421 signers saw, and the Host a cavage signature must name
     */
    public SignatureVerifier(Clock clock, KeyResolver resolver, URI publicUrl) {
        this.clock = Objects.requireNonNull(clock);
        this.resolver = Objects.requireNonNull(resolver);
        this.publicUrl = Objects.requireNonNull(publicUrl);
        if (publicUrl.getScheme() == null || publicUrl.getHost() == null) {
            throw new IllegalArgumentException("public URL must be absolute: " + publicUrl);
        }
    }

    public VerifiedSignature verify(IncomingRequest request) throws SignatureFailure {
        if (!request.headerLines("signature-input").isEmpty()) {
            return verifyRfc9421(request);
        }
        return verifyCavage(request);
    }

    /** The keyId a request claims, without checking anything else; null when it has none we can read. */
    public static String claimedKeyId(IncomingRequest request) {
        try {
            if (!request.headerLines("signature-input").isEmpty()) {
                return MessageSignature.parse(request.header("signature-input"), request.header("signature")).keyId();
            }
            List<String> lines = request.headerLines("signature");
            return lines.size() == 1 ? SignatureHeader.parse(lines.get(0)).keyId() : null;
        } catch (SignatureFailure e) {
            return null;
        }
    }

    private VerifiedSignature verifyCavage(IncomingRequest request) throws SignatureFailure {
        List<String> lines = request.headerLines("signature");
        if (lines.isEmpty()) {
            throw SignatureFailure.unauthorized("request is not signed");
        }
        if (lines.size() > 1) {
            throw SignatureFailure.malformed("more than one Signature header");
        }
        SignatureHeader header = SignatureHeader.parse(lines.get(0));
        CavageSignatures.decode(header.signature());
        CavageSignatures.checkAlgorithm(header);
        List<String> covered = header.headers();
        checkCavageCoverage(covered, request);

        if (covered.contains("digest")) {
            Digests.verifyDigest(request.header("digest"), request.body());
        }
        checkCavageTime(header, request);
        URI keyId = checkKeyId(header.keyId());

        List<String> signingStrings = new ArrayList<>();
        for (String pathAndQuery : targetVariants(request)) {
            String signingString = CavageSignatures.signingString(covered, request.method(), pathAndQuery,
                    request.fields(), header.created(), header.expires());
            if (signingString.length() > Rfc9421Signatures.MAX_BASE_LENGTH) {
                throw SignatureFailure.malformed("signing string longer than " + Rfc9421Signatures.MAX_BASE_LENGTH);
            }
            signingStrings.add(signingString);
        }
        ResolvedKey key = verifiedKey(keyId, publicKey -> {
            for (String signingString : signingStrings) {
                if (CavageSignatures.verify(header, signingString, publicKey)) {
                    return true;
                }
            }
            return false;
        });
        return new VerifiedSignature(key.keyId(), key.ownerActorId(), SignatureScheme.CAVAGE);
    }

    /**
     * The request target and the host are required on every request, stricter than Mastodon's minimum (host on
     * GET only; digest in place of the target): without them a signed POST could be replayed to another inbox or
     * another server. Mastodon, GoToSocial, Misskey and Fedify all sign both.
     */
    private void checkCavageCoverage(List<String> covered, IncomingRequest request) throws SignatureFailure {
        if (!covered.contains("date") && !covered.contains(CavageSignatures.CREATED)) {
            throw SignatureFailure.unauthorized("the signature must cover date or (created)");
        }
        if (!covered.contains(CavageSignatures.REQUEST_TARGET)) {
            throw SignatureFailure.unauthorized("the signature must cover (request-target)");
        }
        if (!covered.contains("host")) {
            throw SignatureFailure.unauthorized("the signature must cover host");
        }
        if (hasBody(request) && !covered.contains("digest")) {
            throw SignatureFailure.unauthorized("a POST signature must cover digest");
        }
        if (covered.contains("host")) {
            String host = request.header("host");
            if (host != null && !sameAuthority(host, MessageView.authority(publicUrl))) {
                throw SignatureFailure.unauthorized("the signature was made for another host");
            }
        }
    }

    private void checkCavageTime(SignatureHeader header, IncomingRequest request) throws SignatureFailure {
        Instant now = clock.instant();
        List<String> covered = header.headers();
        Instant expires = covered.contains(CavageSignatures.EXPIRES) && header.expires() != null
                ? Instant.ofEpochSecond(header.expires()) : null;
        if (covered.contains(CavageSignatures.EXPIRES) && header.expires() == null) {
            throw SignatureFailure.unauthorized("(expires) is covered but the expires parameter is missing");
        }
        if (covered.contains(CavageSignatures.CREATED)) {
            if (header.created() == null) {
                throw SignatureFailure.unauthorized("(created) is covered but the created parameter is missing");
            }
            TimeWindow.check(Instant.ofEpochSecond(header.created()), expires, now, "created");
        }
        if (covered.contains("date")) {
            String dateHeader = request.header("date");
            if (dateHeader == null) {
                throw SignatureFailure.unauthorized("signed header date is missing from the request");
            }
            Instant date = HttpDates.parse(dateHeader);
            if (date == null) {
                throw SignatureFailure.malformed("Date header is not an HTTP date");
            }
            TimeWindow.check(date, expires, now, "Date");
        }
    }

    private VerifiedSignature verifyRfc9421(IncomingRequest request) throws SignatureFailure {
        MessageSignature signature = MessageSignature.parse(request.header("signature-input"),
                request.header("signature"));
        if (signature.keyId() == null || signature.keyId().isBlank()) {
            throw SignatureFailure.malformed("RFC 9421 signature has no keyid");
        }
        checkRfc9421Coverage(signature, request);

        if (signature.components().contains("content-digest")) {
            Digests.verifyContentDigest(request.header("content-digest"), request.body());
        }
        Instant expires = signature.expires() == null ? null : Instant.ofEpochSecond(signature.expires());
        TimeWindow.check(Instant.ofEpochSecond(signature.created()), expires, clock.instant(), "created");
        URI keyId = checkKeyId(signature.keyId());

        MessageView message = new MessageView(request.method(), publicUrl.getScheme().toLowerCase(Locale.ROOT),
                MessageView.authority(publicUrl), request.path(), request.query(), request.fields());
        List<String> bases = new ArrayList<>();
        bases.add(Rfc9421Signatures.signatureBase(signature, message));
        if (message.query() != null) {
            bases.add(Rfc9421Signatures.signatureBase(signature, message.withoutQuery()));
        }
        ResolvedKey key = verifiedKey(keyId, publicKey -> {
            for (String base : bases) {
                if (Rfc9421Signatures.verify(signature, base, publicKey)) {
                    return true;
                }
            }
            return false;
        });
        return new VerifiedSignature(key.keyId(), key.ownerActorId(), SignatureScheme.RFC9421);
    }

    private static void checkRfc9421Coverage(MessageSignature signature, IncomingRequest request)
            throws SignatureFailure {
        List<String> components = signature.components();
        if (signature.created() == null) {
            throw SignatureFailure.unauthorized("RFC 9421 signature has no created parameter");
        }
        if (!components.contains("@method")) {
            throw SignatureFailure.unauthorized("the signature must cover @method");
        }
        // @target-uri holds the authority; a signature over the path alone must name the authority besides.
        boolean targetUri = components.contains("@target-uri");
        if (!targetUri && !components.contains("@path")) {
            throw SignatureFailure.unauthorized("the signature must cover @target-uri (or @path and @authority)");
        }
        if (!targetUri && !components.contains("@authority")) {
            throw SignatureFailure.unauthorized("the signature must cover @authority (or @target-uri)");
        }
        if (hasBody(request) && !components.contains("content-digest")) {
            throw SignatureFailure.unauthorized("a POST signature must cover content-digest");
        }
    }

    /** S11: the keyId must be an http(s) URL; {@code acct:} ids are refused as Misskey does. */
    private static URI checkKeyId(String keyId) throws SignatureFailure {
        if (keyId.regionMatches(true, 0, "acct:", 0, 5)) {
            throw SignatureFailure.unauthorized("acct: keyIds are not accepted");
        }
        try {
            URI uri = new URI(keyId);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // refused below
        }
        throw SignatureFailure.unauthorized("keyId is not an http(s) URL");
    }

    @FunctionalInterface
    private interface KeyCheck {
        boolean verifies(java.security.PublicKey key) throws SignatureFailure;
    }

    /** Resolves the key, verifies, and on failure with a cached key refreshes it once and verifies again (S12). */
    private ResolvedKey verifiedKey(URI keyId, KeyCheck check) throws SignatureFailure {
        ResolvedKey key = resolve(keyId, false);
        if (check.verifies(key.publicKey())) {
            return key;
        }
        if (key.fromCache()) {
            ResolvedKey fresh = resolve(keyId, true);
            if (check.verifies(fresh.publicKey())) {
                return fresh;
            }
        }
        throw SignatureFailure.unauthorized("signature does not verify");
    }

    private ResolvedKey resolve(URI keyId, boolean refresh) throws SignatureFailure {
        ResolvedKey key;
        try {
            key = resolver.resolve(keyId.toString(), refresh);
        } catch (KeyUnavailableException e) {
            throw new SignatureFailure(e.transientFailure() ? 503 : 401,
                    "key " + (refresh ? "could not be refreshed" : "is unavailable") + ": " + e.getMessage());
        }
        if (key == null || key.publicKey() == null || !keyId.toString().equals(key.keyId())) {
            throw SignatureFailure.unauthorized("key resolution returned another key");
        }
        if (key.ownerActorId() == null || !sameHost(keyId, key.ownerActorId())) {
            throw SignatureFailure.unauthorized("key owner is not on the key's host");
        }
        return key;
    }

    private static boolean sameHost(URI keyId, String ownerActorId) {
        try {
            URI owner = new URI(ownerActorId);
            return owner.getHost() != null && keyId.getHost().equalsIgnoreCase(owner.getHost())
                    && MessageView.authority(keyId).equalsIgnoreCase(MessageView.authority(owner));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** Compares a received Host with ours, ignoring case and a spelled-out default port. */
    private boolean sameAuthority(String host, String ours) {
        String received = host.strip().toLowerCase(Locale.ROOT);
        String scheme = publicUrl.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.equals("https") && received.endsWith(":443")) {
            received = received.substring(0, received.length() - 4);
        } else if (scheme.equals("http") && received.endsWith(":80")) {
            received = received.substring(0, received.length() - 3);
        }
        return received.equals(ours.toLowerCase(Locale.ROOT));
    }

    /** S3: the path with its query as received, then (when there is a query) without it. */
    private static List<String> targetVariants(IncomingRequest request) {
        return request.query() == null ? List.of(request.rawPathAndQuery())
                : List.of(request.rawPathAndQuery(), request.path());
    }

    private static boolean hasBody(IncomingRequest request) {
        return request.method().equalsIgnoreCase("POST") || request.body().length > 0;
    }
}
