package com.claimdesk.template;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface ReplyTemplateRepository extends JpaRepository<ReplyTemplate, Long> {

    // the editor's name goes with every row of the lead's list
    @Query("select t from ReplyTemplate t order by t.name, t.language, t.id")
    List<ReplyTemplate> findAllOrdered();

    boolean existsByNameIgnoreCaseAndLanguage(String name, String language);

    boolean existsByNameIgnoreCaseAndLanguageAndIdNot(String name, String language, Long id);
}
