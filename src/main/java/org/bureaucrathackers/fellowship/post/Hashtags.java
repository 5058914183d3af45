package org.bureaucrathackers.fellowship.post;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Hashtag names as Mastodon normalises them (T1): NFKC, lower case, Latin letters folded to ASCII
 * ("Café" is "cafe"), then anything but letters, marks, digits and the separators dropped. A hashtag
 * needs at least one letter, so "#2026" is not one.
 */
public final class Hashtags {

    public static final int MAX_LENGTH = 100;

    /** {@code #name} in running text: not after a letter, digit, '/', ')', '=' or '&' (URLs, entities). */
    static final Pattern IN_TEXT = Pattern.compile("(?<![\\p{L}\\p{N}_/)=&#])#([\\p{L}\\p{M}\\p{N}_·・\\u200c]+)");

    private static final Pattern INVALID = Pattern.compile("[^\\p{L}\\p{M}\\p{N}_·・\\u200c]");
    private static final Pattern LATIN_MARK = Pattern.compile("(\\p{IsLatin})\\p{M}+");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Map<String, String> LATIN_LETTERS = Map.of(
            "ß", "ss", "æ", "ae", "œ", "oe", "ø", "o", "đ", "d", "ł", "l", "þ", "th", "ð", "d", "ı", "i");

    private Hashtags() {
    }

    /** The normalised name ({@code #} optional), or null when it is not a usable hashtag. */
    public static String normalize(String name) {
        if (name == null) {
            return null;
        }
        String text = name.startsWith("#") ? name.substring(1) : name;
        if (text.isEmpty() || text.length() > MAX_LENGTH * 4) {
            return null;
        }
        text = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        text = foldLatin(text);
        text = INVALID.matcher(text).replaceAll("");
        text = stripSeparators(text);
        if (text.isEmpty() || text.length() > MAX_LENGTH || !LETTER.matcher(text).find()) {
            return null;
        }
        return text;
    }

    /** Removes accents from Latin letters only: marks on other scripts carry meaning (が is not か). */
    private static String foldLatin(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String folded = LATIN_MARK.matcher(decomposed).replaceAll("$1");
        StringBuilder out = new StringBuilder(folded.length());
        folded.codePoints().forEach(cp -> {
            String letter = new String(Character.toChars(cp));
            out.append(LATIN_LETTERS.getOrDefault(letter, letter));
        });
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    /** A name never ends with a separator: "#tag·" in text is the tag "tag". */
    static String stripSeparators(String text) {
        int end = text.length();
        while (end > 0 && "·・\u200c".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return text.substring(0, end);
    }
}
