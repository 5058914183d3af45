package org.bureaucrathackers.fellowship.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.bureaucrathackers.fellowship.config.SettingsLoader;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A command that opens the instance its settings name, does its work and closes it again. */
abstract class InstanceCommand implements Callable<Integer> {

    private final SettingsLoader loader;
    private final Instance.Opener instances;

    @Mixin
    SettingsOptions options;

    @Spec
    CommandSpec spec;

    InstanceCommand(SettingsLoader loader, Instance.Opener instances) {
        this.loader = loader;
        this.instances = instances;
    }

    /** The instance, open until the caller closes it. */
    Instance open() {
        return instances.open(options.load(loader));
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
