package com.claimdesk.search.ui;

import com.claimdesk.base.ui.Formats;
import com.claimdesk.base.ui.Notifications;
import com.claimdesk.search.CaseSearch;
import com.claimdesk.search.IndexStatus;
import com.claimdesk.security.Role;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import java.text.NumberFormat;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The search index for admins: how many cases it holds against the database, its size and backend, when it was last
 * rebuilt, and a rebuild with a live progress bar (server push; the progress is throttled so that a million cases do
 * not send a million updates). See docs/decisions/140-search.md.
 */
@Route("admin/search-index")
@Menu(order = 93, icon = "vaadin:search", title = "nav.searchIndex")
@RolesAllowed(Role.ADMIN_ROLE)
class SearchIndexView extends VerticalLayout implements HasDynamicTitle {

    /** At most this often the bar moves: enough to look alive, few enough round trips. */
    static final long PROGRESS_EVERY_NANOS = 250_000_000L;

    private final transient CaseSearch search;

    private final Span backend = fact("search-index-backend");
    private final Span documents = fact("search-index-documents");
    private final Span size = fact("search-index-size");
    private final Span lastRebuild = fact("search-index-last-rebuild");
    private final Paragraph warning = new Paragraph();
    final ProgressBar bar = new ProgressBar();
    private final Span progressText = new Span();
    final Button rebuild = new Button();
    private @Nullable Registration polling;

    SearchIndexView(CaseSearch search) {
        this.search = search;
        addClassName("cd-search-index");
        setPadding(true);
        setMaxWidth("48em");

        var hint = new Paragraph(getTranslation("searchIndex.hint"));
        hint.addClassName("cd-hint");
        var facts = new Div(
                row("searchIndex.backend", backend), row("searchIndex.documents", documents),
                row("searchIndex.size", size), row("searchIndex.lastRebuild", lastRebuild));
        facts.addClassName("cd-facts");
        warning.setId("search-index-warning");
        warning.addClassName("cd-search-index-warning");

        bar.setId("search-index-progress");
        bar.setWidthFull();
        progressText.setId("search-index-progress-text");
        progressText.addClassName("cd-hint");
        rebuild.setText(getTranslation("searchIndex.rebuild"));
        rebuild.setIcon(VaadinIcon.REFRESH.create());
        rebuild.setId("search-index-rebuild");
        rebuild.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        rebuild.addClickListener(e -> confirmRebuild());
        add(hint, facts, warning, rebuild, bar, progressText);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.searchIndex");
    }

    private static Span fact(String id) {
        var s = new Span();
        s.setId(id);
        s.addClassName("cd-fact-value");
        return s;
    }

    private Div row(String labelKey, Span value) {
        var label = new Span(getTranslation(labelKey));
        label.addClassName("cd-fact-label");
        var row = new Div(label, value);
        row.addClassName("cd-fact");
        return row;
    }

    /** Shows the index as it is now; while a rebuild runs (ours, another admin's, the start-up's) the page polls. */
    void refresh() {
        show(search.status());
    }

    private void show(IndexStatus s) {
        NumberFormat n = NumberFormat.getIntegerInstance(getLocale());
        backend.setText(getTranslation("searchIndex.backend." + s.backend()));
        documents.setText(getTranslation("searchIndex.documentsOfCases", n.format(s.documents()), n.format(s.cases())));
        size.setText(s.sizeBytes() < 0 ? getTranslation("searchIndex.size.unknown") : bytes(s.sizeBytes()));
        lastRebuild.setText(s.lastRebuild() == null ? getTranslation("searchIndex.never")
                : Formats.dateTime(s.lastRebuild()));
        boolean differs = !s.rebuilding() && s.documents() != s.cases();
        warning.setText(differs ? getTranslation("searchIndex.differs") : "");
        warning.setVisible(differs);
        rebuild.setEnabled(!s.rebuilding());
        bar.setVisible(s.rebuilding());
        progressText.setVisible(s.rebuilding());
        if (s.rebuilding()) {
            showProgress(s.done(), s.total());
        }
        poll(s.rebuilding());
    }

    private void showProgress(long done, long total) {
        bar.setVisible(true);
        progressText.setVisible(true);
        bar.setIndeterminate(total <= 0);
        bar.setValue(total <= 0 ? 0 : Math.min(1.0, (double) done / total));
        NumberFormat n = NumberFormat.getIntegerInstance(getLocale());
        progressText.setText(getTranslation("searchIndex.progress", n.format(done), n.format(total)));
    }

    private String bytes(long bytes) {
        var nf = NumberFormat.getNumberInstance(getLocale());
        nf.setMaximumFractionDigits(1);
        if (bytes >= 1L << 30) {
            return nf.format(bytes / (double) (1L << 30)) + " GB";
        }
        if (bytes >= 1L << 20) {
            return nf.format(bytes / (double) (1L << 20)) + " MB";
        }
        if (bytes >= 1L << 10) {
            return nf.format(bytes / (double) (1L << 10)) + " KB";
        }
        return nf.format(bytes) + " B";
    }

    void confirmRebuild() {
        var dialog = new ConfirmDialog();
        dialog.setId("confirm-rebuild");
        dialog.setHeader(getTranslation("searchIndex.confirm.title"));
        dialog.setText(getTranslation("searchIndex.confirm.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        var confirm = new Button(getTranslation("searchIndex.rebuild"));
        confirm.setId("search-index-rebuild-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> {
            dialog.close();
            startRebuild();
        });
        dialog.setConfirmButton(confirm);
        dialog.open();
    }

    private void startRebuild() {
        UI ui = UI.getCurrent();
        rebuild.setEnabled(false);
        warning.setVisible(false);
        showProgress(0, 0);
        poll(false);
        AtomicLong lastShown = new AtomicLong(System.nanoTime() - PROGRESS_EVERY_NANOS);
        try {
            search.rebuild((done, total) -> {
                long now = System.nanoTime();
                long last = lastShown.get();
                boolean end = done >= total;
                if ((end || now - last >= PROGRESS_EVERY_NANOS) && lastShown.compareAndSet(last, now)) {
                    push(ui, () -> showProgress(done, total));
                }
            }).whenComplete((status, error) -> push(ui, () -> finished(status, error)));
        } catch (RuntimeException e) {
            rebuild.setEnabled(true);
            bar.setVisible(false);
            progressText.setVisible(false);
            Notifications.failure(e);
        }
    }

    /** Runs on the rebuild's thread, without the admin's security context: only what the future handed over. */
    private void finished(@Nullable IndexStatus status, @Nullable Throwable error) {
        if (error != null || status == null) {
            rebuild.setEnabled(true);
            bar.setVisible(false);
            progressText.setVisible(false);
            Notifications.error(getTranslation("searchIndex.failed"));
            return;
        }
        show(status);
        Notifications.success(getTranslation("searchIndex.rebuilt",
                NumberFormat.getIntegerInstance(getLocale()).format(status.documents())));
    }

    private static void push(UI ui, com.vaadin.flow.server.Command command) {
        try {
            ui.access(command);
        } catch (UIDetachedException e) {
            // the admin left the page; the rebuild goes on without it
        }
    }

    /** A rebuild not started here (start-up catch-up, another admin) is followed by polling the status. */
    private void poll(boolean on) {
        UI ui = getUI().orElse(null);
        if (on && polling == null && ui != null) {
            ui.setPollInterval(1000);
            polling = ui.addPollListener(e -> refresh());
        } else if (!on && polling != null) {
            polling.remove();
            polling = null;
            if (ui != null) {
                ui.setPollInterval(-1);
            }
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        refresh();
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        poll(false);
        super.onDetach(detachEvent);
    }
}
