package org.bureaucrathackers.fellowship.practice;

/** The size of every part of a practice record. */
final class Bounds {

    static final int TITLE = 150;
    static final int SUMMARY = 500;
    static final int LONG_TEXT = 5_000;
    static final int SHORT_TEXT = 300;
    static final int LABEL = 100;
    static final int ORGANISATION = 200;
    static final int URL = 2_048;
    static final int DECIMAL = 40;
    static final int UNIT = 50;
    static final int METHOD = 1_000;
    static final int LICENCE = 200;
    static final int LANGUAGE = 16;
    static final int MEDIA_ID = 30;
    static final int RULES = 20;
    static final int OUTCOMES = 20;
    static final int HACK_KINDS = 7;
    static final int THEMES = 10;
    static final int COAUTHORS = 10;
    static final int ADAPTED_FROM = 10;
    static final int TRANSLATIONS = 10;
    static final int MEDIA = 4;

    private Bounds() {
    }
}
