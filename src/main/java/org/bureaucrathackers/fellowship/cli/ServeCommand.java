package org.bureaucrathackers.fellowship.cli;

import java.util.concurrent.Callable;
import org.bureaucrathackers.fellowship.config.Settings;
import org.bureaucrathackers.fellowship.config.SettingsLoader;
import org.bureaucrathackers.fellowship.web.ListeningSocket;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

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
        Settings configured = options.load(loader);
        // On port 0 the socket is bound before the instance is opened, so the public URL can name the port the
        // system chose; a configured port is bound by the server as it starts.
        ListeningSocket listening = configured.bindPort() == 0 ? ListeningSocket.open(configured.bindHost(), 0) : null;
        Settings settings = listening == null ? configured : configured.withListeningPort(listening.port());
        Instance instance;
        try {
            instance = instances.open(settings);
        } catch (RuntimeException e) {
            if (listening != null) {
                listening.close();
            }
            throw e;
        }
        int port;
        try {
            port = instance.startServer(listening);
        } catch (RuntimeException e) {
            instance.close();
            if (listening != null) {
                listening.close();
            }
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
