package com.claimdesk.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * German, Spanish and French words in one field: each word's light stem in each of the three languages, stacked at
 * the word's position, the same stem once ({@code Rückerstattungen} gives {@code ruckerstattung},
 * {@code ruckerstattungen} and so on). A word is then looked up in one field instead of three, and a match counts
 * once (the stems at one position are synonyms to BM25). The Elasticsearch twin is the built-in {@code multiplexer}
 * filter over the same chains, which also keeps each token once per position ({@link Analysis.Elasticsearch}).
 */
final class EuropeanAnalyzer extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer words = new StandardTokenizer();
        TokenStream stream = new ElisionFilter(words, FrenchAnalyzer.DEFAULT_ARTICLES);
        stream = new LowerCaseFilter(stream);
        stream = new StackedStems(stream, List.of(
                s -> new GermanLightStemFilter(new GermanNormalizationFilter(s)),
                s -> new SpanishLightStemFilter(new ASCIIFoldingFilter(s)),
                s -> new FrenchLightStemFilter(new ASCIIFoldingFilter(s))));
        return new TokenStreamComponents(words, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }

    /** Each token through each chain, the distinct results at the token's position, in the chains' order. */
    static final class StackedStems extends TokenFilter {

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private final List<Chain> chains;
        private final ArrayDeque<String> stacked = new ArrayDeque<>();
        private @Nullable State current;

        StackedStems(TokenStream input, List<UnaryOperator<TokenStream>> chains) {
            super(input);
            this.chains = chains.stream().map(Chain::new).toList();
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!stacked.isEmpty() && current != null) {
                restoreState(current);
                term.setEmpty().append(stacked.poll());
                increment.setPositionIncrement(0);
                return true;
            }
            if (!input.incrementToken()) {
                return false;
            }
            String word = term.toString();
            Set<String> stems = new LinkedHashSet<>();
            for (Chain chain : chains) {
                stems.add(chain.apply(word));
            }
            var each = stems.iterator();
            term.setEmpty().append(each.next());
            current = captureState();
            each.forEachRemaining(stacked::add);
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            stacked.clear();
            current = null;
        }
    }

    /** A filter chain applied to one word at a time. */
    private static final class Chain {

        private final OneWord source = new OneWord();
        private final TokenStream filters;
        private final CharTermAttribute out;

        Chain(UnaryOperator<TokenStream> chain) {
            this.filters = chain.apply(source);
            this.out = filters.getAttribute(CharTermAttribute.class);
        }

        String apply(String word) {
            try {
                source.word = word;
                filters.reset();
                String result = filters.incrementToken() ? out.toString() : word;
                filters.end();
                return result;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A token stream of one word, reset for each word. */
    private static final class OneWord extends TokenStream {

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private String word = "";
        private boolean given;

        @Override
        public boolean incrementToken() {
            if (given) {
                return false;
            }
            clearAttributes();
            term.setEmpty().append(word);
            given = true;
            return true;
        }

        @Override
        public void reset() {
            given = false;
        }
    }
}
