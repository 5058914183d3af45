package org.bureaucrathackers.fellowship.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import org.bureaucrathackers.fellowship.actor.InvalidFellowException;
import org.bureaucrathackers.fellowship.config.ConfigException;
import org.bureaucrathackers.fellowship.config.SettingsLoader;
import org.bureaucrathackers.fellowship.follow.InvalidFollowException;
import org.bureaucrathackers.fellowship.post.InvalidPostException;
import org.bureaucrathackers.fellowship.post.RefusedActivityException;
import org.bureaucrathackers.fellowship.transaction.DatabaseUnavailableException;
import org.bureaucrathackers.fellowship.web.PortInUseException;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** {@code fellowship}: the top-level command. Exit status 0 ok, 1 failure, 2 usage error. */
@Command(name = "fellowship", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Run and manage a Fellowship instance.",
        subcommands = {ServeCommand.class, FellowCommand.class, TokenCommand.class,
                FollowCommands.FollowAccount.class, FollowCommands.Unfollow.class,
                FollowCommands.BlockAccount.class, FollowCommands.Unblock.class,
                PostCommands.Publish.class, PostCommands.Like.class, PostCommands.Boost.class,
                PostCommands.Delete.class, PracticeCommand.class, DomainCommand.class, SuspendCommands.Suspend.class,
                SuspendCommands.Unsuspend.class, DeliveriesCommand.class, CommandLine.HelpCommand.class})
public final class FellowshipCommand implements Runnable {

    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int USAGE = 2;
    /** Returned by {@code serve}: the server runs on after main returns. */
    public static final int KEEP_RUNNING = -1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command (try --help)");
    }

    /** Runs the command line; {@code instances} opens an instance for the commands that work on one. */
    public static int run(String[] args, PrintStream out, PrintStream err, Instance.Opener instances) {
        return run(args, out, err, SettingsLoader.fromSystemEnvironment(), instances);
    }

    /** @param loader where settings come from */
    public static int run(String[] args, PrintStream out, PrintStream err, SettingsLoader loader,
                          Instance.Opener instances) {
        CommandLine commandLine = new CommandLine(new FellowshipCommand(), new Factory(loader, instances));
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("fellowship: " + failureMessage(e));
            if (!isExpected(e)) {
                e.printStackTrace(cmd.getErr());
            }
            return FAILURE;
        });
        commandLine.setParameterExceptionHandler((e, parsed) -> {
            PrintWriter writer = e.getCommandLine().getErr();
            writer.println("fellowship: " + e.getMessage());
            writer.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            return USAGE;
        });
        return commandLine.execute(args);
    }

    private static boolean isExpected(Exception e) {
        return e instanceof ConfigException || e instanceof DatabaseUnavailableException
                || e instanceof PortInUseException || e instanceof InvalidFellowException
                || e instanceof CommandFailure || e instanceof IllegalArgumentException
                || e instanceof InvalidPostException || e instanceof InvalidFollowException
                || e instanceof RefusedActivityException;
    }

    private static String failureMessage(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    /**
     * Hands each command the settings loader and the way to open an instance, so tests can supply their own
     * environment.
     */
    private record Factory(SettingsLoader loader, Instance.Opener instances) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            // Commands that read settings take the loader and the opener in their constructor.
            try {
                var constructor = type.getDeclaredConstructor(SettingsLoader.class, Instance.Opener.class);
                return constructor.newInstance(loader, instances);
            } catch (NoSuchMethodException noLoader) {
                // Not a command that reads settings.
            }
            return CommandLine.defaultFactory().create(type);
        }
    }
}
