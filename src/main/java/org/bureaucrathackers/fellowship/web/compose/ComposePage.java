package org.bureaucrathackers.fellowship.web.compose;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.http.Routes;
import org.bureaucrathackers.fellowship.media.MediaLimits;
import org.bureaucrathackers.fellowship.post.Attachment;
import org.bureaucrathackers.fellowship.post.NoteExtension;
import org.bureaucrathackers.fellowship.post.PostService;
import org.bureaucrathackers.fellowship.post.PostingPreferences;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.session.BrowserSessions;
import org.bureaucrathackers.fellowship.session.HtmlAnswers;
import org.bureaucrathackers.fellowship.session.SignedInPages;
import org.bureaucrathackers.fellowship.web.Pages;
import org.bureaucrathackers.fellowship.web.Visit;
import org.bureaucrathackers.fellowship.web.Visits;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.TextNode;

/**
 * {@code /publish}: the form to write a post (with {@code ?in_reply_to=ID}, a reply; with {@code ?edit=ID}, an
 * edit of one's own post), and its submission, which publishes or edits through the posting service as the
 * client API does. A refused form comes back re-filled with a 422 and nothing stored.
 */
public final class ComposePage implements Routes {

    public static final String PATH = "/publish";

    private final SignedInPages signedIn;
    private final Pages pages;
    private final PostLookup lookup;
    private final Publishing publishing;
    private final PostingPreferences preferences;
    private final NoteExtension extension;

    public ComposePage(SignedInPages signedIn, Pages pages, PostLookup lookup, Publishing publishing,
                       PostingPreferences preferences, NoteExtension extension) {
        this.signedIn = signedIn;
        this.pages = pages;
        this.lookup = lookup;
        this.publishing = publishing;
        this.preferences = preferences;
        this.extension = extension;
    }

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.get(PATH, this::show);
        routes.post(PATH, this::submit);
    }

    private void show(Context ctx) {
        String query = ctx.queryString();
        Optional<BrowserSessions.Session> session = signedIn.session(ctx, PATH + (query == null ? "" : "?" + query));
        if (session.isEmpty()) {
            return;
        }
        Account fellow = session.get().fellow();
        Visit visit = Visits.of(ctx);
        String editId = ctx.queryParam("edit");
        String replyId = ctx.queryParam("in_reply_to");
        if (editId != null) {
            ownPost(ctx, fellow, editId).ifPresent(status -> answer(ctx, extension.writesText(status) ? 422 : 200,
                    editForm(visit, status)));
        } else if (replyId != null) {
            Optional<Status> parent = lookup.replyable(fellow, replyId);
            if (parent.isEmpty()) {
                error(ctx, 404, "compose.reply_not_found");
                return;
            }
            ComposeForm form = blank(visit, fellow, parent.get(), lookup.mentionsFor(fellow, parent.get()));
            answer(ctx, 200, newForm(visit, form, new FormErrors(), parent.get()));
        } else {
            answer(ctx, 200, newForm(visit, blank(visit, fellow, null, ""), new FormErrors(), null));
        }
    }

    private void submit(Context ctx) {
        Optional<BrowserSessions.Session> session = signedIn.session(ctx, PATH);
        if (session.isEmpty()) {
            return;
        }
        if (!ImageParts.readable(ctx)) {
            error(ctx, 413, "compose.error.body_too_large");
            return;
        }
        if (!signedIn.formAccepted(ctx)) {
            return;
        }
        Account fellow = session.get().fellow();
        ComposeForm form = ComposeForm.read(ctx);
        if (form.isEdit()) {
            ownPost(ctx, fellow, form.editId()).ifPresent(status -> edit(ctx, fellow, form, status));
        } else {
            publish(ctx, fellow, form);
        }
    }

    private void publish(Context ctx, Account fellow, ComposeForm form) {
        Visit visit = Visits.of(ctx);
        FormErrors errors = new FormErrors();
        Status parent = null;
        if (form.isReply()) {
            parent = lookup.replyable(fellow, form.inReplyToId()).orElse(null);
            if (parent == null) {
                errors.add("status", visit.text("compose.error.reply_unknown"));
            }
        }
        FormErrors imageErrors = new FormErrors();
        List<ImageParts.ImagePart> images = ImageParts.read(ctx, imageErrors, visit);
        ComposeRules.text(form.text(), !images.isEmpty(), errors, visit);
        ComposeRules.spoiler(form.spoilerText(), errors, visit);
        Status.Visibility visibility = ComposeRules.visibility(form.visibility(), ComposeRules.allowed(parent), errors,
                visit);
        ComposeRules.language(form.language(), errors, visit);
        errors.addAll(imageErrors);
        for (ImageParts.ImagePart image : images) {
            ComposeRules.description(image.slot(), form.description(image.slot()), form.withoutDescription(), errors,
                    visit);
        }
        if (!errors.any()) {
            Optional<Status> published = publishing.publish(fellow, form, visibility, parent, images, errors, visit);
            if (published.isPresent()) {
                ctx.redirect(pathOf(published.get().url()), HttpStatus.SEE_OTHER);
                return;
            }
        }
        answer(ctx, 422, newForm(visit, form, errors, parent));
    }

    private void edit(Context ctx, Account fellow, ComposeForm form, Status status) {
        Visit visit = Visits.of(ctx);
        if (extension.writesText(status)) {
            answer(ctx, 422, practice(visit, status));
            return;
        }
        List<Attachment> media = lookup.localMedia(status);
        FormErrors errors = new FormErrors();
        ComposeRules.text(form.text(), !media.isEmpty(), errors, visit);
        ComposeRules.spoiler(form.spoilerText(), errors, visit);
        ComposeRules.language(form.language(), errors, visit);
        for (int slot = 1; slot <= media.size(); slot++) {
            ComposeRules.description(slot, form.description(slot), form.withoutDescription(), errors, visit);
        }
        if (!errors.any()) {
            Publishing.Edited edited = publishing.edit(fellow, status, form, media, errors, visit);
            if (edited == Publishing.Edited.DONE) {
                ctx.redirect(pathOf(status.url()), HttpStatus.SEE_OTHER);
                return;
            }
            if (edited == Publishing.Edited.PRACTICE) {
                answer(ctx, 422, practice(visit, status));
                return;
            }
        }
        answer(ctx, 422, render(visit, new ComposeView(ComposeView.Mode.EDIT, form, errors, lookup.view(status),
                List.of(), visibilityLabel(visit, status.visibility()), languages(visit, form.language()),
                publishedSlots(media), PostService.MAX_CHARACTERS, PostService.MAX_SPOILER, MediaLimits.MAX_DESCRIPTION,
                MediaLimits.MAX_IMAGE_BYTES / (1024 * 1024), null)));
    }

    /** The post the edit names, if it is the fellow's: a 404 or 403 page otherwise. */
    private Optional<Status> ownPost(Context ctx, Account fellow, String id) {
        PostLookup.Own own = lookup.own(fellow, id);
        if (own instanceof PostLookup.Found found) {
            return Optional.of(found.status());
        }
        if (own instanceof PostLookup.NotYours) {
            error(ctx, 403, "compose.not_yours");
        } else {
            error(ctx, 404, "compose.post_not_found");
        }
        return Optional.empty();
    }

    private ComposeForm blank(Visit visit, Account fellow, Status parent, String text) {
        var defaults = preferences.defaults(fellow.id());
        String language = LanguageChoices.isKnown(defaults.language()) ? defaults.language() : pageLanguage(visit);
        String visibility = ComposeRules.initial(defaults.visibility(), parent).stored();
        return new ComposeForm(text, visibility, "", language, defaults.sensitive(), emptyDescriptions(), false,
                parent == null ? "" : Long.toString(parent.id()), "", UUID.randomUUID().toString());
    }

    private String editForm(Visit visit, Status status) {
        if (extension.writesText(status)) {
            return practice(visit, status);
        }
        List<Attachment> media = lookup.localMedia(status);
        List<String> descriptions = new ArrayList<>(emptyDescriptions());
        for (int i = 0; i < media.size() && i < descriptions.size(); i++) {
            descriptions.set(i, media.get(i).description() == null ? "" : media.get(i).description());
        }
        String language = status.language() == null ? pageLanguage(visit)
                : status.language().split("-", 2)[0];
        ComposeForm form = new ComposeForm(sourceText(status), status.visibility().stored(),
                status.spoilerText() == null ? "" : status.spoilerText(), language,
                status.sensitive() && status.spoilerText() == null, descriptions, false, "",
                Long.toString(status.id()), "");
        return render(visit, new ComposeView(ComposeView.Mode.EDIT, form, new FormErrors(), lookup.view(status),
                List.of(), visibilityLabel(visit, status.visibility()), languages(visit, language),
                publishedSlots(media), PostService.MAX_CHARACTERS, PostService.MAX_SPOILER, MediaLimits.MAX_DESCRIPTION,
                MediaLimits.MAX_IMAGE_BYTES / (1024 * 1024), null));
    }

    private String newForm(Visit visit, ComposeForm form, FormErrors errors, Status parent) {
        List<ComposeView.VisibilityOption> visibilities = ComposeRules.allowed(parent).stream()
                .map(v -> new ComposeView.VisibilityOption(v.stored(), visit.text("compose.visibility." + v.stored()),
                        visit.text("compose.visibility." + v.stored() + "_hint"), v.stored().equals(form.visibility())))
                .toList();
        List<ComposeView.ImageSlot> slots = new ArrayList<>();
        for (int slot = 1; slot <= ComposeForm.IMAGE_SLOTS; slot++) {
            slots.add(new ComposeView.ImageSlot(slot, null));
        }
        return render(visit, new ComposeView(parent == null ? ComposeView.Mode.NEW : ComposeView.Mode.REPLY, form,
                errors, parent == null ? null : lookup.view(parent), visibilities, null,
                languages(visit, form.language()), slots, PostService.MAX_CHARACTERS, PostService.MAX_SPOILER,
                MediaLimits.MAX_DESCRIPTION, MediaLimits.MAX_IMAGE_BYTES / (1024 * 1024), null));
    }

    /** A practice's post is edited as a practice, so its record and its text stay one story. */
    private String practice(Visit visit, Status status) {
        ComposeForm form = new ComposeForm("", "", "", "", false, emptyDescriptions(), false, "",
                Long.toString(status.id()), "");
        return render(visit, new ComposeView(ComposeView.Mode.EDIT, form, new FormErrors(), lookup.view(status),
                List.of(), null, List.of(), List.of(), PostService.MAX_CHARACTERS, PostService.MAX_SPOILER,
                MediaLimits.MAX_DESCRIPTION, MediaLimits.MAX_IMAGE_BYTES / (1024 * 1024), Long.toString(status.id())));
    }

    private String render(Visit visit, ComposeView view) {
        return pages.render("compose.jte", visit, Map.of("view", view));
    }

    private static List<ComposeView.ImageSlot> publishedSlots(List<Attachment> media) {
        List<ComposeView.ImageSlot> slots = new ArrayList<>();
        for (int i = 0; i < media.size(); i++) {
            Attachment a = media.get(i);
            slots.add(new ComposeView.ImageSlot(i + 1, a.previewUrl() != null ? a.previewUrl()
                    : a.url() != null ? a.url() : ""));
        }
        return slots;
    }

    private static List<LanguageChoices.LanguageOption> languages(Visit visit, String chosen) {
        return LanguageChoices.options(visit.texts().locale(), chosen);
    }

    private static String visibilityLabel(Visit visit, Status.Visibility visibility) {
        return visit.text("compose.visibility." + visibility.stored());
    }

    private static String pageLanguage(Visit visit) {
        return visit.texts().locale().getLanguage();
    }

    private static List<String> emptyDescriptions() {
        return Collections.nCopies(ComposeForm.IMAGE_SLOTS, "");
    }

    /** What the author wrote: the Markdown of the post, or its text when it has none. */
    static String sourceText(Status status) {
        if (status.contentSource() != null) {
            return status.contentSource();
        }
        Document html = Jsoup.parse(status.contentHtml());
        html.select("br").forEach(br -> br.replaceWith(new TextNode("\n")));
        html.select("p").forEach(p -> p.appendText("\n\n"));
        return html.wholeText().strip();
    }

    /** The path of a post's page on this site (its address is absolute). */
    static String pathOf(String url) {
        return URI.create(url).getRawPath();
    }

    private void error(Context ctx, int status, String key) {
        Visit visit = Visits.of(ctx);
        HtmlAnswers.html(ctx, status, pages.error(visit, status, visit.text(key)));
    }

    private static void answer(Context ctx, int status, String body) {
        HtmlAnswers.html(ctx, status, body);
    }
}
