package org.bureaucrathackers.fellowship.cli;

import java.util.concurrent.Callable;
import org.bureaucrathackers.fellowship.App;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.config.SettingsLoader;
import org.bureaucrathackers.fellowship.follow.Follow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

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

        @Parameters(index = "0", paramLabel = "USERNAME", description = "The local fellow acting")
        String username;

        @Parameters(index = "1", paramLabel = "HANDLE_OR_URL",
                description = "user@host, or the URL of an actor or profile")
        String target;

        @Mixin
        SettingsOptions options;

        @Spec
        CommandSpec spec;

        Base(SettingsLoader loader) {
            this.loader = loader;
        }

        @Override
        public Integer call() {
            try (App app = App.open(options.load(loader))) {
                Account fellow = Fellows.local(app, username);
                Account other = Fellows.account(app, target).account();
                spec.commandLine().getOut().println(act(app, fellow, other));
            }
            return FellowshipCommand.OK;
        }

        abstract String act(App app, Account fellow, Account other);
    }

    @Command(name = "follow", mixinStandardHelpOptions = true,
            description = "Follow an account here or on another server.")
    static final class FollowAccount extends Base {
        FollowAccount(SettingsLoader loader) {
            super(loader);
        }

        @Override
        String act(App app, Account fellow, Account other) {
            Follow follow = app.follows().follow(fellow, other);
            String state = follow.state() == Follow.State.ACCEPTED ? "follows" : "asked to follow";
            return fellow.username() + " " + state + " " + Fellows.handle(app, other) + Fellows.queuedNote(other);
        }
    }

    @Command(name = "unfollow", mixinStandardHelpOptions = true,
            description = "Stop following an account, or withdraw a follow request.")
    static final class Unfollow extends Base {
        Unfollow(SettingsLoader loader) {
            super(loader);
        }

        @Override
        String act(App app, Account fellow, Account other) {
            if (!app.follows().unfollow(fellow, other)) {
                return fellow.username() + " was not following " + Fellows.handle(app, other);
            }
            return fellow.username() + " no longer follows " + Fellows.handle(app, other) + Fellows.queuedNote(other);
        }
    }

    @Command(name = "block", mixinStandardHelpOptions = true,
            description = "Block an account: follows both ways end and it is told so.")
    static final class BlockAccount extends Base {
        BlockAccount(SettingsLoader loader) {
            super(loader);
        }

        @Override
        String act(App app, Account fellow, Account other) {
            app.follows().block(fellow, other);
            return fellow.username() + " blocks " + Fellows.handle(app, other) + Fellows.queuedNote(other);
        }
    }

    @Command(name = "unblock", mixinStandardHelpOptions = true, description = "Lift a block.")
    static final class Unblock extends Base {
        Unblock(SettingsLoader loader) {
            super(loader);
        }

        @Override
        String act(App app, Account fellow, Account other) {
            if (!app.follows().unblock(fellow, other)) {
                return fellow.username() + " was not blocking " + Fellows.handle(app, other);
            }
            return fellow.username() + " no longer blocks " + Fellows.handle(app, other) + Fellows.queuedNote(other);
        }
    }
}
