package org.bureaucrathackers.fellowship.web.practice;

import java.util.List;
import org.bureaucrathackers.fellowship.web.Pages;

/**
 * A practice as its post's page shows it, below the post: its structure, its outcomes, its translations and its
 * lineage. Text is the authors' (escaped when shown); {@code language} is the language it is written in (null when
 * not given); words of the closed lists, countries and numbers are already in the reader's language. Any part but
 * the title may be null or empty; URLs are http(s) only, null when there is nothing to link to.
 */
public record PracticeSectionView(String title, String language, String summary, String problem, List<RuleView> rules,
                                  List<String> hackKinds, String whatChanged, String stage, String country,
                                  String governmentLevel, String organisation, String organisationType, String sector,
                                  List<LinkView> themes, String nextSteps, String helpWanted, List<LinkView> coauthors,
                                  LinkView community, String licence, List<OutcomeView> outcomes,
                                  List<TranslationView> translations, Pages.LineageView lineage) {

    /** A rule: its identifier links to itself when it is an address. */
    public record RuleView(String name, String identifier, String identifierUrl, String jurisdiction, String url) {
    }

    /** Something named and, when it has one, its page. */
    public record LinkView(String name, String url) {
    }

    /**
     * One outcome: its value written for the reader with its own unit or currency ({@code measure}), never summed
     * with another.
     */
    public record OutcomeView(String indicator, String value, String measure, String baseline, String method,
                              String evidenceLevel, String source, String sourceUrl) {
    }

    /** The practice in another language ({@code language} a BCP 47 tag), named in that language. */
    public record TranslationView(String language, String languageName, String title, String summary, String story) {
    }

    public PracticeSectionView {
        rules = List.copyOf(rules);
        hackKinds = List.copyOf(hackKinds);
        themes = List.copyOf(themes);
        coauthors = List.copyOf(coauthors);
        outcomes = List.copyOf(outcomes);
        translations = List.copyOf(translations);
    }

    /** Whether the part about where it happened has anything to show. */
    public boolean hasPlace() {
        return country != null || governmentLevel != null || organisation != null || organisationType != null
                || sector != null;
    }
}
