package org.bureaucrathackers.fellowship;

import org.bureaucrathackers.fellowship.actor.FellowService;
import org.bureaucrathackers.fellowship.actor.ProfileService;
import org.bureaucrathackers.fellowship.actor.RemoteActors;
import org.bureaucrathackers.fellowship.assembly.Assembly;
import org.bureaucrathackers.fellowship.assembly.Features;
import org.bureaucrathackers.fellowship.assembly.Federation;
import org.bureaucrathackers.fellowship.assembly.Foundation;
import org.bureaucrathackers.fellowship.cli.Instance;
import org.bureaucrathackers.fellowship.config.Settings;
import org.bureaucrathackers.fellowship.delivery.QueueOverview;
import org.bureaucrathackers.fellowship.follow.BlockService;
import org.bureaucrathackers.fellowship.follow.FollowService;
import org.bureaucrathackers.fellowship.mastodon.oauth.AccessTokens;
import org.bureaucrathackers.fellowship.moderation.DomainBlocks;
import org.bureaucrathackers.fellowship.moderation.Suspensions;
import org.bureaucrathackers.fellowship.post.InteractionService;
import org.bureaucrathackers.fellowship.post.PostService;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.practice.Practice;
import org.bureaucrathackers.fellowship.practice.PracticeService;
import org.bureaucrathackers.fellowship.post.StatusResolver;
import org.bureaucrathackers.fellowship.uri.LocalUris;
import org.bureaucrathackers.fellowship.web.ListeningSocket;
import org.bureaucrathackers.fellowship.webfinger.WebFingerClient;

/** The instance the commands work on: the assembly's services, and for {@code serve} the whole {@link App}. */
public final class CommandLineInstance implements Instance {

    private final Assembly assembly;
    private final Foundation base;
    private final Federation federation;
    private final Features features;
    private App server;

    private CommandLineInstance(Assembly assembly) {
        this.assembly = assembly;
        this.base = assembly.foundation;
        this.federation = assembly.federation;
        this.features = assembly.features;
    }

    /** Opens (and migrates) the database and builds the services, without listening for HTTP. */
    public static Instance open(Settings settings) {
        return new CommandLineInstance(Assembly.open(settings));
    }

    @Override
    public int startServer(ListeningSocket listening) {
        // Held before it starts, so a failed start is still closed whole.
        server = new App(assembly);
        return server.startServer(listening).port();
    }

    @Override
    public LocalUris uris() {
        return base.uris;
    }

    @Override
    public FellowService fellows() {
        return base.fellows;
    }

    @Override
    public ProfileService profiles() {
        return features.profiles;
    }

    @Override
    public AccessTokens tokens() {
        return base.tokens;
    }

    @Override
    public FollowService follows() {
        return features.follows;
    }

    @Override
    public BlockService blocks() {
        return features.blocking;
    }

    @Override
    public PostService posts() {
        return features.posts;
    }

    @Override
    public PracticeService practices() {
        return features.practices;
    }

    @Override
    public String practiceUrl(Practice practice) {
        return base.statusLoader.byId(practice.statusId()).map(Status::url).orElseThrow();
    }

    @Override
    public InteractionService interactions() {
        return features.interactions;
    }

    @Override
    public StatusResolver statusResolver() {
        return features.statusResolver;
    }

    @Override
    public WebFingerClient webFinger() {
        return federation.webFinger;
    }

    @Override
    public RemoteActors remoteActors() {
        return federation.remoteActors;
    }

    @Override
    public DomainBlocks domainBlocks() {
        return base.domainBlocks;
    }

    @Override
    public Suspensions suspensions() {
        return base.suspensions;
    }

    @Override
    public QueueOverview queueOverview() {
        return federation.queueOverview;
    }

    /** Stops the server if {@code serve} started one (it closes the assembly), else closes the assembly. */
    @Override
    public void close() {
        if (server != null) {
            server.close();
        } else {
            assembly.close();
        }
    }
}
