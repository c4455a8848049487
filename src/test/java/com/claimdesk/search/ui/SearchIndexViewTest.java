package com.claimdesk.search.ui;

import com.claimdesk.KaribuTest;
import com.claimdesk.search.CaseSearch;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class SearchIndexViewTest extends KaribuTest {

    @Autowired
    CaseSearch search;

    private static String text(String id) {
        return _get(Component.class, s -> s.withId(id)).getElement().getTextRecursively();
    }

    private void awaitNoRebuild() {
        await().pollInSameThread().atMost(120, TimeUnit.SECONDS).until(() -> !search.status().rebuilding());
    }

    @Test
    void an_admin_sees_the_index_against_the_cases_and_rebuilds_it_with_live_progress() {
        login("admin");
        awaitNoRebuild();
        navigate("admin/search-index");
        var view = _get(SearchIndexView.class);

        assertThat(text("search-index-backend")).isEqualTo("Lucene (a folder of this node)");
        assertThat(text("search-index-documents")).matches("[\\d,]+ of [\\d,]+ cases");
        assertThat(text("search-index-size")).matches("[\\d.,]+ (B|KB|MB|GB)");
        assertThat(view.rebuild.isEnabled()).isTrue();
        assertThat(view.bar.isVisible()).isFalse();

        _click(view.rebuild);
        _get(ConfirmDialog.class);
        _click(_get(com.vaadin.flow.component.button.Button.class, s -> s.withId("search-index-rebuild-confirm")));

        assertThat(view.rebuild.isEnabled()).as("disabled while the rebuild runs").isFalse();
        assertThat(view.bar.isVisible()).isTrue();
        List<Double> seen = new ArrayList<>();
        // the rebuild's thread pushes its progress with UI.access; a round trip runs what it queued
        await().pollInSameThread().atMost(120, TimeUnit.SECONDS).pollInterval(Duration.ofMillis(20)).until(() -> {
            MockVaadin.clientRoundtrip(false);
            seen.add(view.bar.getValue());
            return view.rebuild.isEnabled();
        });

        assertThat(seen).isSorted();
        assertThat(getNotifications()).extracting(n -> n.getElement().getProperty("text", ""))
                .anySatisfy(t -> assertThat(t).matches("Search index rebuilt: [\\d,]+ cases indexed\\."));
        assertThat(view.bar.isVisible()).isFalse();
        var status = search.status();
        assertThat(status.rebuilding()).isFalse();
        assertThat(status.documents()).isEqualTo(status.cases());
        assertThat(text("search-index-last-rebuild")).isNotEqualTo("Never on this node");
    }

    @Test
    void only_admins_see_the_index() {
        login("lead");
        assertThatThrownBy(() -> navigate("admin/search-index")).hasMessageContaining("Access is denied");
    }

}
