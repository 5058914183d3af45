package org.bureaucrathackers.fellowship.web.practice;

import java.util.List;

/**
 * The practice form page: the form as filled, its faults (each with the id of its control), the story a preview
 * shows ({@code previewHtml}, sanitised, null when none was asked), the practices an "adapted from" search found,
 * and the choices of its lists, each labelled in the reader's language.
 */
public record PracticeFormView(PracticeForm form, List<Fault> faults, String previewHtml, String previewLanguage,
                               boolean searched, List<AdaptedFromSearch.Found> found, List<Choice> hackKinds,
                               List<Choice> stages, List<Choice> evidenceLevels, List<Choice> countries,
                               List<Choice> visibilities) {

    /** A fault: the control it is about ({@code id}), that control's name and what is wrong. */
    public record Fault(String id, String label, String message) {
    }

    public record Choice(String value, String label) {
    }

    public PracticeFormView {
        faults = List.copyOf(faults);
        found = List.copyOf(found);
    }

    /** The message about control {@code id}, or null when it has none. */
    public String fault(String id) {
        return faults.stream().filter(f -> f.id().equals(id)).map(Fault::message).findFirst().orElse(null);
    }

    /** {@code "true"} for a control with a fault, else null (so the attribute is left out). */
    public String invalid(String id) {
        return fault(id) == null ? null : "true";
    }

    /** What describes control {@code id}: its hint ({@code id-hint}) when it has one, and its fault. */
    public String describedBy(String id, boolean hint) {
        String described = (hint ? id + "-hint " : "") + (fault(id) == null ? "" : id + "-error");
        return described.isBlank() ? null : described.strip();
    }
}
