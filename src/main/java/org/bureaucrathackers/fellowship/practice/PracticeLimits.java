package org.bureaucrathackers.fellowship.practice;

/** The bounds of a practice record that forms show before anything is sent: as many rows as a record may hold. */
public final class PracticeLimits {

    public static final int TITLE = Bounds.TITLE;
    public static final int SUMMARY = Bounds.SUMMARY;
    public static final int LONG_TEXT = Bounds.LONG_TEXT;
    public static final int SHORT_TEXT = Bounds.SHORT_TEXT;
    public static final int LABEL = Bounds.LABEL;
    public static final int ORGANISATION = Bounds.ORGANISATION;
    public static final int URL = Bounds.URL;
    public static final int DECIMAL = Bounds.DECIMAL;
    public static final int UNIT = Bounds.UNIT;
    public static final int METHOD = Bounds.METHOD;
    public static final int LICENCE = Bounds.LICENCE;
    public static final int LANGUAGE = Bounds.LANGUAGE;
    public static final int RULES = Bounds.RULES;
    public static final int OUTCOMES = Bounds.OUTCOMES;
    public static final int THEMES = Bounds.THEMES;
    public static final int COAUTHORS = Bounds.COAUTHORS;
    public static final int ADAPTED_FROM = Bounds.ADAPTED_FROM;
    public static final int TRANSLATIONS = Bounds.TRANSLATIONS;

    private PracticeLimits() {
    }
}
