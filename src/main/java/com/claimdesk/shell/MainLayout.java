package com.claimdesk.shell;

import com.claimdesk.base.i18n.MessagesI18NProvider;
import com.claimdesk.notification.ui.NotificationBell;
import com.claimdesk.security.ClaimDeskUserDetails;
import com.claimdesk.security.CurrentUser;
import com.claimdesk.security.UserService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldVariant;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;

import java.util.Locale;

/**
 * The frame around every signed-in view. The side navigation lists the views the user may open (Vaadin filters
 * {@code @Menu} entries by their access annotations), so an agent never sees the admin's entries.
 */
@Layout
@PermitAll
public final class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final transient AuthenticationContext authenticationContext;
    private final transient UserService userService;
    private final H1 viewTitle = new H1();
    private final SideNav nav = new SideNav();
    /** The approvals entry, for managers: its badge counts the refunds waiting for them. */
    private @Nullable SideNavItem approvals;

    private final transient com.claimdesk.refund.RefundService refunds;
    private final NotificationBell bell;
    /** The saved views of the queue with their counts, refreshed on every navigation like the approvals badge. */
    private final com.claimdesk.complaint.ui.SavedViewsNav savedViews;

    MainLayout(AuthenticationContext authenticationContext, UserService userService,
               com.claimdesk.refund.RefundService refunds, NotificationBell bell,
               com.claimdesk.complaint.ui.SavedViewsNav savedViews) {
        this.savedViews = savedViews;
        this.authenticationContext = authenticationContext;
        this.userService = userService;
        this.refunds = refunds;
        this.bell = bell;
        setPrimarySection(Section.DRAWER);

        var brand = new Div(new Icon(VaadinIcon.CLIPBOARD_CHECK), new Span("ClaimDesk"));
        brand.addClassName("cd-brand");
        addToDrawer(brand, new Scroller(new Div(nav, savedViews)));

        viewTitle.addClassName("cd-view-title");
        var spacer = new Div();
        spacer.addClassName("cd-spacer");
        addToNavbar(new DrawerToggle(), viewTitle, spacer);
        if (CurrentUser.get().map(u -> u.hasRole(com.claimdesk.security.Role.AGENT)).orElse(false)) {
            addToNavbar(createSearchBox());
        }
        addToNavbar(bell, createUserMenu());
    }

    /** Search from every page: Enter opens the search page with the words (route "search", no import of it). */
    private Component createSearchBox() {
        var box = new TextField();
        box.setId("header-search");
        box.setPlaceholder(getTranslation("search.header.placeholder"));
        box.getElement().setAttribute("aria-label", getTranslation("search.label"));
        box.setPrefixComponent(new Icon(VaadinIcon.SEARCH));
        box.setClearButtonVisible(true);
        box.setMaxLength(200);
        box.addClassName("cd-header-search");
        box.addThemeVariants(TextFieldVariant.LUMO_SMALL);
        box.addKeyPressListener(Key.ENTER, e -> {
            String words = box.getValue().strip();
            box.clear();
            getUI().ifPresent(ui -> ui.navigate("search",
                    words.isEmpty() ? QueryParameters.empty() : QueryParameters.of("q", words)));
        });
        return box;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        // the entries depend on the user's roles and language, which a page keeps (a language change reloads it):
        // built at the first navigation only, checking every view's access once instead of on every navigation
        if (nav.getItems().isEmpty()) {
            MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(createItem(entry)));
        }
        viewTitle.setText(MenuConfiguration.getPageHeader(getContent()).orElse(""));
        if (approvals != null) {
            showWaitingApprovals(approvals);
        }
        bell.refresh();
        savedViews.refresh();
    }

    private SideNavItem createItem(MenuEntry entry) {
        String title = getTranslation(entry.title());
        var item = entry.icon() != null
                ? new SideNavItem(title, entry.path(), new Icon(entry.icon()))
                : new SideNavItem(title, entry.path());
        item.setMatchNested(true);
        if (entry.path().replaceFirst("^/", "").equals("approvals")) {
            approvals = item;
        }
        return item;
    }

    /** How many refunds wait for me, refreshed on every navigation. */
    private void showWaitingApprovals(SideNavItem item) {
        int waiting = refunds.countWaitingForMe();
        if (waiting == 0) {
            item.setSuffixComponent(null);
            return;
        }
        Span badge;
        if (item.getSuffixComponent() instanceof Span shown) {
            badge = shown;
        } else {
            badge = new Span();
            badge.addClassNames("cd-badge", "cd-badge-urgent");
            badge.setId("approvals-badge");
            item.setSuffixComponent(badge);
        }
        badge.setText(String.valueOf(waiting));
    }

    private Component createUserMenu() {
        var menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        menu.addClassName("cd-user-menu");
        ClaimDeskUserDetails user = CurrentUser.get().orElse(null);
        String name = user != null ? user.displayName() : "";
        var avatar = new Avatar(name);
        avatar.addThemeVariants(com.vaadin.flow.component.avatar.AvatarVariant.LUMO_XSMALL);
        var root = menu.addItem(new Div(avatar, new Span(name)));
        root.setId("user-menu");
        var sub = root.getSubMenu();

        var language = sub.addItem(getTranslation("menu.language"));
        language.getSubMenu().addItem("English", e -> switchLanguage(MessagesI18NProvider.ENGLISH))
                .setId("lang-en");
        language.getSubMenu().addItem("简体中文", e -> switchLanguage(MessagesI18NProvider.SIMPLIFIED_CHINESE))
                .setId("lang-zh");
        sub.addItem(getTranslation("menu.changePassword"), e -> getUI().ifPresent(ui -> ui.navigate("account/password")))
                .setId("menu-change-password");
        sub.addItem(getTranslation("menu.logout"), e -> authenticationContext.logout()).setId("menu-logout");
        return menu;
    }

    private void switchLanguage(Locale locale) {
        userService.setOwnLocale(locale);
        getUI().ifPresent(ui -> {
            ui.getSession().setLocale(locale);
            ui.getPage().reload();
        });
    }
}
