package com.claimdesk.workspace.ui;

import com.claimdesk.KaribuTest;
import com.claimdesk.security.Role;
import com.claimdesk.workspace.CaseContext;
import com.claimdesk.workspace.CasePanel;
import com.claimdesk.workspace.CaseSection;
import com.claimdesk.workspace.CaseSource;
import com.claimdesk.workspace.CaseTab;
import com.claimdesk.workspace.LoadedCase;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The case page as a frame the features fill: contributions found as beans, built when first needed, told of the
 * case's changes, built again or dropped as their lifetime says, and nothing of one case left on the next. Made of
 * contributions written here, so that the frame is tested apart from the features.
 */
class CaseFrameTest extends KaribuTest {

    /** Cases by number; a change raises the version and the text the parts show. */
    private final Map<String, long[]> versions = new HashMap<>();
    private final List<String> built = new ArrayList<>();

    private final CaseSource source = number -> {
        long[] v = versions.computeIfAbsent(number, n -> new long[]{1});
        return new LoadedCase(number.hashCode(), number, v[0], number + " · Test Buyer", number + " v" + v[0]);
    };

    private void change(String number) {
        versions.get(number)[0]++;
    }

    private CaseTab tab(String id, int order, CaseTab.Lifetime lifetime, Role role, Function<CaseContext, Component> content) {
        return new CaseTab() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public int order() {
                return order;
            }

            @Override
            public String titleKey() {
                return "tab.thread";
            }

            @Override
            public Role requiredRole() {
                return role;
            }

            @Override
            public Lifetime lifetime() {
                return lifetime;
            }

            @Override
            public Component create(CaseContext context) {
                built.add(id + " " + context.snapshot(String.class));
                return content.apply(context);
            }
        };
    }

    /** A part that shows the snapshot and follows the case's changes. */
    private static Component following(String id, CaseContext context) {
        var text = new Span(context.snapshot(String.class));
        text.setId(id);
        context.onChange(() -> text.setText(context.snapshot(String.class)));
        return text;
    }

    private CasePanel panel(CasePanel.Slot slot, int order, Function<CaseContext, Component> content) {
        return new CasePanel() {
            @Override
            public Slot slot() {
                return slot;
            }

            @Override
            public int order() {
                return order;
            }

            @Override
            public Component create(CaseContext context) {
                return content.apply(context);
            }
        };
    }

    private final List<CaseContext> versionTabContexts = new ArrayList<>();

    private CaseWorkspaceView page() {
        var tabs = List.of(
                tab("tab-b", 200, CaseTab.Lifetime.VERSION, null, c -> {
                    versionTabContexts.add(c);
                    var s = new Span(c.snapshot(String.class));
                    s.setId("version-content");
                    return s;
                }),
                tab("tab-a", 100, CaseTab.Lifetime.CASE, null, c -> following("case-content", c)),
                tab("tab-c", 300, CaseTab.Lifetime.OPENING, null, c -> new Span("opened")),
                tab("tab-lead", 400, CaseTab.Lifetime.CASE, Role.LEAD, c -> new Span("for leads")));
        CaseSection section = new CaseSection() {
            @Override
            public String tab() {
                return "tab-a";
            }

            @Override
            public int order() {
                return 1;
            }

            @Override
            public Component create(CaseContext context) {
                var heard = new Span();
                heard.setId("section-heard");
                context.subscribe(Integer.class, n -> heard.setText("heard " + n));
                return heard;
            }
        };
        var panels = List.of(
                panel(CasePanel.Slot.SIDE, 1, c -> following("side-content", c)),
                panel(CasePanel.Slot.FACTS, 1, c -> {
                    var publish = new Span();
                    publish.setId("publisher");
                    publish.addClickListener(e -> c.publish(42));
                    return publish;
                }));
        var view = new CaseWorkspaceView(source, tabs, List.of(section), panels, ctx.getBean(PresenceRegistry.class));
        com.vaadin.flow.component.UI.getCurrent().add(view);
        return view;
    }

    private static TabSheet tabs() {
        return _get(TabSheet.class, s -> s.withId("case-tabs"));
    }

    private static void select(String id) {
        tabs().setSelectedTab(_get(Tab.class, s -> s.withId(id)));
    }

    @Test
    void tabs_come_in_their_order_and_only_those_the_user_may_see() {
        login("agent");
        page().open("CD-1");
        assertThat(_find(Tab.class).stream().map(t -> t.getId().orElseThrow()))
                .containsExactly("tab-a", "tab-b", "tab-c");
        assertThat(_get(com.vaadin.flow.component.html.H2.class, s -> s.withId("case-title")).getText())
                .isEqualTo("CD-1 · Test Buyer");
    }

    @Test
    void a_tab_is_built_when_first_opened_and_a_case_tab_then_follows_the_case() {
        login("lead");
        var view = page();
        view.open("CD-2");
        assertThat(built).containsExactly("tab-a CD-2 v1");
        assertThat(_find(Span.class, s -> s.withId("version-content"))).isEmpty();

        change("CD-2");
        view.open("CD-2"); // the same case again: a change, not a new page
        assertThat(_get(Span.class, s -> s.withId("case-content")).getText()).isEqualTo("CD-2 v2");
        assertThat(_get(Span.class, s -> s.withId("side-content")).getText()).isEqualTo("CD-2 v2");
        assertThat(built).containsExactly("tab-a CD-2 v1");

        select("tab-lead");
        select("tab-a");
        assertThat(built).containsExactly("tab-a CD-2 v1", "tab-lead CD-2 v2");
    }

    @Test
    void a_version_tab_is_built_again_when_the_case_changes_while_it_is_open_and_dropped_while_it_is_not() {
        login("agent");
        var view = page();
        view.open("CD-3");
        var caseContent = _get(Span.class, s -> s.withId("case-content"));
        select("tab-b");
        assertThat(built).containsExactly("tab-a CD-3 v1", "tab-b CD-3 v1");

        change("CD-3");
        versionTabContexts.getLast().caseChanged();
        assertThat(built).endsWith("tab-b CD-3 v2");
        assertThat(_get(Span.class, s -> s.withId("version-content")).getText()).isEqualTo("CD-3 v2");

        // kept when the tab says it has shown the change itself
        change("CD-3");
        versionTabContexts.getLast().caseChangedKeepingThis();
        assertThat(built).hasSize(3);
        assertThat(caseContent.getText()).as("a hidden case tab follows too").isEqualTo("CD-3 v3");

        select("tab-a");
        change("CD-3");
        view.open("CD-3");
        assertThat(built).hasSize(3);
        select("tab-b");
        assertThat(built).endsWith("tab-b CD-3 v4");
    }

    @Test
    void an_opening_tab_is_built_every_time_it_is_opened() {
        login("agent");
        page().open("CD-4");
        select("tab-c");
        select("tab-a");
        select("tab-c");
        assertThat(built).containsExactly("tab-a CD-4 v1", "tab-c CD-4 v1", "tab-c CD-4 v1");
    }

    @Test
    void a_change_that_may_not_have_happened_is_shown_only_if_the_version_moved() {
        login("agent");
        var view = page();
        view.open("CD-5");
        select("tab-b");
        var context = versionTabContexts.getLast();
        context.caseMayHaveChanged();
        assertThat(built).containsExactly("tab-a CD-5 v1", "tab-b CD-5 v1");
        change("CD-5");
        context.caseMayHaveChanged();
        assertThat(built).containsExactly("tab-a CD-5 v1", "tab-b CD-5 v1", "tab-b CD-5 v2");
    }

    @Test
    void sections_go_below_their_tab_and_parts_hear_what_others_publish() {
        login("agent");
        page().open("CD-6");
        var heard = _get(Span.class, s -> s.withId("section-heard"));
        assertThat(heard.getParent().orElseThrow().getChildren().toList().indexOf(heard)).isEqualTo(1);
        com.github.mvysny.kaributesting.v10.LocatorJ._click(_get(Span.class, s -> s.withId("publisher")));
        assertThat(heard.getText()).isEqualTo("heard 42");
    }

    @Test
    void another_case_starts_from_nothing_of_the_previous_one() {
        login("agent");
        var view = page();
        view.open("CD-7");
        var firstContent = _get(Span.class, s -> s.withId("case-content"));
        select("tab-b");

        view.open("CD-8");
        assertThat(tabs().getSelectedTab().getId()).hasValue("tab-a");
        assertThat(_get(Span.class, s -> s.withId("case-content")).getText()).isEqualTo("CD-8 v1");
        assertThat(_find(Span.class, s -> s.withId("case-content"))).doesNotContain(firstContent);
        assertThat(_get(Span.class, s -> s.withId("side-content")).getText()).isEqualTo("CD-8 v1");
        assertThat(_find(Span.class, s -> s.withId("version-content"))).isEmpty();
        // the presence sits at the end of the header, since no panel placed it
        assertThat(view.presenceLabel.getParent().flatMap(p -> p.getChildren().reduce((a, b) -> b)))
                .hasValue(view.presenceLabel);

        // a part of the previous case hears of no change any more
        change("CD-8");
        view.open("CD-8");
        assertThat(_get(Span.class, s -> s.withId("case-content")).getText()).isEqualTo("CD-8 v2");
        assertThat(firstContent.getText()).isEqualTo("CD-7 v1");
    }
}
