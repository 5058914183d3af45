package org.bureaucrathackers.fellowship.cli;

import org.bureaucrathackers.fellowship.actor.FellowService;
import org.bureaucrathackers.fellowship.actor.ProfileService;
import org.bureaucrathackers.fellowship.actor.RemoteActors;
import org.bureaucrathackers.fellowship.config.Settings;
import org.bureaucrathackers.fellowship.delivery.QueueOverview;
import org.bureaucrathackers.fellowship.follow.BlockService;
import org.bureaucrathackers.fellowship.follow.FollowService;
import org.bureaucrathackers.fellowship.mastodon.oauth.AccessTokens;
import org.bureaucrathackers.fellowship.moderation.DomainBlocks;
import org.bureaucrathackers.fellowship.moderation.Suspensions;
import org.bureaucrathackers.fellowship.post.InteractionService;
import org.bureaucrathackers.fellowship.post.PostService;
import org.bureaucrathackers.fellowship.post.StatusResolver;
import org.bureaucrathackers.fellowship.practice.Practice;
import org.bureaucrathackers.fellowship.practice.PracticeService;
import org.bureaucrathackers.fellowship.uri.LocalUris;
import org.bureaucrathackers.fellowship.web.ListeningSocket;
import org.bureaucrathackers.fellowship.webfinger.WebFingerClient;

/**
 * What the commands need of an open instance, and no more. The composition root implements it; the commands
 * never see how the instance is built. Opened without the web server: what a command queues is sent by the
 * running server.
 */
public interface Instance extends AutoCloseable {

    /** Opens an instance on the settings a command loaded; {@code Main} hands the commands one. */
    @FunctionalInterface
    interface Opener {
        Instance open(Settings settings);
    }

    /**
     * Starts the HTTP server and the workers ({@code serve}) on {@code listening}, a socket bound before the
     * instance was opened (for a port the system chose), or on the configured address when it is null; returns
     * the port it listens on.
     */
    int startServer(ListeningSocket listening);

    LocalUris uris();

    FellowService fellows();

    /** Profile edits of local fellows, sent to their followers. */
    ProfileService profiles();

    AccessTokens tokens();

    /** Follows, sent to the other server. */
    FollowService follows();

    /** Blocks, sent to the blocked server. */
    BlockService blocks();

    PostService posts();

    /** Likes and boosts. */
    InteractionService interactions();

    /** The post a pasted URL names, fetched from its server when it is not stored here. */
    StatusResolver statusResolver();

    /** Handles and URLs of other servers' accounts. */
    WebFingerClient webFinger();

    /** Remote actors stored here. */
    RemoteActors remoteActors();

    /** Domains this instance does not federate with (X17). */
    DomainBlocks domainBlocks();

    /** Remote actors suspended here (X17). */
    Suspensions suspensions();

    /** The outgoing delivery queue as operators see it. */
    QueueOverview queueOverview();

    /** Practice records: publishing them. */
    PracticeService practices();

    /** The web address of a practice (its status's page). */
    String practiceUrl(Practice practice);

    /** Stops what was started and closes the database; safe to call more than once. */
    @Override
    void close();
}
