package org.bureaucrathackers.fellowship.cli;

import org.bureaucrathackers.fellowship.config.Version;
import picocli.CommandLine;

/** Answers {@code fellowship --version}. */
public final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[]{"fellowship " + Version.current()};
    }
}
