package org.bureaucrathackers.fellowship.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bureaucrathackers.fellowship.config.SettingsLoader.Key;

/**
 * The YAML config file: bounded in size, flat {@code key: value} lines with known keys only (the rules may be a
 * list). Values come back as text, to be checked with those from flags and the environment.
 */
final class ConfigFile {

    private static final long MAX_CONFIG_BYTES = 256 * 1024;

    private ConfigFile() {
    }

    static Map<Key, String> read(Path path) {
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw new ConfigException("cannot read config file " + path);
        }
        JsonNode root;
        try {
            if (Files.size(path) > MAX_CONFIG_BYTES) {
                throw new ConfigException("config file " + path + " is larger than " + MAX_CONFIG_BYTES + " bytes");
            }
            root = new ObjectMapper(new YAMLFactory()).readTree(path.toFile());
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
            throw new ConfigException("config file " + path + " is not valid YAML" + where);
        } catch (IOException e) {
            throw new ConfigException("cannot read config file " + path + ": " + e.getMessage());
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return Map.of();
        }
        if (!root.isObject()) {
            throw new ConfigException("config file " + path + " must hold key: value lines");
        }
        Map<Key, String> values = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            Key key = keyOf(entry.getKey());
            if (key == null) {
                throw new ConfigException("config file " + path + ": unknown key '" + entry.getKey() + "'");
            }
            JsonNode value = entry.getValue();
            if (key == Key.INSTANCE_RULES && value.isArray()) {
                values.put(key, ruleLines(path, value));
                continue;
            }
            if (!value.isValueNode()) {
                throw new ConfigException("config file " + path + ": key '" + entry.getKey()
                        + "' must be a single value");
            }
            if (!value.isNull()) {
                values.put(key, value.asText());
            }
        }
        return values;
    }

    /** A YAML list of rules as one rule per line; a rule written over several lines becomes one line. */
    private static String ruleLines(Path path, JsonNode list) {
        List<String> lines = new ArrayList<>();
        for (JsonNode item : list) {
            if (!item.isValueNode() || item.isNull()) {
                throw new ConfigException("config file " + path + ": key '" + Key.INSTANCE_RULES.fileKey
                        + "' must list one text per rule");
            }
            lines.add(item.asText().strip().replaceAll("\\s*\\R\\s*", " "));
        }
        return String.join("\n", lines);
    }

    private static Key keyOf(String fileKey) {
        for (Key key : Key.values()) {
            if (key.fileKey.equals(fileKey)) {
                return key;
            }
        }
        return null;
    }
}
