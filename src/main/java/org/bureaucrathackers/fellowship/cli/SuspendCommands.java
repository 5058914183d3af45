package org.bureaucrathackers.fellowship.cli;

import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.config.SettingsLoader;
import org.bureaucrathackers.fellowship.fetch.FetchException;
import org.bureaucrathackers.fellowship.webfinger.WebFingerClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code suspend} and {@code unsuspend}: an actor of another server, named by actor URL or handle (X17). While
 * suspended, only its Deletes, Undos, Rejects and Updates of what is already here are accepted.
 */
final class SuspendCommands {

    private SuspendCommands() {
    }

    @Command(name = "suspend", mixinStandardHelpOptions = true,
            description = "Suspend an actor of another server: from it, accept only Delete, Undo, Reject and Update.")
    static final class Suspend implements Callable<Integer> {
        private final SettingsLoader loader;
        private final Instance.Opener instances;

        @Parameters(index = "0", paramLabel = "ACTOR_URI_OR_HANDLE", description = "user@host, or the actor's URL")
        String target;

        @Mixin
        SettingsOptions options;

        @Spec
        CommandSpec spec;

        Suspend(SettingsLoader loader, Instance.Opener instances) {
            this.loader = loader;
            this.instances = instances;
        }

        @Override
        public Integer call() {
            try (Instance instance = instances.open(options.load(loader))) {
                // A stored actor is suspended as stored; an unknown one is fetched first, so it can be.
                Account actor = stored(instance, target).orElseGet(() -> Fellows.account(instance, target).account());
                boolean changed = instance.suspensions().suspend(actor);
                spec.commandLine().getOut().println((changed ? "suspended " : "already suspended: ")
                        + Fellows.handle(instance, actor) + " (" + actor.uri() + ")");
            }
            return FellowshipCommand.OK;
        }
    }

    @Command(name = "unsuspend", mixinStandardHelpOptions = true, description = "Lift a suspension.")
    static final class Unsuspend implements Callable<Integer> {
        private final SettingsLoader loader;
        private final Instance.Opener instances;

        @Parameters(index = "0", paramLabel = "ACTOR_URI_OR_HANDLE", description = "user@host, or the actor's URL")
        String target;

        @Mixin
        SettingsOptions options;

        @Spec
        CommandSpec spec;

        Unsuspend(SettingsLoader loader, Instance.Opener instances) {
            this.loader = loader;
            this.instances = instances;
        }

        @Override
        public Integer call() {
            try (Instance instance = instances.open(options.load(loader))) {
                Account actor = stored(instance, target).orElseThrow(() ->
                        new CommandFailure("no actor " + target.strip() + " is known here"));
                boolean changed = instance.suspensions().unsuspend(actor);
                spec.commandLine().getOut().println((changed ? "unsuspended " : "was not suspended: ")
                        + Fellows.handle(instance, actor) + " (" + actor.uri() + ")");
            }
            return FellowshipCommand.OK;
        }
    }

    /** The account stored here under this actor URL or handle, without fetching anything. */
    static Optional<Account> stored(Instance instance, String target) {
        String text = target == null ? "" : target.strip();
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.startsWith("https://") || lower.startsWith("http://")) {
            return instance.remoteActors().cached(text);
        }
        try {
            WebFingerClient.Handle handle = WebFingerClient.parseHandle(text);
            return instance.remoteActors().cachedByHandle(handle.username(), handle.domain());
        } catch (FetchException e) {
            throw new CommandFailure(e.reason());
        }
    }
}
