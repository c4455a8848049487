package com.claimdesk.importer;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.task.TaskExecutor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * Starts imports on Spring's task executor, as the signed-in user: the security context and the user's language go
 * with the job, so the services check the same rights as for a row typed in by hand, and messages are in the
 * user's language. The page learns of progress through the callback (and pushes it to the browser).
 */
@Component
public class ImportJobs {

    private final ImportService service;
    private final TaskExecutor executor;

    ImportJobs(ImportService service, @Qualifier("applicationTaskExecutor") TaskExecutor executor) {
        this.service = service;
        this.executor = executor;
    }

    public ImportJob start(ImportRequest request, Locale locale, ImportService.Progress progress) {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (user == null) {
            throw new IllegalStateException("An import needs a signed-in user");
        }
        var job = new ImportJob();
        executor.execute(() -> {
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(user);
            SecurityContextHolder.setContext(context);
            LocaleContextHolder.setLocale(locale);
            try {
                job.result().complete(service.run(request, locale, progress, job::isCancelled));
            } catch (Throwable e) {
                job.result().completeExceptionally(e);
            } finally {
                SecurityContextHolder.clearContext();
                LocaleContextHolder.resetLocaleContext();
            }
        });
        return job;
    }
}
