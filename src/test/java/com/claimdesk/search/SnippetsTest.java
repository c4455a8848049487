package com.claimdesk.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SnippetsTest {

    @Test
    void a_short_passage_is_kept_whole() {
        assertThat(Snippets.around("The <mark>parcel</mark> &amp; box", 160)).isEqualTo("The <mark>parcel</mark> &amp; box");
    }

    @Test
    void a_long_passage_is_cut_around_its_first_mark_without_splitting_an_entity_or_leaving_a_mark_open() {
        String before = "a &amp; b ".repeat(30);
        String after = " and then &lt;more&gt; text".repeat(20);
        String cut = Snippets.around(before + "<mark>customs</mark>" + after, 60);

        assertThat(cut).startsWith("…").endsWith("…").contains("<mark>customs</mark>");
        assertThat(cut.replaceAll("&(amp|lt|gt);", "")).doesNotContain("&");
        String visible = cut.replace("<mark>", "").replace("</mark>", "").replaceAll("&\\w+;", "x");
        assertThat(visible.codePointCount(0, visible.length())).isLessThanOrEqualTo(62);
    }

    @Test
    void a_mark_cut_at_the_end_is_closed() {
        String cut = Snippets.around("x".repeat(10) + "<mark>" + "y".repeat(100) + "</mark>", 30);

        assertThat(cut).endsWith("</mark>…");
        assertThat(cut.split("<mark>", -1).length).isEqualTo(cut.split("</mark>", -1).length);
    }
}
