package org.bureaucrathackers.fellowship.cli;

import java.util.concurrent.Callable;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.config.SettingsLoader;
import org.bureaucrathackers.fellowship.mastodon.oauth.AccessTokens;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

@Command(name = "token", mixinStandardHelpOptions = true, description = "Issue bearer tokens for scripts and apps.",
        subcommands = {TokenCommand.Create.class})
final class TokenCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command: create");
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Print a new bearer token for a fellow (only its hash is stored).")
    static final class Create implements Callable<Integer> {
        private final SettingsLoader loader;
        private final Instance.Opener instances;

        @Parameters(index = "0", paramLabel = "USERNAME")
        String username;

        @Option(names = "--scopes", paramLabel = "SCOPES", defaultValue = "read",
                description = "Space-separated OAuth scopes (default: ${DEFAULT-VALUE})")
        String scopes;

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
            try (Instance instance = instances.open(options.load(loader))) {
                Account account = instance.fellows().findLocal(username)
                        .filter(a -> a.actorType() == Account.ActorType.Person && !a.isDeleted())
                        .orElseThrow(() -> new CommandFailure("no fellow called '" + username + "'"));
                AccessTokens.IssuedToken token = instance.tokens().issue(account, scopes);
                spec.commandLine().getOut().println(token.secret());
            }
            return FellowshipCommand.OK;
        }
    }
}
