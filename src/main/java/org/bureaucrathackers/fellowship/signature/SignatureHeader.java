package org.bureaucrathackers.fellowship.signature;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A draft-cavage {@code Signature} header, parsed tolerantly but unambiguously (S7).
 *
 * @param keyId     the key to verify with
 * @param algorithm the algorithm as sent, or null when absent (which means hs2019)
 * @param headers   the covered headers, lower-cased, in signing order; the default list when absent
 * @param signature the base64 signature as sent
 * @param created   the {@code created} parameter, or null
 * @param expires   the {@code expires} parameter (whole seconds), or null
 */
public record SignatureHeader(String keyId, String algorithm, List<String> headers, String signature, Long created,
                              Long expires) {

    public static final int MAX_LENGTH = 8192;
    public static final int MAX_PARAMETERS = 32;
    public static final int MAX_HEADERS = 32;

    public SignatureHeader {
        headers = List.copyOf(headers);
    }

    /** The algorithm in effect: as sent, lower-cased, or hs2019 when absent. */
    public String effectiveAlgorithm() {
        return algorithm == null ? "hs2019" : algorithm.toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a header value: comma-separated {@code name=token} or {@code name="quoted"} pairs, whitespace allowed
     * around separators, an optional legacy {@code Signature } prefix. Refuses repeated names, missing keyId or
     * signature, and anything that is not that grammar.
     */
    public static SignatureHeader parse(String value) throws SignatureFailure {
        if (value == null || value.isBlank()) {
            throw SignatureFailure.unauthorized("Signature header missing");
        }
        if (value.length() > MAX_LENGTH) {
            throw SignatureFailure.malformed("Signature header longer than " + MAX_LENGTH + " characters");
        }
        Map<String, String> params = parameters(value);
        String keyId = params.get("keyId");
        String signature = params.get("signature");
        if (keyId == null || keyId.isBlank()) {
            throw SignatureFailure.malformed("Signature header has no keyId");
        }
        if (signature == null || signature.isBlank()) {
            throw SignatureFailure.malformed("Signature header has no signature");
        }
        String algorithm = params.get("algorithm");
        String effective = algorithm == null ? "hs2019" : algorithm.toLowerCase(Locale.ROOT);
        String headerList = params.get("headers");
        List<String> headers = headerList == null
                ? List.of(effective.equals("hs2019") ? "(created)" : "date")
                : headerNames(headerList);
        return new SignatureHeader(keyId, algorithm, headers, signature, seconds(params.get("created"), "created"),
                seconds(params.get("expires"), "expires"));
    }

    /** The header value, in the parameter order peers send: keyId, algorithm, headers, signature. */
    public String format() {
        StringBuilder out = new StringBuilder();
        out.append("keyId=\"").append(keyId).append('"');
        if (algorithm != null) {
            out.append(",algorithm=\"").append(algorithm).append('"');
        }
        if (created != null) {
            out.append(",created=").append(created);
        }
        if (expires != null) {
            out.append(",expires=").append(expires);
        }
        out.append(",headers=\"").append(String.join(" ", headers)).append('"');
        out.append(",signature=\"").append(signature).append('"');
        return out.toString();
    }

    private static Map<String, String> parameters(String value) throws SignatureFailure {
        String text = value.strip();
        if (text.regionMatches(true, 0, "Signature ", 0, "Signature ".length())) {
            text = text.substring("Signature ".length());
        }
        Map<String, String> params = new LinkedHashMap<>();
        int pos = 0;
        int length = text.length();
        while (true) {
            pos = skipWhitespace(text, pos);
            int nameStart = pos;
            while (pos < length && isTokenChar(text.charAt(pos))) {
                pos++;
            }
            if (pos == nameStart) {
                throw SignatureFailure.malformed("Signature header: expected a parameter name at " + pos);
            }
            String name = text.substring(nameStart, pos);
            pos = skipWhitespace(text, pos);
            if (pos >= length || text.charAt(pos) != '=') {
                throw SignatureFailure.malformed("Signature header: parameter " + name + " has no value");
            }
            pos = skipWhitespace(text, pos + 1);
            StringBuilder parameterValue = new StringBuilder();
            if (pos < length && text.charAt(pos) == '"') {
                pos++;
                boolean closed = false;
                while (pos < length) {
                    char c = text.charAt(pos++);
                    if (c == '\\' && pos < length) {
                        parameterValue.append(text.charAt(pos++));
                    } else if (c == '"') {
                        closed = true;
                        break;
                    } else {
                        parameterValue.append(c);
                    }
                }
                if (!closed) {
                    throw SignatureFailure.malformed("Signature header: unterminated quoted value for " + name);
                }
            } else {
                int valueStart = pos;
                while (pos < length && isTokenChar(text.charAt(pos))) {
                    pos++;
                }
                if (pos == valueStart) {
                    throw SignatureFailure.malformed("Signature header: parameter " + name + " has no value");
                }
                parameterValue.append(text, valueStart, pos);
            }
            if (params.putIfAbsent(name, parameterValue.toString()) != null) {
                throw SignatureFailure.malformed("Signature header repeats parameter " + name);
            }
            if (params.size() > MAX_PARAMETERS) {
                throw SignatureFailure.malformed("Signature header has more than " + MAX_PARAMETERS + " parameters");
            }
            pos = skipWhitespace(text, pos);
            if (pos >= length) {
                return params;
            }
            if (text.charAt(pos) != ',') {
                throw SignatureFailure.malformed("Signature header: expected ',' at " + pos);
            }
            pos++;
        }
    }

    private static List<String> headerNames(String list) throws SignatureFailure {
        List<String> names = new ArrayList<>();
        for (String name : list.strip().split("[ \t]+")) {
            if (name.isEmpty()) {
                continue;
            }
            String lower = name.toLowerCase(Locale.ROOT);
            if (names.contains(lower)) {
                throw SignatureFailure.malformed("Signature header lists " + lower + " twice");
            }
            names.add(lower);
            if (names.size() > MAX_HEADERS) {
                throw SignatureFailure.malformed("Signature header covers more than " + MAX_HEADERS + " headers");
            }
        }
        return names;
    }

    /** created and expires are Unix seconds; expires may carry a fraction, which is dropped. */
    private static Long seconds(String value, String name) throws SignatureFailure {
        if (value == null) {
            return null;
        }
        String whole = value;
        int dot = value.indexOf('.');
        if (dot >= 0 && name.equals("expires")) {
            whole = value.substring(0, dot);
            if (!value.substring(dot + 1).chars().allMatch(Character::isDigit)) {
                throw SignatureFailure.malformed("Signature header: " + name + " is not a number");
            }
        }
        if (whole.isEmpty() || whole.length() > 12 || !whole.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw SignatureFailure.malformed("Signature header: " + name + " is not a number of seconds");
        }
        return Long.parseLong(whole);
    }

    private static int skipWhitespace(String text, int pos) {
        while (pos < text.length() && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t')) {
            pos++;
        }
        return pos;
    }

    private static boolean isTokenChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
    }
}
