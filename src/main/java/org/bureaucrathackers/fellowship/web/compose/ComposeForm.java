package org.bureaucrathackers.fellowship.web.compose;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import org.bureaucrathackers.fellowship.post.PostService;

/**
 * The fields of the compose form as a fellow filled them in (or as the page fills them in first). Every value is
 * cut to a bound so a re-shown form never echoes more than the form could hold. {@code descriptions} has one
 * entry per image slot.
 */
public record ComposeForm(String text, String visibility, String spoilerText, String language, boolean sensitive,
                          List<String> descriptions, boolean withoutDescription, String inReplyToId, String editId,
                          String idempotencyKey) {

    /** Image slots of the form: the most a post takes. */
    public static final int IMAGE_SLOTS = PostService.MAX_MEDIA;
    /** More than any field may hold; what is longer is refused by the rules anyway. */
    static final int MAX_ECHOED = PostService.MAX_CHARACTERS + 1_000;
    static final int MAX_ID = 40;

    public ComposeForm {
        descriptions = List.copyOf(descriptions);
    }

    /** What was posted; line ends as the author sees them (a textarea sends CR LF). */
    static ComposeForm read(Context ctx) {
        List<String> descriptions = new ArrayList<>();
        for (int slot = 1; slot <= IMAGE_SLOTS; slot++) {
            descriptions.add(field(ctx, "description_" + slot, MAX_ECHOED));
        }
        return new ComposeForm(field(ctx, "status", MAX_ECHOED), field(ctx, "visibility", MAX_ID),
                field(ctx, "spoiler_text", MAX_ECHOED), field(ctx, "language", MAX_ID),
                ctx.formParam("sensitive") != null, descriptions, ctx.formParam("without_description") != null,
                field(ctx, "in_reply_to_id", MAX_ID), field(ctx, "edit", MAX_ID), field(ctx, "idempotency_key", MAX_ID));
    }

    /** The description of image slot {@code slot} (from 1). */
    public String description(int slot) {
        return slot <= descriptions.size() ? descriptions.get(slot - 1) : "";
    }

    public boolean isEdit() {
        return !editId.isEmpty();
    }

    public boolean isReply() {
        return !inReplyToId.isEmpty();
    }

    private static String field(Context ctx, String name, int max) {
        String value = ctx.formParam(name);
        if (value == null) {
            return "";
        }
        String text = value.replace("\r\n", "\n").replace('\r', '\n');
        return text.length() > max ? text.substring(0, max) : text;
    }
}
