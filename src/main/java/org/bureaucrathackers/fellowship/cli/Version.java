package org.bureaucrathackers.fellowship.cli;

import picocli.CommandLine;

/** The version written into the jar's manifest at build time. */
public final class Version implements CommandLine.IVersionProvider {

    public static String current() {
        String version = Version.class.getPackage().getImplementationVersion();
        return version == null ? "0.1.0-dev" : version;
    }

    @Override
    public String[] getVersion() {
        return new String[]{"fellowship " + current()};
    }
}
