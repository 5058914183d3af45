package org.bureaucrathackers.fellowship.web.practice;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.practice.Outcome;
import org.bureaucrathackers.fellowship.practice.Practice;
import org.bureaucrathackers.fellowship.practice.PracticeContent;
import org.bureaucrathackers.fellowship.practice.PracticeService;
import org.bureaucrathackers.fellowship.practice.Rule;
import org.bureaucrathackers.fellowship.practice.Translation;
import org.bureaucrathackers.fellowship.web.Pages;
import org.bureaucrathackers.fellowship.web.Visit;

/**
 * The practice section of a post's page, for posts that carry a practice (local or rebuilt from another instance
 * alike): built from the record and rendered with {@code practice_section.jte}, which escapes every piece of text.
 */
public final class PracticeSections {

    /** The most fraction digits a number is written with; the record keeps at most 40 characters of it anyway. */
    static final int MAX_FRACTION_DIGITS = 20;
    /** Numbers with more digits before the point than this are shown as written, never expanded. */
    static final int MAX_INTEGER_DIGITS = 40;

    private final PracticeService practices;
    private final PracticeLineage lineage;
    private final Pages pages;

    public PracticeSections(PracticeService practices, PracticeLineage lineage, Pages pages) {
        this.practices = practices;
        this.lineage = lineage;
        this.pages = pages;
    }

    /** The section's HTML, built from escaped parts; empty when {@code status} carries no practice. */
    public Optional<String> html(Status status, Visit visit) {
        return view(status, visit).map(v -> pages.render("practice_section.jte", visit, Map.of("practice", v)));
    }

    Optional<PracticeSectionView> view(Status status, Visit visit) {
        Locale reader = visit.texts().locale();
        return practices.find(status.id()).flatMap(practice -> lineage.of(status, reader)
                .map(l -> view(practice, l, visit)));
    }

    private static PracticeSectionView view(Practice practice, Pages.LineageView lineage, Visit visit) {
        Locale reader = visit.texts().locale();
        PracticeContent c = practice.content();
        List<PracticeSectionView.RuleView> rules = c.rules().stream().map(PracticeSections::rule).toList();
        List<String> kinds = c.hackKinds().stream().map(k -> visit.text("practicepage.hack_kind." + k)).toList();
        List<PracticeSectionView.LinkView> themes = c.themes().stream()
                .map(t -> new PracticeSectionView.LinkView("#" + t, "/tags/" + t)).toList();
        List<PracticeSectionView.LinkView> coauthors = new ArrayList<>();
        for (int i = 0; i < c.coauthors().size(); i++) {
            String uri = i < practice.coauthorUris().size() ? practice.coauthorUris().get(i) : null;
            coauthors.add(new PracticeSectionView.LinkView(handle(c.coauthors().get(i)), PracticeLineage.web(uri)));
        }
        PracticeSectionView.LinkView community = c.community() == null ? null
                : new PracticeSectionView.LinkView(handle(c.community()), PracticeLineage.web(practice.communityUri()));
        List<PracticeSectionView.OutcomeView> outcomes = c.outcomes().stream().map(o -> outcome(o, visit)).toList();
        List<PracticeSectionView.TranslationView> translations = c.translations().entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
                .map(e -> translation(e.getKey(), e.getValue())).toList();
        return new PracticeSectionView(c.title(), c.language(), c.summary(), c.problem(), rules, kinds,
                c.whatChanged(), c.stage() == null ? null : visit.text("practicepage.stage." + c.stage()),
                c.country() == null ? null : new Locale("", c.country()).getDisplayCountry(reader),
                c.governmentLevel(), c.organisation(), c.organisationType(), c.sector(), themes, c.nextSteps(),
                c.helpWanted(), coauthors, community, c.licence(), outcomes, translations, lineage);
    }

    private static PracticeSectionView.RuleView rule(Rule r) {
        return new PracticeSectionView.RuleView(r.name(), r.identifier(), PracticeLineage.web(r.identifier()),
                r.jurisdiction(), PracticeLineage.web(r.url()));
    }

    private static PracticeSectionView.OutcomeView outcome(Outcome o, Visit visit) {
        Locale reader = visit.texts().locale();
        String measure = o.currency() != null ? o.currency() : o.unit();
        return new PracticeSectionView.OutcomeView(o.indicator(), number(o.value(), reader), measure,
                o.baseline() == null ? null : number(o.baseline(), reader), o.method(),
                o.evidenceLevel() == null ? null : visit.text("practicepage.evidence." + o.evidenceLevel()),
                o.source(), PracticeLineage.web(o.source()));
    }

    private static PracticeSectionView.TranslationView translation(String language, Translation t) {
        Locale locale = Locale.forLanguageTag(language);
        String name = locale.getDisplayName(locale);
        name = name.isBlank() ? language : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
        return new PracticeSectionView.TranslationView(language, name, t.title(), t.summary(), t.story());
    }

    /** A decimal written as the reader's language writes numbers; other text as it is. */
    static String number(String text, Locale reader) {
        try {
            BigDecimal decimal = new BigDecimal(text.strip());
            if (decimal.precision() - decimal.scale() > MAX_INTEGER_DIGITS) {
                return text;
            }
            NumberFormat format = NumberFormat.getNumberInstance(reader);
            int digits = Math.min(Math.max(decimal.scale(), 0), MAX_FRACTION_DIGITS);
            format.setMinimumFractionDigits(digits);
            format.setMaximumFractionDigits(digits);
            return format.format(decimal);
        } catch (NumberFormatException | ArithmeticException e) {
            return text;
        }
    }

    /** Handles are shown with their leading '@'; addresses as they are. */
    private static String handle(String name) {
        return name.startsWith("@") || name.contains("://") ? name : "@" + name;
    }
}
