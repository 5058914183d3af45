package org.bureaucrathackers.fellowship.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.bureaucrathackers.fellowship.config.SettingsLoader;
import org.bureaucrathackers.fellowship.moderation.DomainBlock;
import org.bureaucrathackers.fellowship.moderation.DomainBlocks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * {@code domain block|unblock|list}: domains this instance does not federate with (X17). A running server
 * picks a change up within {@link DomainBlocks#REFRESH}.
 */
@Command(name = "domain", mixinStandardHelpOptions = true,
        description = "Block or unblock whole domains (and their subdomains), or list the blocks.",
        subcommands = {DomainCommand.Block.class, DomainCommand.Unblock.class, DomainCommand.ListBlocks.class})
final class DomainCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command: block, unblock or list");
    }

    @Command(name = "block", mixinStandardHelpOptions = true,
            description = "Refuse everything from a domain and its subdomains, and send nothing there.")
    static final class Block implements Callable<Integer> {
        private final SettingsLoader loader;
        private final Instance.Opener instances;

        @Parameters(index = "0", paramLabel = "HOST", description = "A domain name, such as spam.example")
        String host;

        @Option(names = "--reason", paramLabel = "TEXT", description = "Why, for other operators")
        String reason;

        @Mixin
        SettingsOptions options;

        @Spec
        CommandSpec spec;

        Block(SettingsLoader loader, Instance.Opener instances) {
            this.loader = loader;
            this.instances = instances;
        }

        @Override
        public Integer call() {
            try (Instance instance = instances.open(options.load(loader))) {
                DomainBlock block = instance.domainBlocks().block(host, reason);
                spec.commandLine().getOut().println("blocked " + block.host() + " and its subdomains");
            }
            return FellowshipCommand.OK;
        }
    }

    @Command(name = "unblock", mixinStandardHelpOptions = true, description = "Lift the block on a domain.")
    static final class Unblock implements Callable<Integer> {
        private final SettingsLoader loader;
        private final Instance.Opener instances;

        @Parameters(index = "0", paramLabel = "HOST", description = "The domain as it was blocked")
        String host;

        @Mixin
        SettingsOptions options;

        @Spec
        CommandSpec spec;

        Unblock(SettingsLoader loader, Instance.Opener instances) {
            this.loader = loader;
            this.instances = instances;
        }

        @Override
        public Integer call() {
            try (Instance instance = instances.open(options.load(loader))) {
                boolean lifted = instance.domainBlocks().unblock(host);
                spec.commandLine().getOut().println(lifted ? "unblocked " + host.strip().toLowerCase(java.util.Locale.ROOT)
                        : host.strip() + " was not blocked");
            }
            return FellowshipCommand.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List blocked domains: host, severity, since when, and the reason.")
    static final class ListBlocks implements Callable<Integer> {
        private final SettingsLoader loader;
        private final Instance.Opener instances;

        @Mixin
        SettingsOptions options;

        @Spec
        CommandSpec spec;

        ListBlocks(SettingsLoader loader, Instance.Opener instances) {
            this.loader = loader;
            this.instances = instances;
        }

        @Override
        public Integer call() {
            var out = spec.commandLine().getOut();
            try (Instance instance = instances.open(options.load(loader))) {
                List<DomainBlock> blocks = instance.domainBlocks().list();
                for (DomainBlock block : blocks) {
                    out.println(block.host() + "\t" + block.severity().stored() + "\t" + block.createdAt()
                            + "\t" + (block.reason() == null ? "" : block.reason().replace('\n', ' ')));
                }
                if (blocks.isEmpty()) {
                    out.println("No domains are blocked.");
                }
            }
            return FellowshipCommand.OK;
        }
    }
}
