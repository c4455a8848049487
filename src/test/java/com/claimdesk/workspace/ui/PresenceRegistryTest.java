package com.claimdesk.workspace.ui;

import com.claimdesk.KaribuTest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PresenceRegistryTest extends KaribuTest {

    @Test
    void each_viewer_learns_who_else_has_the_case_open_and_when_they_leave() {
        var registry = ctx.getBean(PresenceRegistry.class);
        UI first = UI.getCurrent();
        UI second = new UI();
        second.getInternals().setSession(first.getSession());
        List<List<String>> seenByFirst = new ArrayList<>();
        List<List<String>> seenBySecond = new ArrayList<>();

        var a = registry.open("CD-2026-000001", first, 1, "Li Wei", seenByFirst::add);
        var b = registry.open("CD-2026-000001", second, 2, "Chen Jing", seenBySecond::add);
        MockVaadin.clientRoundtrip(false);
        assertThat(seenByFirst.getLast()).containsExactly("Chen Jing");
        assertThat(registry.othersViewing("CD-2026-000001", 2)).containsExactly("Li Wei");

        b.remove();
        MockVaadin.clientRoundtrip(false);
        assertThat(seenByFirst.getLast()).isEmpty();
        a.remove();
        assertThat(registry.othersViewing("CD-2026-000001", 1)).isEmpty();
    }

    @Test
    void the_same_user_in_two_tabs_is_not_reported_as_someone_else() {
        var registry = ctx.getBean(PresenceRegistry.class);
        UI first = UI.getCurrent();
        UI second = new UI();
        second.getInternals().setSession(first.getSession());
        registry.open("CD-2026-000002", first, 1, "Li Wei", others -> { });
        registry.open("CD-2026-000002", second, 1, "Li Wei", others -> { });
        assertThat(registry.othersViewing("CD-2026-000002", 1)).isEmpty();
    }
}
