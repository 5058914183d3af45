package org.bureaucrathackers.fellowship.cli;

import java.nio.file.Path;
import java.util.List;
import org.bureaucrathackers.fellowship.config.Settings;
import org.bureaucrathackers.fellowship.config.SettingsLoader.Key;
import org.bureaucrathackers.fellowship.config.SettingsLoader;
import picocli.CommandLine.Option;

/** The settings flags every command accepts; flags win over environment, file and defaults. */
public final class SettingsOptions {

    @Option(names = "--public-url", paramLabel = "URL",
            description = "Scheme, host and optional port of this instance (env FELLOWSHIP_PUBLIC_URL; default http://localhost:8080)")
    String publicUrl;

    @Option(names = "--bind", paramLabel = "HOST[:PORT]",
            description = "Address to listen on (env FELLOWSHIP_BIND; default 0.0.0.0 on the public URL's port)")
    String bind;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Data folder (env FELLOWSHIP_DATA; default ./data)")
    String data;

    @Option(names = "--db-url", paramLabel = "JDBC_URL",
            description = "Database (env FELLOWSHIP_DB_URL; default an H2 file in the data folder; jdbc:postgresql: works too)")
    String dbUrl;

    @Option(names = "--allow-private-network", paramLabel = "true|false", arity = "0..1", fallbackValue = "true",
            description = "Let outgoing requests reach loopback and private addresses (env FELLOWSHIP_ALLOW_PRIVATE_NETWORK; default false)")
    String allowPrivateNetwork;

    @Option(names = "--authorized-fetch", paramLabel = "true|false", arity = "0..1", fallbackValue = "true",
            description = "Serve actors, collections and posts only to signed requests (env FELLOWSHIP_AUTHORIZED_FETCH; default false)")
    String authorizedFetch;

    @Option(names = "--instance-name", paramLabel = "NAME",
            description = "Name shown on the home page and in NodeInfo (env FELLOWSHIP_INSTANCE_NAME; default the host)")
    String instanceName;

    @Option(names = "--instance-description", paramLabel = "TEXT",
            description = "One paragraph about this instance (env FELLOWSHIP_INSTANCE_DESCRIPTION)")
    String instanceDescription;

    @Option(names = "--contact-email", paramLabel = "ADDRESS",
            description = "The operator's contact address shown to Mastodon clients (env FELLOWSHIP_CONTACT_EMAIL; default none)")
    String contactEmail;

    @Option(names = "--instance-rules", paramLabel = "TEXT",
            description = "A rule of this instance; repeat for each rule (env FELLOWSHIP_INSTANCE_RULES, one per line; default none)")
    List<String> instanceRules;

    @Option(names = "--node-name", paramLabel = "NAME",
            description = "This node's stable name; work it held when it stopped is taken back when it starts (env FELLOWSHIP_NODE_NAME; default the host name)")
    String nodeName;

    @Option(names = "--media-storage", paramLabel = "folder|s3",
            description = "Where media files live (env FELLOWSHIP_MEDIA_STORAGE; default folder: <data>/media)")
    String mediaStorage;

    @Option(names = "--media-s3-endpoint", paramLabel = "URL",
            description = "The S3-compatible object store (env FELLOWSHIP_MEDIA_S3_ENDPOINT); its secret key is set only by FELLOWSHIP_MEDIA_S3_SECRET_KEY or the config file")
    String mediaS3Endpoint;

    @Option(names = "--media-s3-bucket", paramLabel = "NAME", description = "The bucket (env FELLOWSHIP_MEDIA_S3_BUCKET)")
    String mediaS3Bucket;

    @Option(names = "--media-s3-region", paramLabel = "REGION",
            description = "The bucket's region (env FELLOWSHIP_MEDIA_S3_REGION; default us-east-1)")
    String mediaS3Region;

    @Option(names = "--media-s3-access-key", paramLabel = "ID",
            description = "The access key id (env FELLOWSHIP_MEDIA_S3_ACCESS_KEY)")
    String mediaS3AccessKey;

    @Option(names = "--media-s3-public-url", paramLabel = "URL",
            description = "Base URL clients fetch media from (env FELLOWSHIP_MEDIA_S3_PUBLIC_URL; default: served by this instance at /media/)")
    String mediaS3PublicUrl;

    @Option(names = "--media-s3-path-style", paramLabel = "true|false", arity = "0..1", fallbackValue = "true",
            description = "Address the bucket as endpoint/bucket/key (env FELLOWSHIP_MEDIA_S3_PATH_STYLE; default true)")
    String mediaS3PathStyle;

    @Option(names = "--remote-media-cache", paramLabel = "on|off",
            description = "Copy media of remote posts and accounts here, so clients never load other servers (env FELLOWSHIP_REMOTE_MEDIA_CACHE; default on)")
    String remoteMediaCache;

    @Option(names = "--remote-media-cache-max-bytes", paramLabel = "SIZE",
            description = "The most those copies take together, e.g. 500MiB (env FELLOWSHIP_REMOTE_MEDIA_CACHE_MAX_BYTES; default 1GiB)")
    String remoteMediaCacheMaxBytes;

    @Option(names = "--config", paramLabel = "FILE",
            description = "YAML config file (default config/fellowship.yaml when present)")
    Path config;

    Settings load(SettingsLoader loader) {
        GivenOptions<Key> flags = new GivenOptions<Key>()
                .put(Key.PUBLIC_URL, publicUrl)
                .put(Key.BIND, bind)
                .put(Key.DATA, data)
                .put(Key.DB_URL, dbUrl)
                .put(Key.ALLOW_PRIVATE_NETWORK, allowPrivateNetwork)
                .put(Key.AUTHORIZED_FETCH, authorizedFetch)
                .put(Key.INSTANCE_NAME, instanceName)
                .put(Key.INSTANCE_DESCRIPTION, instanceDescription)
                .put(Key.CONTACT_EMAIL, contactEmail)
                .put(Key.NODE_NAME, nodeName)
                .put(Key.MEDIA_STORAGE, mediaStorage)
                .put(Key.MEDIA_S3_ENDPOINT, mediaS3Endpoint)
                .put(Key.MEDIA_S3_BUCKET, mediaS3Bucket)
                .put(Key.MEDIA_S3_REGION, mediaS3Region)
                .put(Key.MEDIA_S3_ACCESS_KEY, mediaS3AccessKey)
                .put(Key.MEDIA_S3_PUBLIC_URL, mediaS3PublicUrl)
                .put(Key.MEDIA_S3_PATH_STYLE, mediaS3PathStyle)
                .put(Key.REMOTE_MEDIA_CACHE, remoteMediaCache)
                .put(Key.REMOTE_MEDIA_CACHE_MAX_BYTES, remoteMediaCacheMaxBytes);
        if (instanceRules != null && !instanceRules.isEmpty()) {
            flags.put(Key.INSTANCE_RULES, String.join("\n", instanceRules));
        }
        return loader.load(flags.values(), config);
    }
}
