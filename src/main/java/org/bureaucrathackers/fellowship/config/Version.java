package org.bureaucrathackers.fellowship.config;

/** The version written into the jar's manifest at build time. */
public final class Version {

    private Version() {
    }

    public static String current() {
        String version = Version.class.getPackage().getImplementationVersion();
        return version == null ? "0.1.0-dev" : version;
    }
}
