package org.bureaucrathackers.fellowship.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Builds {@link Settings} from flags, environment variables and a YAML file, in that order of precedence,
 * then falls back to defaults. This is the only class that reads environment variables.
 */
public final class SettingsLoader {

    /** A setting's three spellings: config-file key, environment variable, and the flag's name. */
    public enum Key {
        PUBLIC_URL("public-url", "FELLOWSHIP_PUBLIC_URL"),
        BIND("bind", "FELLOWSHIP_BIND"),
        DATA("data", "FELLOWSHIP_DATA"),
        DB_URL("db-url", "FELLOWSHIP_DB_URL"),
        ALLOW_PRIVATE_NETWORK("allow-private-network", "FELLOWSHIP_ALLOW_PRIVATE_NETWORK"),
        INSTANCE_NAME("instance-name", "FELLOWSHIP_INSTANCE_NAME"),
        INSTANCE_DESCRIPTION("instance-description", "FELLOWSHIP_INSTANCE_DESCRIPTION"),
        AUTHORIZED_FETCH("authorized-fetch", "FELLOWSHIP_AUTHORIZED_FETCH"),
        CONTACT_EMAIL("contact-email", "FELLOWSHIP_CONTACT_EMAIL"),
        /** One rule per line; the config file may also give a YAML list. */
        INSTANCE_RULES("instance-rules", "FELLOWSHIP_INSTANCE_RULES"),
        NODE_NAME("node-name", "FELLOWSHIP_NODE_NAME"),
        /** {@code folder} (the data folder) or {@code s3} (an S3-compatible object store). */
        MEDIA_STORAGE("media-storage", "FELLOWSHIP_MEDIA_STORAGE"),
        MEDIA_S3_ENDPOINT("media-s3-endpoint", "FELLOWSHIP_MEDIA_S3_ENDPOINT"),
        MEDIA_S3_BUCKET("media-s3-bucket", "FELLOWSHIP_MEDIA_S3_BUCKET"),
        MEDIA_S3_REGION("media-s3-region", "FELLOWSHIP_MEDIA_S3_REGION"),
        MEDIA_S3_ACCESS_KEY("media-s3-access-key", "FELLOWSHIP_MEDIA_S3_ACCESS_KEY"),
        /** Never a flag (the command line is visible to every user of the machine); never printed. */
        MEDIA_S3_SECRET_KEY("media-s3-secret-key", "FELLOWSHIP_MEDIA_S3_SECRET_KEY"),
        MEDIA_S3_PUBLIC_URL("media-s3-public-url", "FELLOWSHIP_MEDIA_S3_PUBLIC_URL"),
        MEDIA_S3_PATH_STYLE("media-s3-path-style", "FELLOWSHIP_MEDIA_S3_PATH_STYLE"),
        /** {@code on} (the default) or {@code off}: whether remote media are copied to this instance. */
        REMOTE_MEDIA_CACHE("remote-media-cache", "FELLOWSHIP_REMOTE_MEDIA_CACHE"),
        /** The most bytes those copies take together (a number, or with a KiB, MiB or GiB suffix). */
        REMOTE_MEDIA_CACHE_MAX_BYTES("remote-media-cache-max-bytes", "FELLOWSHIP_REMOTE_MEDIA_CACHE_MAX_BYTES");

        public final String fileKey;
        public final String envVar;

        Key(String fileKey, String envVar) {
            this.fileKey = fileKey;
            this.envVar = envVar;
        }

        public String flag() {
            return "--" + fileKey;
        }
    }

    public static final String DEFAULT_PUBLIC_URL = "http://localhost:8080";
    public static final String DEFAULT_DATA = "./data";
    public static final String DEFAULT_DESCRIPTION =
            "A community of public servants who find better ways through rigid rules and procedures.";
    private static final int MAX_NAME = 100;
    private static final int MAX_DESCRIPTION = 2000;
    public static final int MAX_RULES = 50;
    public static final int MAX_RULE_LENGTH = 500;
    private static final int MAX_EMAIL = 320;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+$");
    public static final Path DEFAULT_CONFIG_FILE = Path.of("config", "fellowship.yaml");
    private static final int MAX_SHOWN = 80;
    private static final Pattern BUCKET = Pattern.compile("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$");
    private static final Pattern REGION = Pattern.compile("^[a-z0-9-]{1,32}$");
    private static final Pattern BYTES = Pattern.compile("^([0-9]{1,19})\\s*([KkMmGg][Ii][Bb])?$");
    /** The largest byte bound a setting may name: 1 TiB. */
    public static final long MAX_BYTES_SETTING = 1L << 40;

    private final Map<String, String> env;
    private final Path workingDir;

    public SettingsLoader(Map<String, String> env) {
        this(env, Path.of(""));
    }

    /** @param workingDir what relative paths (data folder, config file) are resolved against */
    public SettingsLoader(Map<String, String> env, Path workingDir) {
        this.env = env;
        this.workingDir = workingDir;
    }

    public static SettingsLoader fromSystemEnvironment() {
        return new SettingsLoader(System.getenv());
    }

    /**
     * @param flags      values given on the command line (absent keys were not given)
     * @param configFile the file named by --config, or null to use config/fellowship.yaml when it exists
     */
    public Settings load(Map<Key, String> flags, Path configFile) {
        sources.clear();
        Path filePath = configPath(configFile);
        Map<Key, String> file = filePath == null ? Map.of() : ConfigFile.read(filePath);
        Map<Key, String> raw = new LinkedHashMap<>();
        for (Key key : Key.values()) {
            String value = flags.get(key);
            String source = key.flag();
            if (value == null) {
                value = env.get(key.envVar);
                source = key.envVar;
            }
            if (value == null) {
                value = file.get(key);
                source = "config key '" + key.fileKey + "' in " + filePath;
            }
            if (value != null) {
                raw.put(key, value.trim());
                sources.put(key, source);
            }
        }
        return build(raw);
    }

    private final Map<Key, String> sources = new LinkedHashMap<>();

    private Settings build(Map<Key, String> raw) {
        URI publicUrl = parsePublicUrl(raw.getOrDefault(Key.PUBLIC_URL, DEFAULT_PUBLIC_URL));
        int defaultPort = publicUrl.getPort() != -1 ? publicUrl.getPort()
                : "https".equals(publicUrl.getScheme()) ? 443 : 80;
        String bindHost = "0.0.0.0";
        int bindPort = defaultPort;
        String bind = raw.get(Key.BIND);
        if (bind != null) {
            HostPort hostPort = parseBind(bind, defaultPort);
            bindHost = hostPort.host;
            bindPort = hostPort.port;
        }
        String dataText = raw.getOrDefault(Key.DATA, DEFAULT_DATA);
        if (dataText.isBlank()) {
            throw invalid(Key.DATA, dataText, "must name a folder");
        }
        Path dataDir = workingDir.resolve(dataText).toAbsolutePath().normalize();
        String dbUrl = raw.get(Key.DB_URL);
        if (dbUrl == null || dbUrl.isBlank()) {
            dbUrl = defaultDbUrl(dataDir);
        } else if (!dbUrl.startsWith("jdbc:h2:") && !dbUrl.startsWith("jdbc:postgresql:")) {
            throw invalid(Key.DB_URL, dbUrl, "must start with jdbc:h2: or jdbc:postgresql:");
        }
        boolean allowPrivate = parseBoolean(Key.ALLOW_PRIVATE_NETWORK,
                raw.getOrDefault(Key.ALLOW_PRIVATE_NETWORK, "false"));
        String name = raw.getOrDefault(Key.INSTANCE_NAME, "");
        if (name.isBlank()) {
            name = publicUrl.getHost();
        }
        if (name.length() > MAX_NAME) {
            throw invalid(Key.INSTANCE_NAME, name.substring(0, 20) + "…", "is longer than " + MAX_NAME + " characters");
        }
        String description = raw.getOrDefault(Key.INSTANCE_DESCRIPTION, "");
        if (description.isBlank()) {
            description = DEFAULT_DESCRIPTION;
        }
        if (description.length() > MAX_DESCRIPTION) {
            throw invalid(Key.INSTANCE_DESCRIPTION, description.substring(0, 20) + "…",
                    "is longer than " + MAX_DESCRIPTION + " characters");
        }
        boolean authorizedFetch = parseBoolean(Key.AUTHORIZED_FETCH, raw.getOrDefault(Key.AUTHORIZED_FETCH, "false"));
        String contactEmail = raw.getOrDefault(Key.CONTACT_EMAIL, "");
        if (!contactEmail.isEmpty() && (contactEmail.length() > MAX_EMAIL || !EMAIL.matcher(contactEmail).matches())) {
            throw invalid(Key.CONTACT_EMAIL, contactEmail, "is not an e-mail address");
        }
        List<String> rules = parseRules(raw.getOrDefault(Key.INSTANCE_RULES, ""));
        String nodeName = raw.get(Key.NODE_NAME);
        if (nodeName != null && !NodeName.isValid(nodeName)) {
            throw invalid(Key.NODE_NAME, nodeName, NodeName.RULE);
        }
        return new Settings(publicUrl, bindHost, bindPort, dataDir, dbUrl, allowPrivate, name, description,
                authorizedFetch, contactEmail, rules, nodeName, media(raw));
    }

    private MediaSettings media(Map<Key, String> raw) {
        String storageText = raw.getOrDefault(Key.MEDIA_STORAGE, "folder").toLowerCase(Locale.ROOT);
        MediaSettings.Storage storage = switch (storageText) {
            case "folder", "" -> MediaSettings.Storage.FOLDER;
            case "s3" -> MediaSettings.Storage.S3;
            default -> throw invalid(Key.MEDIA_STORAGE, storageText, "must be folder or s3");
        };
        MediaSettings.S3 s3 = storage == MediaSettings.Storage.S3 ? s3(raw) : null;
        String cacheText = raw.getOrDefault(Key.REMOTE_MEDIA_CACHE, "on").toLowerCase(Locale.ROOT);
        boolean remoteCache = switch (cacheText) {
            case "on", "true", "" -> true;
            case "off", "false" -> false;
            default -> throw invalid(Key.REMOTE_MEDIA_CACHE, cacheText, "must be on or off");
        };
        String boundText = raw.getOrDefault(Key.REMOTE_MEDIA_CACHE_MAX_BYTES, "");
        long bound = boundText.isBlank() ? MediaSettings.DEFAULT_REMOTE_CACHE_MAX_BYTES
                : parseBytes(Key.REMOTE_MEDIA_CACHE_MAX_BYTES, boundText);
        return new MediaSettings(storage, s3, remoteCache, bound);
    }

    /** A size in bytes: a whole number, optionally followed by KiB, MiB or GiB; at most {@link #MAX_BYTES_SETTING}. */
    private long parseBytes(Key key, String text) {
        java.util.regex.Matcher matcher = BYTES.matcher(text.strip());
        if (!matcher.matches()) {
            throw invalid(key, text, "must be a number of bytes, optionally with KiB, MiB or GiB");
        }
        String unit = matcher.group(2) == null ? "" : matcher.group(2).toLowerCase(Locale.ROOT);
        int shift = switch (unit) {
            case "kib" -> 10;
            case "mib" -> 20;
            case "gib" -> 30;
            default -> 0;
        };
        long number;
        try {
            number = Long.parseLong(matcher.group(1));
        } catch (NumberFormatException e) {
            throw invalid(key, text, "is too large");
        }
        if (number > (MAX_BYTES_SETTING >> shift)) {
            throw invalid(key, text, "is larger than " + (MAX_BYTES_SETTING >> 30) + " GiB");
        }
        return number << shift;
    }

    /** The object store's settings: endpoint, bucket and both keys are required, the rest have defaults. */
    private MediaSettings.S3 s3(Map<Key, String> raw) {
        for (Key required : List.of(Key.MEDIA_S3_ENDPOINT, Key.MEDIA_S3_BUCKET, Key.MEDIA_S3_ACCESS_KEY,
                Key.MEDIA_S3_SECRET_KEY)) {
            if (raw.getOrDefault(required, "").isBlank()) {
                throw new ConfigException("media-storage is s3 but " + required.fileKey + " is not set (flag "
                        + (required == Key.MEDIA_S3_SECRET_KEY ? "none: use" : required.flag() + ", environment")
                        + " " + required.envVar + ", or config key '" + required.fileKey + "')");
            }
        }
        URI endpoint = parseHttpUrl(Key.MEDIA_S3_ENDPOINT, raw.get(Key.MEDIA_S3_ENDPOINT));
        String bucket = raw.get(Key.MEDIA_S3_BUCKET);
        if (!BUCKET.matcher(bucket).matches()) {
            throw invalid(Key.MEDIA_S3_BUCKET, bucket, "is not a bucket name (3-63 of a-z, 0-9, '.' and '-')");
        }
        String region = raw.getOrDefault(Key.MEDIA_S3_REGION, "");
        region = region.isBlank() ? "us-east-1" : region;
        if (!REGION.matcher(region).matches()) {
            throw invalid(Key.MEDIA_S3_REGION, region, "is not a region name");
        }
        String accessKey = raw.get(Key.MEDIA_S3_ACCESS_KEY);
        if (accessKey.length() > 128 || !accessKey.chars().allMatch(c -> c > ' ' && c < 127 && c != '/')) {
            throw invalid(Key.MEDIA_S3_ACCESS_KEY, "…", "is not an access key id");
        }
        String secretKey = raw.get(Key.MEDIA_S3_SECRET_KEY);
        if (secretKey.length() > 256) {
            throw new ConfigException("invalid " + sources.get(Key.MEDIA_S3_SECRET_KEY) + ": longer than 256 characters");
        }
        String publicUrl = raw.getOrDefault(Key.MEDIA_S3_PUBLIC_URL, "");
        publicUrl = publicUrl.isBlank() ? null
                : parseHttpUrl(Key.MEDIA_S3_PUBLIC_URL, publicUrl).toString().replaceAll("/+$", "");
        boolean pathStyle = parseBoolean(Key.MEDIA_S3_PATH_STYLE, raw.getOrDefault(Key.MEDIA_S3_PATH_STYLE, "true"));
        return new MediaSettings.S3(endpoint, bucket, region, accessKey, secretKey, publicUrl, pathStyle);
    }

    private URI parseHttpUrl(Key key, String text) {
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw invalid(key, text, "is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw invalid(key, text, "must be an http:// or https:// URL with a host");
        }
        if (uri.getUserInfo() != null || uri.getQuery() != null || uri.getFragment() != null) {
            throw invalid(key, text, "must carry no user, query or fragment");
        }
        return uri;
    }

    /** One rule per non-blank line, at most {@link #MAX_RULES} of at most {@link #MAX_RULE_LENGTH} characters. */
    private List<String> parseRules(String text) {
        List<String> rules = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String rule = line.strip();
            if (rule.isEmpty()) {
                continue;
            }
            if (rule.length() > MAX_RULE_LENGTH) {
                throw invalid(Key.INSTANCE_RULES, rule.substring(0, 20) + "…",
                        "is a rule longer than " + MAX_RULE_LENGTH + " characters");
            }
            rules.add(rule);
        }
        if (rules.size() > MAX_RULES) {
            throw new ConfigException("invalid " + sources.getOrDefault(Key.INSTANCE_RULES, Key.INSTANCE_RULES.flag())
                    + ": " + rules.size() + " rules, at most " + MAX_RULES + " are allowed");
        }
        return rules;
    }

    /** The embedded database: an H2 file that other processes (the CLI) may open while the server runs. */
    public static String defaultDbUrl(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.resolve("fellowship").toString().replace('\\', '/')
                + ";AUTO_SERVER=TRUE";
    }

    private URI parsePublicUrl(String text) {
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw invalid(Key.PUBLIC_URL, text, "is not a URL");
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!"http".equals(scheme) && !"https".equals(scheme)) {
            throw invalid(Key.PUBLIC_URL, text, "must start with http:// or https://");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw invalid(Key.PUBLIC_URL, text, "must name a host");
        }
        if (uri.getUserInfo() != null || uri.getQuery() != null || uri.getFragment() != null
                || (uri.getPath() != null && !uri.getPath().isEmpty() && !uri.getPath().equals("/"))) {
            throw invalid(Key.PUBLIC_URL, text, "must be only scheme, host and optional port (no path)");
        }
        int port = uri.getPort();
        if (("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443)) {
            port = -1;
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        try {
            return new URI(scheme, null, host, port, null, null, null);
        } catch (URISyntaxException e) {
            throw invalid(Key.PUBLIC_URL, text, "is not a URL");
        }
    }

    private record HostPort(String host, int port) {
    }

    private HostPort parseBind(String text, int defaultPort) {
        String host = text;
        int port = defaultPort;
        int colon = text.lastIndexOf(':');
        boolean bracketed = text.startsWith("[");
        if (colon >= 0 && (!bracketed || text.lastIndexOf(']') < colon) && (bracketed || text.indexOf(':') == colon)) {
            host = text.substring(0, colon);
            String portText = text.substring(colon + 1);
            try {
                port = Integer.parseInt(portText);
            } catch (NumberFormatException e) {
                throw invalid(Key.BIND, text, "has a port that is not a number");
            }
        }
        if (bracketed) {
            host = host.substring(1, host.length() - 1);
        }
        if (host.isBlank()) {
            host = "0.0.0.0";
        }
        if (port < 0 || port > 65535) {
            throw invalid(Key.BIND, text, "has a port outside 0-65535");
        }
        return new HostPort(host, port);
    }

    private boolean parseBoolean(Key key, String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on", "1" -> true;
            case "false", "no", "off", "0", "" -> false;
            default -> throw invalid(key, text, "must be true or false");
        };
    }

    private ConfigException invalid(Key key, String value, String problem) {
        String source = sources.getOrDefault(key, key.flag());
        return new ConfigException("invalid " + source + ": '" + printable(key, value) + "' " + problem);
    }

    /** The config file to read: the one named, else config/fellowship.yaml when present, else none. */
    private Path configPath(Path explicit) {
        if (explicit != null) {
            return workingDir.resolve(explicit);
        }
        Path fallback = workingDir.resolve(DEFAULT_CONFIG_FILE);
        return Files.isRegularFile(fallback) ? fallback : null;
    }

    /** The value as one short line, without any password it may carry. */
    private static String printable(Key key, String value) {
        String shown = value.replaceAll("\\p{Cntrl}", "?");
        if (key == Key.DB_URL) {
            shown = shown.replaceAll("(?i)(password=)[^&;]*", "$1***");
        }
        return shown.length() > MAX_SHOWN ? shown.substring(0, MAX_SHOWN) + "…" : shown;
    }
}
