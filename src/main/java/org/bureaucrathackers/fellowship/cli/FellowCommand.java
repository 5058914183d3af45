package org.bureaucrathackers.fellowship.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.FellowProfileChanges;
import org.bureaucrathackers.fellowship.actor.FellowService;
import org.bureaucrathackers.fellowship.actor.ProfileChanges;
import org.bureaucrathackers.fellowship.config.SettingsLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

@Command(name = "fellow", mixinStandardHelpOptions = true, description = "Create and list local fellows.",
        subcommands = {FellowCommand.Create.class, FellowCommand.ListFellows.class, FellowCommand.Update.class,
                FellowCommand.Password.class})
final class FellowCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "Missing a command: create, list, update or password");
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Create a local fellow with fresh keys and print the handle.")
    static final class Create implements Callable<Integer> {
        private final SettingsLoader loader;
        private final Instance.Opener instances;

        @Parameters(index = "0", paramLabel = "USERNAME", description = "Letters, digits and _ (. or - between them)")
        String username;

        @Option(names = "--display-name", paramLabel = "NAME", description = "Name shown on the profile")
        String displayName;

        @Option(names = "--password", paramLabel = "PASSWORD",
                description = "Password for signing in from apps (other users can see it in the process list: "
                        + "prefer --password-file)")
        String password;

        @Option(names = "--password-file", paramLabel = "FILE",
                description = "Read the password from the first line of FILE; - reads standard input")
        String passwordFile;

        @Option(names = "--email", paramLabel = "EMAIL", description = "E-mail address (also accepted as login)")
        String email;

        @Option(names = "--admin", description = "Make this fellow an administrator")
        boolean admin;

        @Mixin
        SettingsOptions options;

        @Spec
        CommandSpec spec;

        Create(SettingsLoader loader, Instance.Opener instances) {
            this.loader = loader;
            this.instances = instances;
        }

        @Override
        public Integer call() {
            if (password != null && passwordFile != null) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "Give --password or --password-file, not both");
            }
            String secret = passwordFile != null ? PasswordInput.read(passwordFile) : password;
            try (Instance instance = instances.open(options.load(loader))) {
                Account account = instance.fellows().create(
                        new FellowService.NewFellow(username, displayName, secret, email, admin));
                spec.commandLine().getOut().println("@" + instance.uris().handle(account.username()));
            }
            return FellowshipCommand.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List local fellows.")
    static final class ListFellows implements Callable<Integer> {
        private static final int PAGE = 500;
        private final SettingsLoader loader;
        private final Instance.Opener instances;

        @Mixin
        SettingsOptions options;

        @Spec
        CommandSpec spec;

        ListFellows(SettingsLoader loader, Instance.Opener instances) {
            this.loader = loader;
            this.instances = instances;
        }

        @Override
        public Integer call() {
            var out = spec.commandLine().getOut();
            try (Instance instance = instances.open(options.load(loader))) {
                int offset = 0;
                List<Account> page;
                do {
                    page = instance.fellows().list(offset, PAGE);
                    for (Account account : page) {
                        out.println("@" + instance.uris().handle(account.username()) + "\t" + account.displayName());
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
        private final Instance.Opener instances;

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
        StructuredProfileOptions structured;

        @Mixin
        SettingsOptions options;

        @Spec
        CommandSpec spec;

        Update(SettingsLoader loader, Instance.Opener instances) {
            this.loader = loader;
            this.instances = instances;
        }

        @Override
        public Integer call() {
            ProfileChanges changes = new ProfileChanges(displayName, bio, parseFields(), manuallyApprovesFollowers);
            FellowProfileChanges structuredChanges = structured.changes();
            if (changes.isEmpty() && structuredChanges.isEmpty()) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "Nothing to change: give --display-name, --bio, --field, --manually-approves-followers "
                                + "or a part of the structured profile (--organisation, --country, ...)");
            }
            try (Instance instance = instances.open(options.load(loader))) {
                Account fellow = Fellows.local(instance, username);
                Account updated = instance.profiles().update(fellow, changes, structuredChanges);
                spec.commandLine().getOut().println("@" + instance.uris().handle(updated.username())
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

    @Command(name = "password", mixinStandardHelpOptions = true,
            description = "Set a fellow's password, for signing in from Mastodon apps. Without --password-file "
                    + "it is read from standard input (asked for twice, unseen, on a terminal).")
    static final class Password implements Callable<Integer> {
        private final SettingsLoader loader;
        private final Instance.Opener instances;

        @Parameters(index = "0", paramLabel = "USERNAME")
        String username;

        @Option(names = "--password-file", paramLabel = "FILE",
                description = "Read the password from the first line of FILE; - reads standard input")
        String passwordFile;

        @Option(names = "--revoke-tokens", description = "Also sign the fellow out of every instance (revoke their tokens)")
        boolean revokeTokens;

        @Mixin
        SettingsOptions options;

        @Spec
        CommandSpec spec;

        Password(SettingsLoader loader, Instance.Opener instances) {
            this.loader = loader;
            this.instances = instances;
        }

        @Override
        public Integer call() {
            try (Instance instance = instances.open(options.load(loader))) {
                Account fellow = Fellows.local(instance, username);
                instance.fellows().setPassword(fellow, PasswordInput.read(passwordFile));
                String handle = "@" + instance.uris().handle(fellow.username());
                if (revokeTokens) {
                    int revoked = instance.tokens().revokeAllOf(fellow.id());
                    spec.commandLine().getOut().println("password of " + handle + " set; " + revoked
                            + (revoked == 1 ? " token" : " tokens") + " revoked");
                } else {
                    spec.commandLine().getOut().println("password of " + handle + " set");
                }
            }
            return FellowshipCommand.OK;
        }
    }
}
