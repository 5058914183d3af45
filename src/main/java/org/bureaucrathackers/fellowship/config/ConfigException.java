package org.bureaucrathackers.fellowship.config;

/** A setting that cannot be used; the message names the setting and says what is wrong with it. */
public class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }
}
