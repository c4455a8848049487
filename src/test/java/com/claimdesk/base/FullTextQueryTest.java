package com.claimdesk.base;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FullTextQueryTest {

    @Test
    void every_word_of_three_letters_or_more_is_required_as_a_prefix() {
        assertThat(FullTextQuery.booleanPrefixes("damaged photo")).isEqualTo("+damaged* +photo*");
        assertThat(FullTextQuery.booleanPrefixes("CD-2026-218673")).isEqualTo("+2026* +218673*");
        assertThat(FullTextQuery.booleanPrefixes("a b")).isEmpty();
    }

    @Test
    void of_each_word_only_its_longest_part_between_punctuation_is_required() {
        assertThat(FullTextQuery.longestPartPrefixes("CD-2026-218673")).isEqualTo("+218673*");
        assertThat(FullTextQuery.longestPartPrefixes("T-PGab12cd-3")).isEqualTo("+PGab12cd*");
        assertThat(FullTextQuery.longestPartPrefixes("Emma Dubois")).isEqualTo("+Emma* +Dubois*");
        assertThat(FullTextQuery.longestPartPrefixes("  LX442288637CN ")).isEqualTo("+LX442288637CN*");
        assertThat(FullTextQuery.longestPartPrefixes("A-1 ok")).isEmpty();
        assertThat(FullTextQuery.longestPartPrefixes("王小明")).isEqualTo("+王小明*");
    }
}
