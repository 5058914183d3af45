package org.bureaucrathackers.fellowship.config;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

/**
 * Everything an operator can set, already validated.
 *
 * @param publicUrl            scheme, host and optional port; the instance's identity on the fediverse
 * @param bindHost             the address the HTTP server listens on
 * @param bindPort             the port the HTTP server listens on
 * @param dataDir              where the embedded database and other files live
 * @param dbUrl                JDBC URL (H2 file in the data folder by default, or jdbc:postgresql:)
 * @param allowPrivateNetwork  whether outgoing requests may reach loopback and private addresses
 * @param instanceName         shown on the home page and in NodeInfo (defaults to the domain)
 * @param instanceDescription  one paragraph about the organisation running the instance
 * @param authorizedFetch      whether actors, collections and posts are served only to signed requests (S18)
 * @param contactEmail         the operator's contact address shown to clients, or "" for none
 * @param rules                the instance's rules as the operator wrote them, in order (may be empty)
 * @param nodeName             this node's stable name: the work it leased before a crash is taken back when a
 *                             node of that name starts (each node of a cluster needs its own)
 * @param media                where media files live and whether remote media are cached
 */
public record Settings(URI publicUrl, String bindHost, int bindPort, Path dataDir, String dbUrl,
                       boolean allowPrivateNetwork, String instanceName, String instanceDescription,
                       boolean authorizedFetch, String contactEmail, List<String> rules, String nodeName,
                       MediaSettings media) {

    public Settings {
        contactEmail = contactEmail == null ? "" : contactEmail;
        rules = rules == null ? List.of() : List.copyOf(rules);
        nodeName = nodeName == null ? NodeName.ofThisHost() : nodeName;
        media = media == null ? MediaSettings.DEFAULTS : media;
    }

    /** Settings with media in the data folder. */
    public Settings(URI publicUrl, String bindHost, int bindPort, Path dataDir, String dbUrl,
                    boolean allowPrivateNetwork, String instanceName, String instanceDescription,
                    boolean authorizedFetch, String contactEmail, List<String> rules, String nodeName) {
        this(publicUrl, bindHost, bindPort, dataDir, dbUrl, allowPrivateNetwork, instanceName, instanceDescription,
                authorizedFetch, contactEmail, rules, nodeName, null);
    }

    /** Settings named after this host. */
    public Settings(URI publicUrl, String bindHost, int bindPort, Path dataDir, String dbUrl,
                    boolean allowPrivateNetwork, String instanceName, String instanceDescription,
                    boolean authorizedFetch, String contactEmail, List<String> rules) {
        this(publicUrl, bindHost, bindPort, dataDir, dbUrl, allowPrivateNetwork, instanceName, instanceDescription,
                authorizedFetch, contactEmail, rules, null);
    }

    /** Settings without a contact address or rules. */
    public Settings(URI publicUrl, String bindHost, int bindPort, Path dataDir, String dbUrl,
                    boolean allowPrivateNetwork, String instanceName, String instanceDescription,
                    boolean authorizedFetch) {
        this(publicUrl, bindHost, bindPort, dataDir, dbUrl, allowPrivateNetwork, instanceName, instanceDescription,
                authorizedFetch, "", List.of());
    }

    /** Settings with authorized fetch off, the default. */
    public Settings(URI publicUrl, String bindHost, int bindPort, Path dataDir, String dbUrl,
                    boolean allowPrivateNetwork, String instanceName, String instanceDescription) {
        this(publicUrl, bindHost, bindPort, dataDir, dbUrl, allowPrivateNetwork, instanceName, instanceDescription,
                false);
    }

    /** The authority fellows' handles use: host, plus the port when it is not the scheme's default. */
    public String domain() {
        int port = publicUrl.getPort();
        return port == -1 ? publicUrl.getHost() : publicUrl.getHost() + ":" + port;
    }

    /** The public URL without a trailing slash, the prefix of every local IRI. */
    public String baseUrl() {
        return publicUrl.getScheme() + "://" + domain();
    }

    public Settings withBind(String host, int port) {
        return new Settings(publicUrl, host, port, dataDir, dbUrl, allowPrivateNetwork, instanceName,
                instanceDescription, authorizedFetch, contactEmail, rules, nodeName, media);
    }

    /**
     * The same settings for a server listening on {@code port}, a port the system chose for a bind on port 0: a
     * public URL naming port 0 takes it too, any other public URL stays as configured.
     */
    public Settings withListeningPort(int port) {
        URI url = publicUrl;
        if (publicUrl.getPort() == 0) {
            url = URI.create(publicUrl.getScheme() + "://" + publicUrl.getHost() + ":" + port);
        }
        return new Settings(url, bindHost, port, dataDir, dbUrl, allowPrivateNetwork, instanceName,
                instanceDescription, authorizedFetch, contactEmail, rules, nodeName, media);
    }

    public Settings withAuthorizedFetch(boolean on) {
        return new Settings(publicUrl, bindHost, bindPort, dataDir, dbUrl, allowPrivateNetwork, instanceName,
                instanceDescription, on, contactEmail, rules, nodeName, media);
    }

    /** The same settings with this contact address and these rules. */
    public Settings withContact(String email, List<String> instanceRules) {
        return new Settings(publicUrl, bindHost, bindPort, dataDir, dbUrl, allowPrivateNetwork, instanceName,
                instanceDescription, authorizedFetch, email, instanceRules, nodeName, media);
    }

    /** The same settings for the node of this name. */
    public Settings withNodeName(String name) {
        return new Settings(publicUrl, bindHost, bindPort, dataDir, dbUrl, allowPrivateNetwork, instanceName,
                instanceDescription, authorizedFetch, contactEmail, rules, name, media);
    }

    /** The same settings with these media settings. */
    public Settings withMedia(MediaSettings newMedia) {
        return new Settings(publicUrl, bindHost, bindPort, dataDir, dbUrl, allowPrivateNetwork, instanceName,
                instanceDescription, authorizedFetch, contactEmail, rules, nodeName, newMedia);
    }
}
