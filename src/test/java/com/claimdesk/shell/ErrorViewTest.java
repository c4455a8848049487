package com.claimdesk.shell;

import com.claimdesk.KaribuTest;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class ErrorViewTest extends KaribuTest {

    @Test
    void an_unexpected_error_shows_a_reference_the_user_can_quote() {
        login("agent");
        navigate("test/failing");
        _get(ErrorView.class);
        assertThat(_get(Span.class, s -> s.withId("error-reference")).getText()).matches("ERR-\\d{8}-[A-Z2-9]{6}");
    }
}
