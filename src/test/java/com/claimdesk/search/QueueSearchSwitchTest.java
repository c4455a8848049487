package com.claimdesk.search;

import com.claimdesk.complaint.ThreadSearch;
import com.claimdesk.messaging.ThreadService;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/** Exactly one bean answers the queue's thread search, chosen by {@code claimdesk.search.queue}. */
class QueueSearchSwitchTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withBean(CaseSearch.class, () -> Mockito.mock(CaseSearch.class))
            .withBean(ThreadService.class, () -> Mockito.mock(ThreadService.class))
            .withUserConfiguration(IndexThreadSearch.class, fullTextThreadSearch());

    private static Class<?> fullTextThreadSearch() {
        try {
            return Class.forName("com.claimdesk.messaging.FullTextThreadSearch");
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void the_search_index_answers_when_nothing_is_set() {
        context.run(c -> assertThat(c.getBean(ThreadSearch.class)).isInstanceOf(IndexThreadSearch.class));
    }

    @Test
    void the_search_index_answers_with_index() {
        context.withPropertyValues("claimdesk.search.queue=index")
                .run(c -> assertThat(c.getBean(ThreadSearch.class)).isInstanceOf(IndexThreadSearch.class));
    }

    @Test
    void mariadb_fulltext_answers_with_fulltext() {
        context.withPropertyValues("claimdesk.search.queue=fulltext")
                .run(c -> assertThat(c.getBean(ThreadSearch.class).getClass()).isEqualTo(fullTextThreadSearch()));
    }
}
