package org.bureaucrathackers.fellowship.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.bureaucrathackers.fellowship.config.SettingsLoader.Key;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsLoaderTest {

    @TempDir
    Path work;

    private Settings load(Map<String, String> env, Map<Key, String> flags) {
        return new SettingsLoader(env, work).load(flags, null);
    }

    private Settings flags(Key key, String value) {
        return load(Map.of(), Map.of(key, value));
    }

    private String failure(Key key, String value) {
        return assertThrows(ConfigException.class, () -> flags(key, value)).getMessage();
    }

    @Test
    void defaults_serve_localhost_8080_from_the_data_folder() {
        Settings settings = load(Map.of(), Map.of());
        assertEquals(URI.create("http://localhost:8080"), settings.publicUrl());
        assertEquals("0.0.0.0", settings.bindHost());
        assertEquals(8080, settings.bindPort());
        assertEquals(work.resolve("data").toAbsolutePath(), settings.dataDir());
        assertEquals("jdbc:h2:file:" + work.resolve("data").toAbsolutePath() + "/fellowship;AUTO_SERVER=TRUE",
                settings.dbUrl());
        assertFalse(settings.allowPrivateNetwork());
        assertEquals("localhost", settings.instanceName());
        assertEquals(SettingsLoader.DEFAULT_DESCRIPTION, settings.instanceDescription());
        assertEquals("localhost:8080", settings.domain());
        assertEquals("http://localhost:8080", settings.baseUrl());
    }

    @Test
    void bind_port_follows_the_public_url() {
        assertEquals(443, flags(Key.PUBLIC_URL, "https://ministry.example").bindPort());
        assertEquals(80, flags(Key.PUBLIC_URL, "http://ministry.example").bindPort());
        assertEquals(9000, flags(Key.PUBLIC_URL, "http://ministry.example:9000").bindPort());
    }

    @Test
    void public_url_is_normalised_to_scheme_host_and_port() {
        Settings settings = flags(Key.PUBLIC_URL, "HTTPS://Ministry.Example:443/");
        assertEquals(URI.create("https://ministry.example"), settings.publicUrl());
        assertEquals("ministry.example", settings.domain());
        assertEquals("ministry.example", settings.instanceName());
    }

    @Test
    void public_url_must_be_only_http_or_https_scheme_host_and_port() {
        assertTrue(failure(Key.PUBLIC_URL, "ftp://ministry.example").contains("http:// or https://"));
        assertTrue(failure(Key.PUBLIC_URL, "https://ministry.example/social").contains("no path"));
        assertTrue(failure(Key.PUBLIC_URL, "https://user@ministry.example").contains("no path"));
        assertTrue(failure(Key.PUBLIC_URL, "ministry.example").contains("http:// or https://"));
        assertTrue(failure(Key.PUBLIC_URL, "https://").contains("--public-url"));
    }

    @Test
    void bind_accepts_host_port_or_both() {
        Settings hostOnly = flags(Key.BIND, "127.0.0.1");
        assertEquals("127.0.0.1", hostOnly.bindHost());
        assertEquals(8080, hostOnly.bindPort());
        Settings portOnly = flags(Key.BIND, ":9000");
        assertEquals("0.0.0.0", portOnly.bindHost());
        assertEquals(9000, portOnly.bindPort());
        Settings ipv6 = flags(Key.BIND, "[::1]:9001");
        assertEquals("::1", ipv6.bindHost());
        assertEquals(9001, ipv6.bindPort());
        assertEquals(0, flags(Key.BIND, "127.0.0.1:0").bindPort());
    }

    @Test
    void bind_rejects_bad_ports_naming_the_flag() {
        assertTrue(failure(Key.BIND, "127.0.0.1:http").startsWith("invalid --bind: '127.0.0.1:http'"));
        assertTrue(failure(Key.BIND, "127.0.0.1:70000").contains("outside 0-65535"));
    }

    @Test
    void db_url_may_be_h2_or_postgresql_only() {
        String postgres = "jdbc:postgresql://127.0.0.1:5432/fellowship?user=fellowship";
        assertEquals(postgres, flags(Key.DB_URL, postgres).dbUrl());
        assertEquals("jdbc:h2:mem:x", flags(Key.DB_URL, "jdbc:h2:mem:x").dbUrl());
        String message = failure(Key.DB_URL, "jdbc:mysql://db/fellowship?password=s3cret");
        assertTrue(message.contains("jdbc:h2: or jdbc:postgresql:"), message);
        assertFalse(message.contains("s3cret"), message);
    }

    @Test
    void data_folder_sets_the_default_database_location() {
        Settings settings = flags(Key.DATA, "elsewhere/state");
        assertEquals(work.resolve("elsewhere/state").toAbsolutePath(), settings.dataDir());
        assertTrue(settings.dbUrl().startsWith("jdbc:h2:file:" + work.resolve("elsewhere/state").toAbsolutePath()));
    }

    @Test
    void allow_private_network_reads_common_booleans() {
        for (String yes : new String[]{"true", "TRUE", "yes", "on", "1"}) {
            assertTrue(flags(Key.ALLOW_PRIVATE_NETWORK, yes).allowPrivateNetwork(), yes);
        }
        for (String no : new String[]{"false", "no", "off", "0"}) {
            assertFalse(flags(Key.ALLOW_PRIVATE_NETWORK, no).allowPrivateNetwork(), no);
        }
        assertTrue(failure(Key.ALLOW_PRIVATE_NETWORK, "maybe").contains("must be true or false"));
    }

    @Test
    void authorized_fetch_is_off_by_default_and_read_from_flag_or_environment() {
        assertFalse(load(Map.of(), Map.of()).authorizedFetch());
        assertTrue(flags(Key.AUTHORIZED_FETCH, "true").authorizedFetch());
        assertTrue(load(Map.of("FELLOWSHIP_AUTHORIZED_FETCH", "yes"), Map.of()).authorizedFetch());
        assertTrue(failure(Key.AUTHORIZED_FETCH, "sometimes").contains("must be true or false"));
    }

    @Test
    void instance_name_and_description_are_bounded() {
        Settings settings = load(Map.of(), Map.of(Key.INSTANCE_NAME, "Ministry of Paperwork",
                Key.INSTANCE_DESCRIPTION, "We file things."));
        assertEquals("Ministry of Paperwork", settings.instanceName());
        assertEquals("We file things.", settings.instanceDescription());
        assertTrue(failure(Key.INSTANCE_NAME, "n".repeat(101)).contains("longer than 100"));
        assertTrue(failure(Key.INSTANCE_DESCRIPTION, "d".repeat(2001)).contains("longer than 2000"));
    }

    @Test
    void error_messages_stay_on_one_short_line() {
        String message = failure(Key.PUBLIC_URL, "https://a.example/\n" + "x".repeat(500));
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.length() < 200, message);
    }

    @Test
    void each_setting_is_read_from_its_environment_variable() {
        Settings settings = load(Map.of(
                "FELLOWSHIP_PUBLIC_URL", "https://env.example",
                "FELLOWSHIP_BIND", "127.0.0.1:7000",
                "FELLOWSHIP_DATA", "env-data",
                "FELLOWSHIP_DB_URL", "jdbc:postgresql://db/env",
                "FELLOWSHIP_ALLOW_PRIVATE_NETWORK", "true",
                "FELLOWSHIP_INSTANCE_NAME", "Env Ministry",
                "FELLOWSHIP_INSTANCE_DESCRIPTION", "From the environment."), Map.of());
        assertEquals(new Settings(URI.create("https://env.example"), "127.0.0.1", 7000,
                work.resolve("env-data").toAbsolutePath(), "jdbc:postgresql://db/env", true, "Env Ministry",
                "From the environment."), settings);
    }

    @Test
    void each_setting_is_read_from_the_config_file() throws IOException {
        Path file = Files.writeString(work.resolve("f.yaml"), String.join("\n",
                "# comments are fine",
                "public-url: https://file.example",
                "bind: 127.0.0.1:7001",
                "data: file-data",
                "db-url: jdbc:postgresql://db/file",
                "allow-private-network: true",
                "instance-name: File Ministry",
                "instance-description: >",
                "  From the file.",
                ""));
        Settings settings = new SettingsLoader(Map.of(), work).load(Map.of(), file);
        assertEquals(new Settings(URI.create("https://file.example"), "127.0.0.1", 7001,
                work.resolve("file-data").toAbsolutePath(), "jdbc:postgresql://db/file", true, "File Ministry",
                "From the file."), settings);
    }

    @Test
    void flag_beats_environment_beats_file_beats_default_for_every_key() throws IOException {
        Files.createDirectories(work.resolve("config"));
        Files.writeString(work.resolve("config/fellowship.yaml"),
                "instance-name: File\ninstance-description: File text\nbind: 127.0.0.1:1001\n");
        Map<String, String> env = Map.of("FELLOWSHIP_INSTANCE_NAME", "Env",
                "FELLOWSHIP_INSTANCE_DESCRIPTION", "Env text");
        Settings settings = load(env, Map.of(Key.INSTANCE_NAME, "Flag"));
        assertEquals("Flag", settings.instanceName());
        assertEquals("Env text", settings.instanceDescription());
        assertEquals(1001, settings.bindPort());
        assertEquals(URI.create("http://localhost:8080"), settings.publicUrl());
    }

    @Test
    void errors_name_where_the_bad_value_came_from() throws IOException {
        Path file = Files.writeString(work.resolve("f.yaml"), "bind: here:there\n");
        SettingsLoader loader = new SettingsLoader(Map.of(), work);
        assertTrue(assertThrows(ConfigException.class, () -> loader.load(Map.of(), file)).getMessage()
                .startsWith("invalid config key 'bind' in " + file + ": 'here:there'"));
        SettingsLoader fromEnv = new SettingsLoader(Map.of("FELLOWSHIP_BIND", "here:there"), work);
        assertTrue(assertThrows(ConfigException.class, () -> fromEnv.load(Map.of(), file)).getMessage()
                .startsWith("invalid FELLOWSHIP_BIND: 'here:there'"));
        assertTrue(assertThrows(ConfigException.class, () -> fromEnv.load(Map.of(Key.BIND, "x:y"), file))
                .getMessage().startsWith("invalid --bind: 'x:y'"));
    }

    @Test
    void contact_address_and_rules_are_read_from_environment_and_file() throws IOException {
        Settings fromEnv = load(Map.of("FELLOWSHIP_CONTACT_EMAIL", "ops@ministry.example",
                "FELLOWSHIP_INSTANCE_RULES", "Be kind.\n\n  No personal data of citizens.  \n"), Map.of());
        assertEquals("ops@ministry.example", fromEnv.contactEmail());
        assertEquals(List.of("Be kind.", "No personal data of citizens."), fromEnv.rules());

        Path file = Files.writeString(work.resolve("rules.yaml"), String.join("\n",
                "contact-email: desk@ministry.example",
                "instance-rules:",
                "  - Be kind.",
                "  - >-",
                "    Share practice,",
                "    not secrets.",
                ""));
        Settings fromFile = new SettingsLoader(Map.of(), work).load(Map.of(), file);
        assertEquals("desk@ministry.example", fromFile.contactEmail());
        assertEquals(List.of("Be kind.", "Share practice, not secrets."), fromFile.rules());

        Settings none = load(Map.of(), Map.of());
        assertEquals("", none.contactEmail());
        assertEquals(List.of(), none.rules());
    }

    @Test
    void bad_contact_address_and_rules_are_refused_with_the_reason() throws IOException {
        assertTrue(failure(Key.CONTACT_EMAIL, "not-an-address").contains("is not an e-mail address"));
        assertTrue(failure(Key.INSTANCE_RULES, "x".repeat(501)).contains("longer than 500 characters"));
        String many = String.join("\n", java.util.Collections.nCopies(51, "A rule."));
        assertTrue(failure(Key.INSTANCE_RULES, many).contains("at most 50"));
        assertFileFails("instance-rules:\n  - nested: map\n", "must list one text per rule");
    }

    @Test
    void config_file_problems_are_named() throws IOException {
        assertFileFails("public_url: https://x.example\n", "unknown key 'public_url'");
        assertFileFails("bind:\n  host: 127.0.0.1\n", "key 'bind' must be a single value");
        assertFileFails("- public-url\n", "must hold key: value lines");
        assertFileFails("public-url: [https://x.example\n", "is not valid YAML at line");
        assertFileFails("x".repeat(256 * 1024 + 1), "is larger than");
        String missing = assertThrows(ConfigException.class,
                () -> new SettingsLoader(Map.of(), work).load(Map.of(), Path.of("absent.yaml"))).getMessage();
        assertTrue(missing.contains("cannot read config file"), missing);
    }

    @Test
    void empty_config_file_and_empty_values_mean_defaults() throws IOException {
        Path empty = Files.writeString(work.resolve("empty.yaml"), "# nothing set\n");
        assertEquals(8080, new SettingsLoader(Map.of(), work).load(Map.of(), empty).bindPort());
        Path nulls = Files.writeString(work.resolve("nulls.yaml"), "public-url:\ninstance-name: ''\n");
        Settings settings = new SettingsLoader(Map.of(), work).load(Map.of(), nulls);
        assertEquals(URI.create("http://localhost:8080"), settings.publicUrl());
        assertEquals("localhost", settings.instanceName());
    }

    @Test
    void the_node_name_defaults_to_the_host_and_refuses_what_a_lease_cannot_carry() {
        SettingsLoader loader = new SettingsLoader(Map.of(), work);
        String byDefault = loader.load(Map.of(), null).nodeName();
        assertTrue(NodeName.isValid(byDefault), byDefault);
        assertEquals("node-2", loader.load(Map.of(Key.NODE_NAME, "node-2"), null).nodeName());
        assertEquals("from-env", new SettingsLoader(Map.of("FELLOWSHIP_NODE_NAME", "from-env"), work)
                .load(Map.of(), null).nodeName());
        ConfigException bad = assertThrows(ConfigException.class,
                () -> loader.load(Map.of(Key.NODE_NAME, "two words"), null));
        assertTrue(bad.getMessage().contains("--node-name"), bad.getMessage());
        assertThrows(ConfigException.class, () -> loader.load(Map.of(Key.NODE_NAME, "x".repeat(101)), null));
    }

    @Test
    void the_example_config_documents_every_key_with_its_default() throws IOException {
        Path example = Path.of(System.getProperty("fellowship.projectDir", "."), "config", "fellowship.example.yaml");
        StringBuilder uncommented = new StringBuilder();
        for (String line : Files.readAllLines(example)) {
            uncommented.append(line.matches("#[a-z0-9-]+:.*") ? line.substring(1) : line).append('\n');
        }
        for (Key key : Key.values()) {
            assertTrue(uncommented.toString().contains("\n" + key.fileKey + ":"), key.fileKey);
            assertTrue(uncommented.toString().contains(key.envVar), key.envVar);
        }
        Path file = Files.writeString(work.resolve("example.yaml"), uncommented);
        assertEquals(load(Map.of(), Map.of()), new SettingsLoader(Map.of(), work).load(Map.of(), file));
    }

    private void assertFileFails(String content, String expected) throws IOException {
        Path file = Files.writeString(work.resolve("bad.yaml"), content);
        String message = assertThrows(ConfigException.class,
                () -> new SettingsLoader(Map.of(), work).load(Map.of(), file)).getMessage();
        assertTrue(message.contains(expected), message);
        assertTrue(message.contains(file.toString()), message);
    }

    @Test
    void media_stay_in_the_data_folder_unless_s3_is_set_with_everything_it_needs() {
        assertEquals(MediaSettings.Storage.FOLDER, load(Map.of(), Map.of()).media().storage());
        Map<String, String> env = Map.of("FELLOWSHIP_MEDIA_STORAGE", "s3",
                "FELLOWSHIP_MEDIA_S3_ENDPOINT", "http://minio.internal:9000",
                "FELLOWSHIP_MEDIA_S3_BUCKET", "ministry-media",
                "FELLOWSHIP_MEDIA_S3_ACCESS_KEY", "AKIAEXAMPLE",
                "FELLOWSHIP_MEDIA_S3_SECRET_KEY", "very-secret-value");
        MediaSettings.S3 s3 = load(env, Map.of()).media().s3();
        assertEquals("ministry-media", s3.bucket());
        assertEquals("us-east-1", s3.region());
        assertTrue(s3.pathStyle());
        assertEquals(null, s3.publicUrl());
        assertFalse(s3.toString().contains("very-secret-value"), s3.toString());

        Map<String, String> noSecret = new java.util.HashMap<>(env);
        noSecret.remove("FELLOWSHIP_MEDIA_S3_SECRET_KEY");
        String missing = assertThrows(ConfigException.class, () -> load(noSecret, Map.of())).getMessage();
        assertTrue(missing.contains("media-s3-secret-key is not set"), missing);
        assertTrue(failure(Key.MEDIA_STORAGE, "tape").contains("must be folder or s3"));
        Map<String, String> badBucket = new java.util.HashMap<>(env);
        badBucket.put("FELLOWSHIP_MEDIA_S3_BUCKET", "Not_A_Bucket");
        String bucket = assertThrows(ConfigException.class, () -> load(badBucket, Map.of())).getMessage();
        assertTrue(bucket.contains("not a bucket name"), bucket);
        assertFalse(bucket.contains("very-secret-value"), bucket);
    }
}
