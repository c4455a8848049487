package com.claimdesk;

import com.claimdesk.complaint.ComplaintService;
import com.claimdesk.security.UserService;
import com.claimdesk.shell.MainLayout;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The main layout: navigation by role, the language switch, and access to admin pages. */
class ShellTest extends KaribuTest {

    private java.util.List<String> navItems() {
        return _get(SideNav.class).getItems().stream().map(SideNavItem::getLabel).toList();
    }

    @Test
    void an_agent_sees_the_queue_and_new_case_but_not_user_administration() {
        login("agent");
        navigate("cases");
        assertThat(navItems()).containsExactly("Queue", "Search", "New case", "Prevention checklist");
    }

    @Test
    void an_admin_sees_user_administration() {
        login("admin");
        navigate("admin/users");
        assertThat(navItems()).contains("Users", "Search index").doesNotContain("Queue", "Search");
    }

    @Test
    void signing_in_lands_an_agent_in_the_queue_and_an_admin_in_user_administration() {
        login("agent");
        navigate("");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("cases");
        login("admin");
        navigate("");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("admin/users");
        assertThat(_find(com.vaadin.flow.component.grid.Grid.class, s -> s.withId("users-grid"))).hasSize(1);
    }

    @Test
    void an_agent_cannot_open_the_admin_page_by_its_address() {
        login("agent");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> navigate("admin/users"))
                .hasMessageContaining("Access is denied");
        assertThat(_find(com.vaadin.flow.component.grid.Grid.class, s -> s.withId("users-grid"))).isEmpty();
    }

    @Test
    void the_user_menu_switches_to_chinese_and_remembers_it() {
        login("agent3");
        navigate("cases");
        var menu = _get(MenuBar.class, s -> s.withClasses("cd-user-menu"));
        var chinese = menu.getItems().getFirst().getSubMenu().getItems().stream()
                .flatMap(i -> i.getSubMenu().getItems().stream())
                .filter(i -> "lang-zh".equals(i.getId().orElse(""))).findFirst().orElseThrow();
        com.github.mvysny.kaributesting.v10.ContextMenuKt._click(menu, chinese);

        assertThat(UI.getCurrent().getSession().getLocale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(userService.loadUserByUsername("agent3").locale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        navigate("cases/new");
        assertThat(navItems()).contains("新建工单");
        // back to English so other tests see the defaults
        userService.setOwnLocale(Locale.ENGLISH);
    }

    @Test
    void the_layout_frames_signed_in_views() {
        login("manager");
        navigate("cases");
        assertThat(_find(MainLayout.class)).hasSize(1);
        assertThat(ctx.getBean(ComplaintService.class)).isNotNull();
        assertThat(ctx.getBean(UserService.class)).isNotNull();
    }
}
