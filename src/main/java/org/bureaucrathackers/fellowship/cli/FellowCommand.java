package org.bureaucrathackers.fellowship.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.bureaucrathackers.fellowship.App;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.FellowService;
import org.bureaucrathackers.fellowship.actor.ProfileChanges;
import org.bureaucrathackers.fellowship.config.SettingsLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "fellow", mixinStandardHelpOptions = true, description = "Create and list local fellows.",
        subcommands = {FellowCommand.Create.class, FellowCommand.ListFellows.class, FellowCommand.Update.class})
final class FellowCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command: create, list or update");
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Create a local fellow with fresh keys and print the handle.")
    static final class Create implements Callable<Integer> {
        private final SettingsLoader loader;

        @Parameters(index = "0", paramLabel = "USERNAME", description = "Letters, digits and _ (. or - between them)")
        String username;

        @Option(names = "--display-name", paramLabel = "NAME", description = "Name shown on the profile")
        String displayName;

        @Option(names = "--password", paramLabel = "PASSWORD", description = "Password for signing in from apps")
        String password;

        @Option(names = "--email", paramLabel = "EMAIL", description = "E-mail address (also accepted as login)")
        String email;

        @Option(names = "--admin", description = "Make this fellow an administrator")
        boolean admin;

        @Mixin
        SettingsOptions options;

        @Spec
        CommandSpec spec;

        Create(SettingsLoader loader) {
            this.loader = loader;
        }

        @Override
        public Integer call() {
            try (App app = App.open(options.load(loader))) {
                Account account = app.fellows().create(
                        new FellowService.NewFellow(username, displayName, password, email, admin));
                spec.commandLine().getOut().println("@" + app.uris().handle(account.username()));
            }
            return FellowshipCommand.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List local fellows.")
    static final class ListFellows implements Callable<Integer> {
        private static final int PAGE = 500;
        private final SettingsLoader loader;

        @Mixin
        SettingsOptions options;

        @Spec
        CommandSpec spec;

        ListFellows(SettingsLoader loader) {
            this.loader = loader;
        }

        @Override
        public Integer call() {
            var out = spec.commandLine().getOut();
            try (App app = App.open(options.load(loader))) {
                int offset = 0;
                List<Account> page;
                do {
                    page = app.fellows().list(offset, PAGE);
                    for (Account account : page) {
                        out.println("@" + app.uris().handle(account.username()) + "\t" + account.displayName());
                    }
                    offset += page.size();
                } while (page.size() == PAGE);
                if (offset == 0) {
                    out.println("No fellows yet.");
                }
            }
            return FellowshipCommand.OK;
        }
    }

    @Command(name = "update", mixinStandardHelpOptions = true,
            description = "Change a fellow's profile and send the new profile to their followers.")
    static final class Update implements Callable<Integer> {
        private final SettingsLoader loader;

        @Parameters(index = "0", paramLabel = "USERNAME")
        String username;

        @Option(names = "--display-name", paramLabel = "NAME", description = "Name shown on the profile")
        String displayName;

        @Option(names = "--bio", paramLabel = "MARKDOWN", description = "About the fellow, in Markdown")
        String bio;

        @Option(names = "--field", paramLabel = "NAME=VALUE",
                description = "A profile field; repeat for several (at most 6). Replaces all fields.")
        List<String> fields;

        @Option(names = "--manually-approves-followers", paramLabel = "true|false", arity = "1",
                description = "Whether follow requests wait for approval")
        Boolean manuallyApprovesFollowers;

        @Mixin
        SettingsOptions options;

        @Spec
        CommandSpec spec;

        Update(SettingsLoader loader) {
            this.loader = loader;
        }

        @Override
        public Integer call() {
            ProfileChanges changes = new ProfileChanges(displayName, bio, parseFields(), manuallyApprovesFollowers);
            if (changes.isEmpty()) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "Nothing to change: give --display-name, --bio, --field or --manually-approves-followers");
            }
            try (App app = App.open(options.load(loader))) {
                Account fellow = Fellows.local(app, username);
                Account updated = app.profiles().update(fellow, changes);
                spec.commandLine().getOut().println("@" + app.uris().handle(updated.username())
                        + " updated; followers on other servers are sent the new profile");
            }
            return FellowshipCommand.OK;
        }

        private List<ProfileChanges.Field> parseFields() {
            if (fields == null) {
                return null;
            }
            List<ProfileChanges.Field> parsed = new ArrayList<>();
            for (String field : fields) {
                int equals = field.indexOf('=');
                if (equals <= 0) {
                    throw new CommandLine.ParameterException(spec.commandLine(),
                            "--field must look like NAME=VALUE, not '" + field + "'");
                }
                parsed.add(new ProfileChanges.Field(field.substring(0, equals), field.substring(equals + 1)));
            }
            return parsed;
        }
    }
}
