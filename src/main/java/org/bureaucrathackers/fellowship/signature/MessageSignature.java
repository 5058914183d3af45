package org.bureaucrathackers.fellowship.signature;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One RFC 9421 signature read from {@code Signature-Input} and {@code Signature}: its label, the covered
 * components in order, the signature parameters exactly as parsed, and the signature bytes.
 */
record MessageSignature(String label, List<String> components, StructuredFields.InnerList input, byte[] signature) {

    Long created() {
        return (Long) input.params().get("created");
    }

    Long expires() {
        return (Long) input.params().get("expires");
    }

    String keyId() {
        return (String) input.params().get("keyid");
    }

    String alg() {
        return (String) input.params().get("alg");
    }

    /**
     * Reads the one signature a request carries. Several signatures are refused: peers send one, and picking one
     * of several would let a request carry a signature we check beside one that others check.
     */
    static MessageSignature parse(String signatureInput, String signature) throws SignatureFailure {
        Map<String, StructuredFields.Member> inputs = dictionary(signatureInput, "Signature-Input");
        Map<String, StructuredFields.Member> signatures = dictionary(signature, "Signature");
        if (inputs.size() != 1 || signatures.size() != 1) {
            throw SignatureFailure.unauthorized("exactly one RFC 9421 signature is accepted, found "
                    + Math.max(inputs.size(), signatures.size()));
        }
        Map.Entry<String, StructuredFields.Member> entry = inputs.entrySet().iterator().next();
        String label = entry.getKey();
        if (!(entry.getValue() instanceof StructuredFields.InnerList list)) {
            throw SignatureFailure.malformed("Signature-Input " + label + " is not an inner list");
        }
        if (!(signatures.get(label) instanceof StructuredFields.Item item) || !(item.value() instanceof byte[] bytes)) {
            throw SignatureFailure.malformed("Signature has no byte sequence labelled " + label);
        }
        if (bytes.length == 0) {
            throw SignatureFailure.malformed("Signature " + label + " is empty");
        }
        return new MessageSignature(label, components(list), checkParams(list), bytes);
    }

    private static Map<String, StructuredFields.Member> dictionary(String value, String name) throws SignatureFailure {
        if (value == null || value.isBlank()) {
            throw SignatureFailure.unauthorized(name + " header missing");
        }
        if (value.length() > SignatureHeader.MAX_LENGTH) {
            throw SignatureFailure.malformed(name + " header longer than " + SignatureHeader.MAX_LENGTH
                    + " characters");
        }
        try {
            return StructuredFields.parseDictionary(value);
        } catch (StructuredFields.ParseException e) {
            throw SignatureFailure.malformed(name + " is not a structured dictionary: " + e.getMessage());
        }
    }

    private static List<String> components(StructuredFields.InnerList list) throws SignatureFailure {
        List<String> names = new ArrayList<>();
        for (StructuredFields.Item item : list.items()) {
            if (!(item.value() instanceof String name)) {
                throw SignatureFailure.malformed("covered components must be strings");
            }
            if (!item.params().isEmpty()) {
                throw SignatureFailure.unauthorized("component parameters are not supported (" + name + ")");
            }
            if (!name.equals(name.toLowerCase(Locale.ROOT)) || name.isEmpty()) {
                throw SignatureFailure.malformed("component names must be lower case: " + name);
            }
            if (names.contains(name)) {
                throw SignatureFailure.malformed("component " + name + " is covered twice");
            }
            names.add(name);
        }
        return List.copyOf(names);
    }

    private static StructuredFields.InnerList checkParams(StructuredFields.InnerList list) throws SignatureFailure {
        for (Map.Entry<String, Object> param : list.params().entrySet()) {
            Object value = param.getValue();
            boolean wellTyped = switch (param.getKey()) {
                case "created", "expires" -> value instanceof Long number && number >= 0;
                case "keyid", "alg", "nonce", "tag" -> value instanceof String;
                default -> true;
            };
            if (!wellTyped) {
                throw SignatureFailure.malformed("signature parameter " + param.getKey() + " has the wrong type");
            }
        }
        return list;
    }
}
