package com.claimdesk.complaint.ui;

import com.claimdesk.base.ui.Formats;
import com.claimdesk.complaint.SavedFilterItem;
import com.claimdesk.complaint.SavedFilterService;
import com.claimdesk.security.CurrentUser;
import com.claimdesk.security.Role;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.shared.Registration;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Scope;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The saved views in the side menu, each with the number of cases it matches; opening one opens the queue with its
 * filters. The frame calls {@link #refresh()} on every navigation: the entries are rebuilt only when the views
 * changed, otherwise only their counts are set (one capped count per view, see {@link SavedFilterService}).
 */
@Component
@Scope("prototype")
@NamedInterface("saved-views-nav")
public class SavedViewsNav extends Div {

    private final transient SavedFilterService views;
    private final SideNav nav = new SideNav();
    /** The badges of the entries shown, by view id; the entries' names and scopes, to see whether they changed. */
    private final Map<Long, Span> badges = new HashMap<>();
    private List<String> shown = List.of();
    private @Nullable Registration changes;

    SavedViewsNav(SavedFilterService views) {
        this.views = views;
        setId("saved-views");
        addClassName("cd-saved-views");
        nav.setLabel(getTranslation("savedView.menu"));
        nav.setCollapsible(true);
        var manage = new Button(getTranslation("savedView.manage"), VaadinIcon.COG.create(),
                e -> new ManageViewsDialog(views).open());
        manage.setId("saved-views-manage");
        manage.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        add(nav, manage);
        setVisible(false);
    }

    /** Lists the views anew with fresh counts; for users who work no cases there is nothing to list. */
    public void refresh() {
        if (!CurrentUser.get().map(u -> u.hasRole(Role.AGENT)).orElse(false)) {
            setVisible(false);
            return;
        }
        var counted = views.visibleWithCounts(Formats.zone());
        setVisible(!counted.isEmpty());
        List<String> now = counted.stream().map(c -> c.view().id() + ":" + c.view().team() + ":" + c.view().name())
                .toList();
        if (!now.equals(shown)) {
            nav.removeAll();
            badges.clear();
            counted.forEach(c -> nav.addItem(entry(c.view())));
            shown = now;
        }
        counted.forEach(c -> {
            var badge = badges.get(c.view().id());
            badge.setText(c.capped() ? SavedFilterService.COUNT_CAP + "+" : String.valueOf(c.count()));
        });
    }

    private SideNavItem entry(SavedFilterItem view) {
        var item = new SideNavItem(view.name(), "cases",
                new Icon(view.team() ? VaadinIcon.USERS : VaadinIcon.FILTER));
        item.setQueryParameters(QueueUrl.of(view.criteria()).toQueryParameters());
        item.setId("saved-view-" + view.id());
        item.setTooltipText(getTranslation(view.team() ? "savedView.team" : "savedView.mine"));
        var badge = new Span();
        badge.addClassNames("cd-badge", "cd-saved-view-count");
        item.setSuffixComponent(badge);
        badges.put(view.id(), badge);
        return item;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        changes = ComponentUtil.addListener(attachEvent.getUI(), SavedViewsChanged.class, e -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (changes != null) {
            changes.remove();
            changes = null;
        }
        super.onDetach(detachEvent);
    }
}
