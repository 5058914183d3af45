package org.bureaucrathackers.fellowship.cli;

import java.util.concurrent.Callable;
import org.bureaucrathackers.fellowship.config.Settings;
import org.bureaucrathackers.fellowship.config.SettingsLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run the instance: migrate the database, then serve HTTP until stopped.")
final class ServeCommand implements Callable<Integer> {

    private final SettingsLoader loader;

    private final Instance.Opener instances;

    @Mixin
    SettingsOptions options;

    @Spec
    CommandSpec spec;

    ServeCommand(SettingsLoader loader, Instance.Opener instances) {
        this.loader = loader;
        this.instances = instances;
    }

    @Override
    public Integer call() {
        Settings settings = options.load(loader);
        Instance instance = instances.open(settings);
        int port;
        try {
            port = instance.startServer();
        } catch (RuntimeException e) {
            instance.close();
            throw e;
        }
        StopSignals.install(instance::close);
        var out = spec.commandLine().getOut();
        out.println("Fellowship is serving " + settings.baseUrl() + " (listening on " + settings.bindHost() + ":"
                + port + ", data in " + settings.dataDir() + ")");
        if (instance.fellows().count() == 0) {
            out.println("No fellows yet. Create the first one with:");
            out.println("  ./fellowship fellow create USERNAME --display-name \"Your Name\" --admin");
        }
        out.flush();
        return FellowshipCommand.KEEP_RUNNING;
    }
}
