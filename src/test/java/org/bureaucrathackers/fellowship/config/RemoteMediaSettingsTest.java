package org.bureaucrathackers.fellowship.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.bureaucrathackers.fellowship.config.SettingsLoader.Key;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The remote media cache's settings: on by default with a 1 GiB bound, set by flag, environment or file. */
class RemoteMediaSettingsTest {

    @TempDir
    Path work;

    private MediaSettings load(Map<String, String> env, Map<Key, String> flags, Path file) {
        return new SettingsLoader(env, work).load(flags, file).media();
    }

    @Test
    void the_cache_is_on_with_a_bound_of_one_gibibyte_unless_set() {
        MediaSettings media = load(Map.of(), Map.of(), null);
        assertTrue(media.remoteCache());
        assertEquals(1L << 30, media.remoteCacheMaxBytes());
    }

    @Test
    void each_source_sets_it_and_sizes_take_a_unit() throws Exception {
        assertFalse(load(Map.of("FELLOWSHIP_REMOTE_MEDIA_CACHE", "off"), Map.of(), null).remoteCache());
        assertEquals(500L << 20, load(Map.of("FELLOWSHIP_REMOTE_MEDIA_CACHE_MAX_BYTES", "500MiB"), Map.of(), null)
                .remoteCacheMaxBytes());
        assertEquals(12345, load(Map.of(), Map.of(Key.REMOTE_MEDIA_CACHE_MAX_BYTES, "12345"), null)
                .remoteCacheMaxBytes());
        Path file = work.resolve("fellowship.yaml");
        Files.writeString(file, "remote-media-cache: off\nremote-media-cache-max-bytes: 2 GiB\n");
        MediaSettings fromFile = load(Map.of(), Map.of(), file);
        assertFalse(fromFile.remoteCache());
        assertEquals(2L << 30, fromFile.remoteCacheMaxBytes());
        assertTrue(load(Map.of(), Map.of(Key.REMOTE_MEDIA_CACHE, "on"), file).remoteCache(), "a flag wins");
    }

    @Test
    void nonsense_is_refused_with_the_setting_named() {
        ConfigException badSwitch = assertThrows(ConfigException.class,
                () -> load(Map.of(), Map.of(Key.REMOTE_MEDIA_CACHE, "sometimes"), null));
        assertTrue(badSwitch.getMessage().contains("must be on or off"), badSwitch.getMessage());
        for (String size : new String[] {"lots", "-5", "1.5GiB", "2TiB", "2000GiB"}) {
            ConfigException bad = assertThrows(ConfigException.class,
                    () -> load(Map.of("FELLOWSHIP_REMOTE_MEDIA_CACHE_MAX_BYTES", size), Map.of(), null), size);
            assertTrue(bad.getMessage().contains("FELLOWSHIP_REMOTE_MEDIA_CACHE_MAX_BYTES"), bad.getMessage());
        }
    }
}
