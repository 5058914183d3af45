package org.bureaucrathackers.fellowship.practice;

import java.util.List;
import java.util.Map;

/**
 * A practice record as its authors wrote it, validated and bounded ({@link PracticeInput}). Lists are never
 * null; text fields but {@code title} may be null. {@code coauthors} are handles ({@code user@domain}) or actor
 * IRIs, {@code adaptedFrom} IRIs of practices on any instance, {@code community} the handle or IRI of a Group.
 * {@code organisation} (the organisation's name) goes with {@code organisationType}: adaptations are listed with
 * both.
 */
public record PracticeContent(String title, String summary, String problem, List<Rule> rules, List<String> hackKinds,
                              String whatChanged, List<Outcome> outcomes, String stage, String country,
                              String governmentLevel, String organisation, String organisationType, String sector,
                              List<String> themes, String nextSteps, String helpWanted, List<String> coauthors,
                              List<String> adaptedFrom, String community, String language,
                              Map<String, Translation> translations, String licence) {

    public PracticeContent {
        rules = List.copyOf(rules);
        hackKinds = List.copyOf(hackKinds);
        outcomes = List.copyOf(outcomes);
        themes = List.copyOf(themes);
        coauthors = List.copyOf(coauthors);
        adaptedFrom = List.copyOf(adaptedFrom);
        translations = Map.copyOf(translations);
    }

    /** The same content with coauthors, sources and community as resolved IRIs or handles. */
    public PracticeContent resolved(List<String> coauthorNames, List<String> originals, String communityName) {
        return new PracticeContent(title, summary, problem, rules, hackKinds, whatChanged, outcomes, stage, country,
                governmentLevel, organisation, organisationType, sector, themes, nextSteps, helpWanted, coauthorNames,
                originals, communityName, language, translations, licence);
    }
}
