package com.claimdesk.search;

import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizerFactory;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analysers of the case document, the same names on both backends (docs/decisions/140-search.md).
 * <ul>
 *   <li>{@code text}: the default for every text, and the one highlighted: Unicode words, lower case, English
 *   possessives and stems (Porter: "damaged" finds "Damage", "photos" finds "photo"), and Chinese, Japanese and
 *   Korean as overlapping pairs of characters (海关扣货: 海关 关扣 扣货), so that 海关 finds 海关扣货 in any text
 *   without knowing its language. No stop words: BM25 already weighs frequent words down.</li>
 *   <li>{@code european}: German, Spanish and French light stems (each with its language's folding) stacked at
 *   each word's position, each stem once ({@link EuropeanAnalyzer}; Elasticsearch's {@code multiplexer}).</li>
 *   <li>{@code chinese}: words by smartcn's hidden Markov model (Lucene backend; Elasticsearch without the
 *   analysis-smartcn plugin uses its built-in {@code cjk} pairs).</li>
 *   <li>{@code name}: buyer names, folded to ASCII (Müller finds Muller), CJK in pairs.</li>
 *   <li>{@code fileName}: file names split at dots, dashes and underscores.</li>
 *   <li>{@code identifier} (normaliser): a keyword in lower case.</li>
 * </ul>
 */
final class Analysis {

    static final String TEXT = "text";
    static final String EUROPEAN = "european";
    static final String CHINESE = "chinese";
    static final String NAME = "name";
    static final String FILE_NAME = "fileName";
    static final String IDENTIFIER = "identifier";

    private Analysis() {
    }

    static final class Lucene implements LuceneAnalysisConfigurer {
        @Override
        public void configure(LuceneAnalysisConfigurationContext ctx) {
            ctx.analyzer(TEXT).custom()
                    .tokenizer("standard")
                    .tokenFilter("cjkWidth")
                    .tokenFilter("lowercase")
                    .tokenFilter("cjkBigram")
                    .tokenFilter("englishPossessive")
                    .tokenFilter("porterStem");
            ctx.analyzer(EUROPEAN).instance(new EuropeanAnalyzer());
            ctx.analyzer(CHINESE).custom()
                    .tokenizer(HMMChineseTokenizerFactory.class)
                    .tokenFilter("lowercase");
            ctx.analyzer(NAME).custom()
                    .tokenizer("standard")
                    .tokenFilter("cjkWidth")
                    .tokenFilter("lowercase")
                    .tokenFilter("asciiFolding")
                    .tokenFilter("cjkBigram");
            ctx.analyzer(FILE_NAME).custom()
                    .tokenizer("standard")
                    .charFilter("patternReplace").param("pattern", "[._/\\-]+").param("replacement", " ")
                    .tokenFilter("lowercase")
                    .tokenFilter("asciiFolding");
            ctx.normalizer(IDENTIFIER).custom()
                    .tokenFilter("lowercase")
                    .tokenFilter("asciiFolding");
        }
    }

    static final class Elasticsearch implements ElasticsearchAnalysisConfigurer {
        @Override
        public void configure(ElasticsearchAnalysisConfigurationContext ctx) {
            ctx.tokenFilter("text_possessive").type("stemmer").param("language", "possessive_english");
            ctx.tokenFilter("text_stem").type("stemmer").param("language", "porter");
            ctx.tokenFilter("german_stem").type("stemmer").param("language", "light_german");
            ctx.tokenFilter("spanish_stem").type("stemmer").param("language", "light_spanish");
            ctx.tokenFilter("french_stem").type("stemmer").param("language", "light_french");
            ctx.tokenFilter("french_elision").type("elision").param("articles_case", true)
                    .param("articles", "l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu",
                            "puisqu");
            ctx.charFilter("file_name_split").type("pattern_replace").param("pattern", "[._/\\-]+")
                    .param("replacement", " ");
            ctx.analyzer(TEXT).custom().tokenizer("standard")
                    .tokenFilters("cjk_width", "lowercase", "cjk_bigram", "text_possessive", "text_stem");
            // each word through each language's chain, the results at its position, each once (EuropeanAnalyzer)
            ctx.tokenFilter("european_stems").type("multiplexer")
                    .param("filters", "german_normalization, german_stem", "asciifolding, spanish_stem",
                            "asciifolding, french_stem")
                    .param("preserve_original", false);
            ctx.analyzer(EUROPEAN).custom().tokenizer("standard")
                    .tokenFilters("french_elision", "lowercase", "european_stems");
            // smartcn needs a plugin on the cluster; the built-in cjk analyser needs none
            ctx.analyzer(CHINESE).type("cjk");
            ctx.analyzer(NAME).custom().tokenizer("standard")
                    .tokenFilters("cjk_width", "lowercase", "asciifolding", "cjk_bigram");
            ctx.analyzer(FILE_NAME).custom().tokenizer("standard").charFilters("file_name_split")
                    .tokenFilters("lowercase", "asciifolding");
            ctx.normalizer(IDENTIFIER).custom().tokenFilters("lowercase", "asciifolding");
        }
    }
}
