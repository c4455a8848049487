package com.claimdesk.template;

import com.claimdesk.base.DomainException;
import com.claimdesk.base.NotFoundException;
import com.claimdesk.complaint.Category;
import com.claimdesk.complaint.SubReason;
import com.claimdesk.security.CurrentUser;
import jakarta.persistence.EntityManager;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;

/**
 * Reply templates: team leads keep them, agents pick from them while answering a case. Every change is checked
 * here again (Bean Validation, unknown placeholders, unique name per language), whatever the form let through.
 */
@Service
@Validated
public class TemplateService {

    private static final Logger log = LoggerFactory.getLogger(TemplateService.class);

    private final ReplyTemplateRepository templates;
    private final EntityManager em;
    private final Clock clock;
    private final com.claimdesk.security.UserDirectory users;

    TemplateService(ReplyTemplateRepository templates, EntityManager em, Clock clock, com.claimdesk.security.UserDirectory users) {
        this.users = users;
        this.templates = templates;
        this.em = em;
        this.clock = clock;
    }

    /**
     * All templates, best first for this case: those that fit it and speak the buyer's language, then those that
     * fit it in another language (a colleague can translate), then the rest in the buyer's language, then
     * everything else. Within each group a sub-reason match comes before a category match before a template for
     * every case. All of them, not only the fitting ones, because an agent sometimes needs a template written for
     * a neighbouring situation; a team keeps tens of templates, not thousands.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('AGENT')")
    public List<TemplateSuggestion> suggestionsFor(Category category, SubReason subReason, String buyerLanguage) {
        record Ranked(ReplyTemplate template, ReplyTemplate.Fit fit, boolean fitsLanguage) {
            boolean fitsCase() {
                return fit != ReplyTemplate.Fit.NONE;
            }

            int group() {
                return fitsCase() ? (fitsLanguage ? 0 : 1) : (fitsLanguage ? 2 : 3);
            }
        }
        return templates.findAll().stream()
                .map(t -> new Ranked(t, t.fitFor(category, subReason), t.speaks(buyerLanguage)))
                .sorted(Comparator.comparingInt(Ranked::group)
                        .thenComparing(Ranked::fit)
                        .thenComparing(r -> r.template().getName(), String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(r -> r.template().getId()))
                .map(r -> new TemplateSuggestion(r.template().getId(), r.template().getName(),
                        r.template().getLanguage(), r.fitsCase(), r.fitsLanguage(), r.template().getBody()))
                .toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('LEAD')")
    public List<TemplateListItem> list() {
        List<ReplyTemplate> all = templates.findAllOrdered();
        var names = users.refs(all.stream().map(ReplyTemplate::getUpdatedById).filter(java.util.Objects::nonNull)
                .distinct().toList());
        return all.stream().map(t -> t.toListItem(t.getUpdatedById() == null || !names.containsKey(t.getUpdatedById())
                ? null : names.get(t.getUpdatedById()).displayName())).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('LEAD')")
    public TemplateListItem get(long id) {
        var template = find(id);
        return template.toListItem(editorName(template));
    }

    @Transactional
    @PreAuthorize("hasRole('LEAD')")
    public TemplateListItem create(@Valid @NotNull TemplateDetails details) {
        if (templates.existsByNameIgnoreCaseAndLanguage(details.getName(), details.getLanguage())) {
            throw nameTaken(details);
        }
        var template = new ReplyTemplate(details, me(), clock.instant());
        saveAndFlush(template, details);
        log.info("Template {} '{}' ({}) created by {}", template.getId(), template.getName(), template.getLanguage(),
                actor());
        return template.toListItem(editorName(template));
    }

    @Transactional
    @PreAuthorize("hasRole('LEAD')")
    public TemplateListItem update(long id, long expectedVersion, @Valid @NotNull TemplateDetails details) {
        ReplyTemplate template = find(id);
        if (template.getVersion() != expectedVersion) {
            throw new TemplateChangedException(template.toListItem(editorName(template)), expectedVersion);
        }
        if (templates.existsByNameIgnoreCaseAndLanguageAndIdNot(details.getName(), details.getLanguage(), id)) {
            throw nameTaken(details);
        }
        template.update(details, me(), clock.instant());
        saveAndFlush(template, details); // bumps the version now, so the editor gets the one it must send next
        log.info("Template {} '{}' ({}) updated by {}", id, template.getName(), template.getLanguage(), actor());
        return template.toListItem(editorName(template));
    }

    @Transactional
    @PreAuthorize("hasRole('LEAD')")
    public void delete(long id) {
        ReplyTemplate template = find(id);
        templates.delete(template);
        log.info("Template {} '{}' ({}) deleted by {}", id, template.getName(), template.getLanguage(), actor());
    }

    private void saveAndFlush(ReplyTemplate template, TemplateDetails details) {
        try {
            templates.saveAndFlush(template);
        } catch (DataIntegrityViolationException e) {
            // a colleague saved the same name and language between the check above and this insert
            throw nameTaken(details);
        }
    }

    private ReplyTemplate find(long id) {
        return templates.findById(id)
                .orElseThrow(() -> new NotFoundException("template.error.notFound", "No template " + id));
    }

    private Long me() {
        return CurrentUser.id();
    }

    private String editorName(ReplyTemplate t) {
        return users.ref(t.getUpdatedById()).map(com.claimdesk.security.UserRef::displayName).orElse(null);
    }

    private static DomainException nameTaken(TemplateDetails details) {
        return new DomainException("template.error.nameTaken",
                "Template name taken: " + details.getName() + " (" + details.getLanguage() + ")",
                details.getName(), details.getLanguage());
    }

    private static String actor() {
        return CurrentUser.require().getUsername();
    }
}
