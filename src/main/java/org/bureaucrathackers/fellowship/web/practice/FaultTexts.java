package org.bureaucrathackers.fellowship.web.practice;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bureaucrathackers.fellowship.web.Visit;

/**
 * The faults the practice record's reader finds, in the reader's language: each problem it states (in English, for
 * the API) is recognised by its words and told with the bundle's message; one not recognised gets a general one.
 */
final class FaultTexts {

    private record Known(Pattern problem, String key) {
    }

    private static final List<Known> KNOWN = List.of(
            known("is required", "required"),
            known("at most (\\d+) characters", "too_long"),
            known("at most (\\d+) (?:items|languages)", "too_many"),
            known("must be one of .*", "choose"),
            known("must be public, unlisted, followers or direct", "choose"),
            known("must be an http\\(s\\) URL", "url"),
            known("must be a decimal number.*", "decimal"),
            known("must be an ISO 4217 currency code.*", "currency"),
            known("must be an ISO 3166 two-letter code.*", "country"),
            known("must be a language tag.*", "language"),
            known("give a unit or a currency, not both", "unit_and_currency"),
            known("is not a hashtag.*", "hashtag"),
            known("no fellow is known by that name", "unknown_fellow"),
            known("no community \\(Group\\) is known there", "unknown_community"),
            known("must be a handle such as.*", "handle"));

    private FaultTexts() {
    }

    static String of(Visit visit, String problem) {
        for (Known known : KNOWN) {
            Matcher matcher = known.problem().matcher(problem);
            if (matcher.matches()) {
                return matcher.groupCount() > 0
                        ? visit.format("practiceform.fault." + known.key(), Long.parseLong(matcher.group(1)))
                        : visit.text("practiceform.fault." + known.key());
            }
        }
        return visit.text("practiceform.fault.other");
    }

    private static Known known(String problem, String key) {
        return new Known(Pattern.compile(problem), key);
    }
}
