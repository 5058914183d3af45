package org.bureaucrathackers.fellowship.cli;

import java.util.concurrent.Callable;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.config.SettingsLoader;
import org.bureaucrathackers.fellowship.follow.Follow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code follow}, {@code unfollow}, {@code block}, {@code unblock}: a fellow and another account, named by
 * handle or URL. What they cause for other servers is queued and sent by the running server.
 */
final class FollowCommands {

    private FollowCommands() {
    }

    /** The arguments and plumbing the four commands share. */
    abstract static class Base implements Callable<Integer> {
        private final SettingsLoader loader;
        private final Instance.Opener instances;

        @Parameters(index = "0", paramLabel = "USERNAME", description = "The local fellow acting")
        String username;

        @Parameters(index = "1", paramLabel = "HANDLE_OR_URL",
                description = "user@host, or the URL of an actor or profile")
        String target;

        @Mixin
        SettingsOptions options;

        @Spec
        CommandSpec spec;

        Base(SettingsLoader loader, Instance.Opener instances) {
            this.loader = loader;
            this.instances = instances;
        }

        @Override
        public Integer call() {
            try (Instance instance = instances.open(options.load(loader))) {
                Account fellow = Fellows.local(instance, username);
                Account other = Fellows.account(instance, target).account();
                spec.commandLine().getOut().println(act(instance, fellow, other));
            }
            return FellowshipCommand.OK;
        }

        abstract String act(Instance instance, Account fellow, Account other);
    }

    @Command(name = "follow", mixinStandardHelpOptions = true,
            description = "Follow an account here or on another server.")
    static final class FollowAccount extends Base {
        FollowAccount(SettingsLoader loader, Instance.Opener instances) {
            super(loader, instances);
        }

        @Override
        String act(Instance instance, Account fellow, Account other) {
            Follow follow = instance.follows().follow(fellow, other);
            String state = follow.state() == Follow.State.ACCEPTED ? "follows" : "asked to follow";
            return fellow.username() + " " + state + " " + Fellows.handle(instance, other) + Fellows.queuedNote(other);
        }
    }

    @Command(name = "unfollow", mixinStandardHelpOptions = true,
            description = "Stop following an account, or withdraw a follow request.")
    static final class Unfollow extends Base {
        Unfollow(SettingsLoader loader, Instance.Opener instances) {
            super(loader, instances);
        }

        @Override
        String act(Instance instance, Account fellow, Account other) {
            if (!instance.follows().unfollow(fellow, other)) {
                return fellow.username() + " was not following " + Fellows.handle(instance, other);
            }
            return fellow.username() + " no longer follows " + Fellows.handle(instance, other) + Fellows.queuedNote(other);
        }
    }

    @Command(name = "block", mixinStandardHelpOptions = true,
            description = "Block an account: follows both ways end and it is told so.")
    static final class BlockAccount extends Base {
        BlockAccount(SettingsLoader loader, Instance.Opener instances) {
            super(loader, instances);
        }

        @Override
        String act(Instance instance, Account fellow, Account other) {
            instance.blocks().block(fellow, other);
            return fellow.username() + " blocks " + Fellows.handle(instance, other) + Fellows.queuedNote(other);
        }
    }

    @Command(name = "unblock", mixinStandardHelpOptions = true, description = "Lift a block.")
    static final class Unblock extends Base {
        Unblock(SettingsLoader loader, Instance.Opener instances) {
            super(loader, instances);
        }

        @Override
        String act(Instance instance, Account fellow, Account other) {
            if (!instance.blocks().unblock(fellow, other)) {
                return fellow.username() + " was not blocking " + Fellows.handle(instance, other);
            }
            return fellow.username() + " no longer blocks " + Fellows.handle(instance, other) + Fellows.queuedNote(other);
        }
    }
}
