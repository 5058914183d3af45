package org.bureaucrathackers.fellowship.practice;

import java.util.List;
import java.util.Locale;

/** The closed word lists of practice records, and how each word reads in the story. */
public final class Vocabulary {

    public static final List<String> HACK_KINDS = List.of("reinterpretation", "waiver", "sandbox_or_pilot",
            "procedure_redesign", "new_enabling_rule", "data_nudge", "relational_practice");
    /** OPSI's six stages of an innovation. */
    public static final List<String> STAGES = List.of("identifying_problems", "generating_ideas",
            "developing_proposals", "implementing", "evaluating", "diffusing");
    public static final List<String> EVIDENCE_LEVELS = List.of("anecdotal", "before_after", "quasi_experimental",
            "rct");

    private Vocabulary() {
    }

    /** "sandbox_or_pilot" → "Sandbox or pilot"; "rct" → "RCT". */
    public static String label(String word) {
        if (word.equals("rct")) {
            return "RCT";
        }
        String spaced = word.replace('_', ' ').replace("before after", "before/after");
        return spaced.substring(0, 1).toUpperCase(Locale.ROOT) + spaced.substring(1);
    }
}
