package com.claimdesk.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EuropeanAnalyzerTest {

    private final Analyzer analyzer = new EuropeanAnalyzer();

    @Test
    void each_word_gives_its_german_spanish_and_french_stems_at_its_position_each_stem_once() throws IOException {
        // German: Rückerstattungen → ruckerstattung; Spanish and French fold ü and strip less or more
        List<String> tokens = tokens("Die Rückerstattungen");
        assertThat(tokens).first().isEqualTo("die@0");
        assertThat(tokens).filteredOn(t -> t.endsWith("@1")).contains("ruckerstattung@1").doesNotHaveDuplicates();
        assertThat(tokens).noneMatch(t -> t.endsWith("@2"));
        // one stem in every language: one token
        assertThat(tokens("box")).containsExactly("box@0");
        // French elision, Spanish plural, German umlaut folding, offsets kept for every stacked stem
        assertThat(tokens("l'emballage")).contains("emballag@0");
        assertThat(tokens("devoluciones")).contains("devolucion@0");
        assertThat(tokens("Zollgebühren")).contains("zollgebuhr@0");
        assertThat(offsets("Die Rückerstattungen")).allMatch(o -> o.equals("0-3") || o.equals("4-20"));
    }

    @Test
    void the_same_analyser_runs_again_on_another_text() throws IOException {
        assertThat(tokens("paquetes dañados")).isEqualTo(tokens("paquetes dañados"));
        assertThat(tokens("")).isEmpty();
    }

    private List<String> tokens(String text) throws IOException {
        return AnalyzerTokens.tokens(analyzer, text);
    }

    private List<String> offsets(String text) throws IOException {
        List<String> offsets = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("f", text)) {
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                offsets.add(offset.startOffset() + "-" + offset.endOffset());
            }
            stream.end();
        }
        return offsets;
    }
}
