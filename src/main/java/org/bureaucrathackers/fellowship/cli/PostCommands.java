package org.bureaucrathackers.fellowship.cli;

import java.util.concurrent.Callable;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.config.SettingsLoader;
import org.bureaucrathackers.fellowship.post.InvalidPostException;
import org.bureaucrathackers.fellowship.post.NewPost;
import org.bureaucrathackers.fellowship.post.Status;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** {@code post}, {@code like}, {@code boost}, {@code delete}: posting and interacting from the command line. */
final class PostCommands {

    private PostCommands() {
    }

    @Command(name = "post", mixinStandardHelpOptions = true,
            description = "Publish a post (Markdown) and print its URL.")
    static final class Publish implements Callable<Integer> {
        private final SettingsLoader loader;
        private final Instance.Opener instances;

        @Parameters(index = "0", paramLabel = "USERNAME", description = "The local fellow posting")
        String username;

        @Parameters(index = "1", paramLabel = "TEXT", description = "Markdown; @user@host mentions, #hashtags")
        String text;

        @Option(names = "--visibility", paramLabel = "VISIBILITY", converter = VisibilityConverter.class,
                description = "public (default), unlisted, followers or direct")
        Status.Visibility visibility;

        @Option(names = "--in-reply-to", paramLabel = "URL", description = "The post this one answers")
        String inReplyTo;

        @Option(names = "--spoiler", paramLabel = "TEXT", description = "A content warning shown before the text")
        String spoiler;

        @Option(names = "--language", paramLabel = "CODE", description = "Language of the text, e.g. en or pt-BR")
        String language;

        @Mixin
        SettingsOptions options;

        @Spec
        CommandSpec spec;

        Publish(SettingsLoader loader, Instance.Opener instances) {
            this.loader = loader;
            this.instances = instances;
        }

        @Override
        public Integer call() {
            try (Instance instance = instances.open(options.load(loader))) {
                Account author = Fellows.local(instance, username);
                String parent = inReplyTo == null ? null : Fellows.post(instance, inReplyTo).uri();
                Status status = instance.posts().post(author, new NewPost(text, visibility, parent, spoiler, language));
                spec.commandLine().getOut().println(status.url());
            }
            return FellowshipCommand.OK;
        }
    }

    /** Reads public, unlisted, followers (or private) and direct; anything else is a usage error. */
    static final class VisibilityConverter implements CommandLine.ITypeConverter<Status.Visibility> {
        @Override
        public Status.Visibility convert(String value) {
            try {
                return Status.Visibility.parse(value);
            } catch (InvalidPostException e) {
                throw new CommandLine.TypeConversionException(
                        "'" + value + "' is not a visibility: use public, unlisted, followers or direct");
            }
        }
    }

    /** The arguments {@code like}, {@code boost} and {@code delete} share: a fellow and a post's URL. */
    abstract static class OnPost implements Callable<Integer> {
        private final SettingsLoader loader;
        private final Instance.Opener instances;

        @Parameters(index = "0", paramLabel = "USERNAME", description = "The local fellow acting")
        String username;

        @Parameters(index = "1", paramLabel = "URL", description = "The post's URL (its id or its web page)")
        String url;

        @Mixin
        SettingsOptions options;

        @Spec
        CommandSpec spec;

        OnPost(SettingsLoader loader, Instance.Opener instances) {
            this.loader = loader;
            this.instances = instances;
        }

        @Override
        public Integer call() {
            try (Instance instance = instances.open(options.load(loader))) {
                Account fellow = Fellows.local(instance, username);
                spec.commandLine().getOut().println(act(instance, fellow));
            }
            return FellowshipCommand.OK;
        }

        abstract String act(Instance instance, Account fellow);
    }

    @Command(name = "like", mixinStandardHelpOptions = true, description = "Like a post, here or on another server.")
    static final class Like extends OnPost {
        Like(SettingsLoader loader, Instance.Opener instances) {
            super(loader, instances);
        }

        @Override
        String act(Instance instance, Account fellow) {
            Status status = Fellows.post(instance, url);
            instance.interactions().like(fellow, status);
            return fellow.username() + " likes " + status.uri();
        }
    }

    @Command(name = "boost", mixinStandardHelpOptions = true,
            description = "Boost a public or unlisted post to your followers.")
    static final class Boost extends OnPost {
        Boost(SettingsLoader loader, Instance.Opener instances) {
            super(loader, instances);
        }

        @Override
        String act(Instance instance, Account fellow) {
            Status status = Fellows.post(instance, url);
            instance.interactions().boost(fellow, status);
            return fellow.username() + " boosted " + status.uri();
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true,
            description = "Delete one of your posts; everyone who got it is told.")
    static final class Delete extends OnPost {
        Delete(SettingsLoader loader, Instance.Opener instances) {
            super(loader, instances);
        }

        @Override
        String act(Instance instance, Account fellow) {
            Status status = instance.posts().find(url)
                    .filter(s -> s.accountId() == fellow.id() && !s.isBoost())
                    .orElseThrow(() -> new CommandFailure(fellow.username() + " has no post " + url));
            instance.posts().delete(fellow, status.id());
            return "deleted " + status.uri();
        }
    }
}
