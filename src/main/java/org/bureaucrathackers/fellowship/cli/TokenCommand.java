package org.bureaucrathackers.fellowship.cli;

import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.config.SettingsLoader;
import org.bureaucrathackers.fellowship.mastodon.oauth.AccessTokens;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "token", mixinStandardHelpOptions = true, description = "Issue bearer tokens for scripts and apps.",
        subcommands = {TokenCommand.Create.class})
final class TokenCommand extends CommandGroup {

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Print a new bearer token for a fellow (only its hash is stored).")
    static final class Create extends InstanceCommand {

        @Parameters(index = "0", paramLabel = "USERNAME")
        String username;

        @Option(names = "--scopes", paramLabel = "SCOPES", defaultValue = "read",
                description = "Space-separated OAuth scopes (default: ${DEFAULT-VALUE})")
        String scopes;

        Create(SettingsLoader loader, Instance.Opener instances) {
            super(loader, instances);
        }

        @Override
        public Integer call() {
            try (Instance instance = open()) {
                Account account = Fellows.local(instance, username);
                AccessTokens.IssuedToken token = instance.tokens().issue(account, scopes);
                out().println(token.secret());
            }
            return FellowshipCommand.OK;
        }
    }
}
