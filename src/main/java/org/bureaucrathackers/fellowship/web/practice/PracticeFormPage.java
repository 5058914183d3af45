package org.bureaucrathackers.fellowship.web.practice;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.html.HtmlSanitizer;
import org.bureaucrathackers.fellowship.http.Routes;
import org.bureaucrathackers.fellowship.post.InvalidPostException;
import org.bureaucrathackers.fellowship.practice.InvalidPracticeException;
import org.bureaucrathackers.fellowship.practice.Practice;
import org.bureaucrathackers.fellowship.practice.PracticeInput;
import org.bureaucrathackers.fellowship.practice.PracticeRequest;
import org.bureaucrathackers.fellowship.practice.PracticeService;
import org.bureaucrathackers.fellowship.practice.Vocabulary;
import org.bureaucrathackers.fellowship.session.BrowserSessions;
import org.bureaucrathackers.fellowship.session.HtmlAnswers;
import org.bureaucrathackers.fellowship.session.SignedInPages;
import org.bureaucrathackers.fellowship.web.Pages;
import org.bureaucrathackers.fellowship.web.Visit;
import org.bureaucrathackers.fellowship.web.Visits;

/**
 * {@code /practices/new}: a fellow writes a practice record. The form's buttons say what to do ({@code action}):
 * publish it (then see its page), preview the story its post will carry, search the practices it may be adapted
 * from ({@code add_adapted} names one to add), or show one more row of rules, outcomes or translations. The record's
 * own reader and the practice service check it, exactly as for the API; a fault comes back as a 422 page with the
 * form as it was sent, and nothing is stored until it is published.
 */
public final class PracticeFormPage implements Routes {

    public static final String PATH = "/practices/new";
    private static final Pattern ROW_CONTROL = Pattern.compile("^(rules|outcomes|translations)-(\\d+)-([a-z_]+)$");
    private static final List<String> VISIBILITIES = List.of("public", "unlisted", "followers", "direct");

    private final SignedInPages signedIn;
    private final PracticeService practices;
    private final AdaptedFromSearch search;
    private final Pages pages;

    public PracticeFormPage(SignedInPages signedIn, PracticeService practices, AdaptedFromSearch search, Pages pages) {
        this.signedIn = signedIn;
        this.practices = practices;
        this.search = search;
        this.pages = pages;
    }

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.get(PATH, this::blank);
        routes.post(PATH, this::posted);
    }

    private void blank(Context ctx) {
        signedIn.session(ctx, PATH).ifPresent(session -> {
            Visit visit = Visits.of(ctx);
            HtmlAnswers.html(ctx, 200, page(visit, PracticeForm.empty(visit.texts().locale().getLanguage()),
                    List.of(), null, false, List.of()));
        });
    }

    private void posted(Context ctx) {
        Optional<BrowserSessions.Session> session = signedIn.session(ctx, PATH);
        if (session.isEmpty() || !signedIn.formAccepted(ctx)) {
            return;
        }
        Account author = session.get().fellow();
        Visit visit = Visits.of(ctx);
        String action = Optional.ofNullable(ctx.formParam("action")).orElse("");
        String more = switch (action) {
            case "add_rule" -> "rules";
            case "add_outcome" -> "outcomes";
            case "add_translation" -> "translations";
            default -> "";
        };
        PracticeForm form = PracticeForm.posted(ctx.formParamMap(), more);
        String source = ctx.formParam("add_adapted");
        if (source != null) {
            HtmlAnswers.html(ctx, 200, page(visit, form.adaptedFrom(source.strip()), List.of(), null, false, List.of()));
            return;
        }
        switch (action) {
            case "publish" -> publish(ctx, visit, author, form);
            case "preview" -> preview(ctx, visit, author, form);
            case "search_adapted" -> HtmlAnswers.html(ctx, 200, page(visit, form, List.of(), null, true,
                    search.find(form.value("adapted_query"))));
            default -> HtmlAnswers.html(ctx, 200, page(visit, form, List.of(), null, false, List.of()));
        }
    }

    private void publish(Context ctx, Visit visit, Account author, PracticeForm form) {
        try {
            PracticeRequest request = PracticeInput.strict().request(form.json());
            Practice practice = practices.create(author, request);
            ctx.redirect("/@" + author.username() + "/" + practice.statusId(), HttpStatus.SEE_OTHER);
        } catch (InvalidPracticeException e) {
            refused(ctx, visit, form, fault(visit, form, e));
        } catch (InvalidPostException e) {
            refused(ctx, visit, form, generalFault(visit));
        }
    }

    private void preview(Context ctx, Visit visit, Account author, PracticeForm form) {
        try {
            PracticeRequest request = PracticeInput.strict().request(form.json());
            String story = HtmlSanitizer.clean(practices.preview(author, request));
            HtmlAnswers.html(ctx, 200, page(visit, form, List.of(), story, false, List.of()));
        } catch (InvalidPracticeException e) {
            refused(ctx, visit, form, fault(visit, form, e));
        } catch (InvalidPostException e) {
            refused(ctx, visit, form, generalFault(visit));
        }
    }

    private void refused(Context ctx, Visit visit, PracticeForm form, PracticeFormView.Fault fault) {
        HtmlAnswers.html(ctx, 422, page(visit, form, List.of(fault), null, false, List.of()));
    }

    /** The fault at the control the record's field names, or at the title when the form shows no such control. */
    private static PracticeFormView.Fault fault(Visit visit, PracticeForm form, InvalidPracticeException e) {
        String message = FaultTexts.of(visit, e.problem());
        return form.controlId(e.field())
                .map(id -> new PracticeFormView.Fault(id, label(visit, id), message))
                .orElseGet(() -> new PracticeFormView.Fault("title", visit.text("practiceform.field.practice"), message));
    }

    private static PracticeFormView.Fault generalFault(Visit visit) {
        return new PracticeFormView.Fault("title", visit.text("practiceform.field.practice"),
                visit.text("practiceform.fault.other"));
    }

    /** The name of a control as the fault summary gives it: "Outcome 2, Unit". */
    static String label(Visit visit, String id) {
        Matcher row = ROW_CONTROL.matcher(id);
        if (row.matches()) {
            return visit.format("practiceform.fault_label",
                    visit.format("practiceform." + row.group(1) + ".row", Long.parseLong(row.group(2)) + 1),
                    visit.text("practiceform." + row.group(1) + "." + row.group(3)));
        }
        return visit.text("practiceform.field." + id);
    }

    private String page(Visit visit, PracticeForm form, List<PracticeFormView.Fault> faults, String preview,
                        boolean searched, List<AdaptedFromSearch.Found> found) {
        String language = form.value("language").isBlank() ? null : form.value("language").strip();
        PracticeFormView view = new PracticeFormView(form, faults, preview, language, searched, found,
                choices(visit, Vocabulary.HACK_KINDS, "practicepage.hack_kind."),
                choices(visit, Vocabulary.STAGES, "practicepage.stage."),
                choices(visit, Vocabulary.EVIDENCE_LEVELS, "practicepage.evidence."),
                countries(visit.texts().locale()),
                choices(visit, VISIBILITIES, "practiceform.visibility."));
        return pages.render("practice_form.jte", visit, Map.of("form", view));
    }

    private static List<PracticeFormView.Choice> choices(Visit visit, List<String> words, String prefix) {
        return words.stream().map(w -> new PracticeFormView.Choice(w, visit.text(prefix + w))).toList();
    }

    /** ISO 3166-1 countries named in the reader's language, in its alphabetical order. */
    static List<PracticeFormView.Choice> countries(Locale language) {
        Collator order = Collator.getInstance(language);
        return Arrays.stream(Locale.getISOCountries())
                .map(code -> new PracticeFormView.Choice(code, new Locale("", code).getDisplayCountry(language)))
                .sorted(Comparator.comparing(PracticeFormView.Choice::label, order)).toList();
    }
}
