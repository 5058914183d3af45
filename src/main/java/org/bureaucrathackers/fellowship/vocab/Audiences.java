package org.bureaucrathackers.fellowship.vocab;

/** Addressing helpers shared by every reader. */
public final class Audiences {

    public static final String PUBLIC = "https://www.w3.org/ns/activitystreams#Public";

    private Audiences() {
    }

    /** The address with the compacted spellings of the Public collection expanded (V2); null if unusable. */
    public static String normalize(String address) {
        if (address == null || address.isBlank() || address.length() > LenientJson.MAX_URL_LENGTH) {
            return null;
        }
        if (address.equals("as:Public") || address.equals("Public")) {
            return PUBLIC;
        }
        return address;
    }
}
