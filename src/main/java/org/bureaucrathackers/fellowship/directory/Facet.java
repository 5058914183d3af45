package org.bureaucrathackers.fellowship.directory;

/** What the fellows' directory filters and counts by; {@link #parameter()} is its name in the API. */
public enum Facet {
    COUNTRY("country"),
    GOVERNMENT_LEVEL("government_level"),
    ORGANISATION("organisation"),
    SECTOR("sector"),
    THEME("theme"),
    /** The stages of the fellow's practice records (OPSI's lifecycle). */
    STAGE("stage");

    private final String parameter;

    Facet(String parameter) {
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
