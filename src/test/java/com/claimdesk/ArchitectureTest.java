package com.claimdesk;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The shape rules of shared/STYLE.md, checked on the compiled code. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.claimdesk");

    @Test
    void every_route_declares_who_may_open_it() {
        classes().that().areAnnotatedWith(Route.class)
                .should().beAnnotatedWith(RolesAllowed.class)
                .orShould().beAnnotatedWith(PermitAll.class)
                .orShould().beAnnotatedWith(AnonymousAllowed.class)
                .orShould().beAnnotatedWith(DenyAll.class)
                .check(CLASSES);
    }

    @Test
    void views_never_use_repositories() {
        noClasses().that().resideInAPackage("..ui..").or().areAssignableTo(Component.class)
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .check(CLASSES);
    }

    @Test
    void api_controllers_go_through_the_services_like_the_views() {
        noClasses().that().resideInAPackage("com.claimdesk.api..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .check(CLASSES);
    }

    @Test
    void repositories_are_package_private() {
        classes().that().areAssignableTo(Repository.class).and().areInterfaces()
                .should().notBePublic().check(CLASSES);
    }

    @Test
    void public_service_methods_that_change_data_are_protected_on_the_server() {
        methods().that().areDeclaredInClassesThat().areAnnotatedWith(Service.class)
                .and().arePublic()
                .and().areAnnotatedWith(Transactional.class)
                .and().doNotHaveName("loadUserByUsername")
                .and().doNotHaveName("findRef")
                .should().beAnnotatedWith(PreAuthorize.class)
                .check(CLASSES);
    }

    /**
     * A public writer that is no service (the history, the notifications, the demo seed writers, start-up users)
     * checks who calls it too: a signed-in user, or the system for jobs and seeding.
     */
    @Test
    void every_public_writer_is_guarded() {
        methods().that().areDeclaredInClassesThat().areAnnotatedWith(org.springframework.stereotype.Component.class)
                .and().areDeclaredInClassesThat().arePublic()
                .and().arePublic()
                .and().areAnnotatedWith(Transactional.class)
                // the API token check is what makes a caller known: nobody is signed in before it ran
                .and().areNotDeclaredIn(com.claimdesk.security.ApiTokenAuthenticator.class)
                .and(new com.tngtech.archunit.base.DescribedPredicate<com.tngtech.archunit.core.domain.JavaMethod>(
                        "write (are not read-only)") {
                    @Override
                    public boolean test(com.tngtech.archunit.core.domain.JavaMethod m) {
                        return !m.getAnnotationOfType(Transactional.class).readOnly();
                    }
                })
                .should().beAnnotatedWith(PreAuthorize.class)
                .check(CLASSES);
    }

    @Test
    void views_reach_data_only_through_guarded_services() {
        noClasses().that().resideInAPackage("..ui..").or().areAssignableTo(Component.class)
                .should().dependOnClassesThat().haveSimpleNameEndingWith("SeedWriter")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("com.claimdesk.audit.AuditLog")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("com.claimdesk.notification.Notifier")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("com.claimdesk.security.UserBootstrap")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("com.claimdesk.security.SystemActor")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("com.claimdesk.base.node.JobRuns")
                .check(CLASSES);
    }

    /**
     * A case's status changes by another feature only as a step of that feature's action (CaseSteps, which runs
     * only inside the caller's transaction): the services of the features whose actions move a case, never a page,
     * the API or a job of their own.
     */
    @Test
    void only_the_actions_that_move_a_case_take_its_steps() {
        classes().that().haveFullyQualifiedName("com.claimdesk.complaint.CaseSteps")
                .should().onlyHaveDependentClassesThat(
                        com.tngtech.archunit.base.DescribedPredicate.describe("the services of refund, settlement,"
                                        + " negotiation and deadline, or the case module itself",
                                (com.tngtech.archunit.core.domain.JavaClass c) ->
                                        c.getPackageName().equals("com.claimdesk.complaint")
                                                || java.util.Set.of("com.claimdesk.refund.RefundService",
                                                "com.claimdesk.settlement.SettlementService",
                                                "com.claimdesk.negotiation.NegotiationService",
                                                "com.claimdesk.deadline.DeadlineService").contains(c.getName())))
                .check(CLASSES);
    }

    @Test
    void features_do_not_depend_on_the_shell_or_on_each_other_in_cycles() {
        noClasses().that().resideOutsideOfPackage("com.claimdesk.shell..")
                .should().dependOnClassesThat().resideInAPackage("com.claimdesk.shell..")
                .check(CLASSES);
        slices().matching("com.claimdesk.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void the_domain_does_not_depend_on_the_ui() {
        noClasses().that().resideInAnyPackage("com.claimdesk.complaint", "com.claimdesk.security", "com.claimdesk.base",
                        "com.claimdesk.order", "com.claimdesk.importer", "com.claimdesk.mailin", "com.claimdesk.api")
                // the security configuration names its login view; nothing else below the UI knows a view
                .and().doNotHaveSimpleName("SecurityConfig")
                // the error reference is logging with a quotable id, UI-free although it lives in base.ui
                .should().dependOnClassesThat(com.tngtech.archunit.core.domain.JavaClass.Predicates
                        .resideInAPackage("..ui..").and(com.tngtech.archunit.base.DescribedPredicate.not(
                                com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName("ErrorReference"))))
                .check(CLASSES);
    }
}
