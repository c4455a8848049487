package com.claimdesk.evidence.ui;

import com.claimdesk.base.ui.Formats;
import com.claimdesk.base.ui.Labels;
import com.claimdesk.evidence.EvidenceKind;
import com.claimdesk.evidence.EvidenceSummary;
import com.claimdesk.evidence.EvidenceVariant;
import com.claimdesk.evidence.FileSizes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.dom.Style;

import java.util.List;
import java.util.function.Consumer;

/**
 * Looks at one item at a time, large: an image fitted to the window or at its actual size (the original, for
 * detail such as a crack or a label), a video with the browser's controls, a PDF as a link that opens it in a new
 * tab. Previous/next walk the gallery (arrow keys too); the original can always be downloaded.
 */
class EvidenceLightbox extends Dialog {

    private final List<EvidenceSummary> items;
    private final EvidenceDownloads downloads;
    private final Consumer<EvidenceSummary> deleteAction;
    private final Div stage = new Div();
    private final Span position = new Span();
    private final Span details = new Span();
    private final Span hash = new Span();
    private final Button previous = new Button(VaadinIcon.ARROW_LEFT.create());
    private final Button next = new Button(VaadinIcon.ARROW_RIGHT.create());
    private final Button zoom = new Button();
    private final HorizontalLayout links = new HorizontalLayout();
    private final Button delete = new Button(VaadinIcon.TRASH.create());
    private int index;
    private boolean actualSize;

    /**
     * @param deleteAction called when a team lead asks to delete the item shown; {@code null} hides the button
     */
    EvidenceLightbox(List<EvidenceSummary> items, int index, EvidenceDownloads downloads,
                     Consumer<EvidenceSummary> deleteAction) {
        this.items = List.copyOf(items);
        this.index = index;
        this.downloads = downloads;
        this.deleteAction = deleteAction;
        setId("evidence-lightbox");
        setWidth("min(96vw, 1400px)");
        setHeight("92vh");

        var close = new Button(VaadinIcon.CLOSE.create(), e -> close());
        close.setId("lightbox-close");
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        close.setAriaLabel(getTranslation("evidence.lightbox.close"));
        getHeader().add(close);

        stage.setId("lightbox-stage");
        stage.getStyle().setDisplay(Style.Display.FLEX).setAlignItems(Style.AlignItems.CENTER)
                .setJustifyContent(Style.JustifyContent.CENTER).setOverflow(Style.Overflow.AUTO)
                .setHeight("calc(92vh - 14em)").setBackground("var(--lumo-contrast-5pct)");
        details.setId("lightbox-details");
        hash.setId("lightbox-hash");
        hash.getStyle().setFontSize("var(--lumo-font-size-xs)").set("font-family", "monospace")
                .set("overflow-wrap", "anywhere").setColor("var(--lumo-secondary-text-color)");
        var facts = new Div(details, new Div(hash));
        facts.getStyle().setMarginTop("var(--lumo-space-s)");
        add(stage, facts);

        previous.setId("lightbox-previous");
        previous.setAriaLabel(getTranslation("evidence.lightbox.previous"));
        previous.addClickListener(e -> move(-1));
        previous.addClickShortcut(Key.ARROW_LEFT).listenOn(this);
        next.setId("lightbox-next");
        next.setAriaLabel(getTranslation("evidence.lightbox.next"));
        next.addClickListener(e -> move(1));
        next.addClickShortcut(Key.ARROW_RIGHT).listenOn(this);
        position.setId("lightbox-position");
        zoom.setId("lightbox-zoom");
        zoom.addClickListener(e -> {
            actualSize = !actualSize;
            show();
        });
        delete.setId("lightbox-delete");
        delete.setText(getTranslation("evidence.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.setVisible(deleteAction != null);
        delete.addClickListener(e -> deleteAction.accept(current()));
        links.setSpacing(true);
        links.setAlignItems(FlexComponent.Alignment.CENTER);

        var spacer = new Span();
        spacer.getStyle().setFlexGrow("1");
        getFooter().add(previous, position, next, zoom, spacer, links, delete);
        show();
    }

    EvidenceSummary current() {
        return items.get(index);
    }

    private void move(int step) {
        int target = index + step;
        if (target >= 0 && target < items.size()) {
            index = target;
            actualSize = false;
            show();
        }
    }

    private void show() {
        EvidenceSummary item = current();
        setHeaderTitle(item.title());
        position.setText(getTranslation("evidence.lightbox.position", index + 1, items.size()));
        previous.setEnabled(index > 0);
        next.setEnabled(index < items.size() - 1);
        zoom.setVisible(item.kind() == EvidenceKind.IMAGE);
        zoom.setText(getTranslation(actualSize ? "evidence.lightbox.fit" : "evidence.lightbox.actualSize"));
        zoom.setIcon((actualSize ? VaadinIcon.COMPRESS_SQUARE : VaadinIcon.EXPAND_SQUARE).create());

        stage.removeAll();
        stage.getStyle().setAlignItems(actualSize ? Style.AlignItems.START : Style.AlignItems.CENTER)
                .setJustifyContent(actualSize ? Style.JustifyContent.START : Style.JustifyContent.CENTER);
        stage.add(view(item));

        links.removeAll();
        if (item.kind() == EvidenceKind.PDF) {
            var open = new Anchor(downloads.handler(item.id(), EvidenceVariant.ORIGINAL, true), AttachmentType.INLINE,
                    getTranslation("evidence.lightbox.openPdf"));
            open.setId("lightbox-open-pdf");
            open.setTarget(AnchorTarget.BLANK);
            links.add(open);
        }
        var download = new Anchor(downloads.handler(item.id(), EvidenceVariant.ORIGINAL, false),
                AttachmentType.DOWNLOAD, getTranslation("evidence.lightbox.download"));
        download.setId("lightbox-download");
        links.add(download);

        details.setText(String.join(" · ", Labels.of(item.source()), item.originalFileName(),
                item.uploadedByName(), Formats.dateTime(item.uploadedAt()),
                FileSizes.format(item.sizeBytes(), Formats.locale()), item.contentType())
                + (item.width() == null ? "" : " · " + item.width() + " × " + item.height()));
        hash.setText(getTranslation("evidence.sha256", item.sha256()));
    }

    private Component view(EvidenceSummary item) {
        return switch (item.kind()) {
            case IMAGE -> image(item);
            case VIDEO -> {
                var video = new EvidenceVideo(downloads.handler(item.id(), EvidenceVariant.ORIGINAL, false));
                video.setId("lightbox-video");
                video.getStyle().setMaxWidth("100%").setMaxHeight("100%");
                yield video;
            }
            case PDF -> {
                var icon = VaadinIcon.FILE_TEXT_O.create();
                icon.setSize("96px");
                icon.getStyle().setColor("var(--lumo-secondary-text-color)");
                yield icon;
            }
        };
    }

    private Component image(EvidenceSummary item) {
        // actual size shows the original: the preview is scaled down and would hide the detail one zooms in for
        boolean original = actualSize || !item.hasPreview();
        var image = new Image(downloads.handler(item.id(),
                original ? EvidenceVariant.ORIGINAL : EvidenceVariant.PREVIEW, !original), item.title());
        image.setId("lightbox-image");
        if (actualSize) {
            image.getStyle().setMaxWidth("none").setMaxHeight("none");
        } else {
            image.getStyle().setMaxWidth("100%").setMaxHeight("100%").set("object-fit", "contain");
        }
        return image;
    }
}
