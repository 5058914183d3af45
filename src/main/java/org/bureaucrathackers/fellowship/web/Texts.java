package org.bureaucrathackers.fellowship.web;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words of the pages in one language, from the {@code i18n/messages} resource bundles, with dates and
 * numbers written as that language writes them. Bundles never fall back to the machine's language: what a
 * language lacks comes from the English base bundle.
 */
public final class Texts {

    private static final String BUNDLE = "i18n.messages";
    private static final Map<Locale, Texts> LOADED = new ConcurrentHashMap<>();

    private final Locale locale;
    private final ResourceBundle bundle;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter date;

    private Texts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(locale).withZone(ZoneOffset.UTC);
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
    }

    /** The texts of {@code locale}, one of {@link Languages#SUPPORTED}. */
    public static Texts of(Locale locale) {
        return LOADED.computeIfAbsent(locale, Texts::new);
    }

    public static Texts english() {
        return of(Languages.ENGLISH);
    }

    public Locale locale() {
        return locale;
    }

    /** The BCP 47 tag for {@code lang} attributes. */
    public String language() {
        return locale.toLanguageTag();
    }

    public String text(String key) {
        return format(key);
    }

    /** Whether the bundles have a message {@code key} (this language's, or the English one it falls back to). */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** The message {@code key} with its {@link MessageFormat} arguments, numbers written for this language. */
    public String format(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    /** An ISO 8601 instant (as pages carry it in {@code datetime}) written for readers, in UTC. */
    public String dateTime(String isoInstant) {
        try {
            return dateTime.format(Instant.parse(isoInstant)) + " UTC";
        } catch (DateTimeParseException e) {
            return isoInstant;
        }
    }

    /** An ISO 8601 date written for readers. */
    public String date(String isoDate) {
        try {
            return date.format(LocalDate.parse(isoDate));
        } catch (DateTimeParseException e) {
            return isoDate;
        }
    }
}
