package org.bureaucrathackers.fellowship.web.compose;

import java.util.List;
import org.bureaucrathackers.fellowship.web.Pages;

/**
 * What the compose page shows: the form as filled in, what is wrong with it, the post replied to or edited
 * ({@code shownPost}, may be null), the visibilities on offer (none when editing: a post keeps its audience),
 * the languages, the image slots and the limits. {@code practiceId} is set when the post edited is a practice,
 * which is edited through its own form.
 */
public record ComposeView(Mode mode, ComposeForm form, FormErrors errors, Pages.PostView shownPost,
                          List<VisibilityOption> visibilities, String keptVisibility,
                          List<LanguageChoices.LanguageOption> languages, List<ImageSlot> images,
                          int maxCharacters, int maxSpoiler, int maxDescription, int maxImageMegabytes,
                          String practiceId) {

    public enum Mode { NEW, REPLY, EDIT }

    /** One radio of the visibility group. */
    public record VisibilityOption(String value, String label, String hint, boolean checked) {

        public String id() {
            return "visibility-" + value;
        }
    }

    /** An image slot: a file to choose (new posts), or an image already published whose alt text can change. */
    public record ImageSlot(int slot, String previewUrl) {

        public boolean published() {
            return previewUrl != null;
        }

        public String fileId() {
            return "file-" + slot;
        }

        public String descriptionId() {
            return "description-" + slot;
        }
    }

    public boolean isEdit() {
        return mode == Mode.EDIT;
    }

    public boolean isReply() {
        return mode == Mode.REPLY;
    }
}
