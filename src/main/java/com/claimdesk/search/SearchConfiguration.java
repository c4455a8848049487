package com.claimdesk.search;

import com.claimdesk.base.ClaimDeskProperties;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.AnnotatedTypeSource;
import org.hibernate.search.mapper.pojo.standalone.mapping.CloseableSearchMapping;
import org.hibernate.search.mapper.pojo.standalone.mapping.SearchMapping;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.lang.invoke.MethodHandles;
import java.nio.file.Path;

/**
 * Hibernate Search's standalone mapper over {@link CaseDocument}, configured from {@code claimdesk.search.*} rather
 * than through JPA (the case document is no entity); closed with the context, which commits the Lucene index.
 */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SearchConfiguration.class);

    /** The folder of the Lucene index, also where the index notes its state (rebuilt when, layout). */
    @Bean
    SearchFolder searchFolder(SearchProperties search, ClaimDeskProperties claimdesk) {
        Path dir = search.indexDir() != null ? search.indexDir() : claimdesk.dataDir().resolve("search-index");
        return new SearchFolder(dir.toAbsolutePath().normalize());
    }

    @Bean(destroyMethod = "close")
    CloseableSearchMapping searchMapping(SearchProperties search, SearchFolder folder) {
        var builder = SearchMapping.builder(AnnotatedTypeSource.fromClasses(CaseDocument.class), MethodHandles.lookup())
                .property("hibernate.search.backend.type", search.backend())
                // the index is rebuilt at start when its layout changed (SearchFolder), never dropped here
                .property("hibernate.search.schema_management.strategy", "create-or-validate");
        if (search.lucene()) {
            builder.property("hibernate.search.backend.directory.type", "local-filesystem")
                    .property("hibernate.search.backend.directory.root", folder.dir().toString())
                    .property("hibernate.search.backend.lucene_version", "9.12.3")
                    .property("hibernate.search.backend.analysis.configurer", new Analysis.Lucene());
            log.info("Search index (Lucene) in {}", folder.dir());
        } else {
            builder.property("hibernate.search.backend.uris", String.join(",", search.uris()))
                    .property("hibernate.search.backend.analysis.configurer", new Analysis.Elasticsearch());
            if (search.username() != null) {
                builder.property("hibernate.search.backend.username", search.username());
            }
            if (search.password() != null) {
                builder.property("hibernate.search.backend.password", search.password());
            }
            if (search.version() != null) {
                builder.property("hibernate.search.backend.version", search.version())
                        .property("hibernate.search.backend.version_check.enabled", false);
            }
            log.info("Search index on Elasticsearch/OpenSearch at {}", search.uris());
        }
        return builder.build();
    }
}
