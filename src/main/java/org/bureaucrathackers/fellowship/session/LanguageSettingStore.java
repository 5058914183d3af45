package org.bureaucrathackers.fellowship.session;

import java.util.Optional;

/** The language a fellow chose for the web pages ("en", "fr", "es"). */
public interface LanguageSettingStore {

    Optional<String> find(long accountId);

    void save(long accountId, String language);
}
