package com.claimdesk;

import com.claimdesk.base.i18n.MessagesI18NProvider;
import com.claimdesk.security.ui.LoginView;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaPackage;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The shape rules of shared/STYLE.md, checked on the compiled code. */
class ArchitectureTest {

    /** Where the UI lives: every feature's {@code ui} package, the shell and the case page's frame and its API. */
    private static final String[] UI_PACKAGES = {"com.claimdesk..ui..", "com.claimdesk.shell..", "com.claimdesk.workspace.."};

    private static final String SECURITY_CONFIG = "com.claimdesk.security.SecurityConfig";

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

    /**
     * Every module's domain is UI-free: nothing outside the UI depends on a {@code ui} package, on the shell or on
     * the case page ({@code workspace}: its API is what features contribute to the page, Vaadin components, so the
     * whole module is UI). The security configuration alone names a view, its login page.
     */
    @Test
    void the_domain_does_not_depend_on_the_ui() {
        noClasses().that().resideOutsideOfPackages(UI_PACKAGES)
                .should().dependOnClassesThat(JavaClass.Predicates.resideInAnyPackage(UI_PACKAGES)
                        .and(DescribedPredicate.not(JavaClass.Predicates.equivalentTo(LoginView.class))))
                .check(CLASSES);
        noClasses().that().resideOutsideOfPackages(UI_PACKAGES).and().doNotHaveFullyQualifiedName(SECURITY_CONFIG)
                .should().dependOnClassesThat().areAssignableTo(LoginView.class)
                .check(CLASSES);
    }

    /**
     * Nor on Vaadin. Three adapters plug the app into Vaadin from outside the UI packages, named one by one so that
     * a fourth is a decision (docs/decisions/080-modules.md): the app shell's settings (theme, push, style sheets),
     * the security configuration (Vaadin's configurer) and the message bundles as Vaadin's translation provider.
     */
    @Test
    void the_domain_does_not_depend_on_vaadin() {
        noClasses().that().resideOutsideOfPackages(UI_PACKAGES)
                .and().doNotHaveFullyQualifiedName(Application.class.getName())
                .and().doNotHaveFullyQualifiedName(SECURITY_CONFIG)
                .and().doNotHaveFullyQualifiedName(MessagesI18NProvider.class.getName())
                .should().dependOnClassesThat().resideInAPackage("com.vaadin..")
                .check(CLASSES);
    }

    /**
     * One naming for records (docs/decisions/080-modules.md): what a service hands out to read is a
     * {@code …Summary} (or {@code …ListItem} for a row of a list), what a form edits and gives back is
     * {@code …Details}; {@code …View} means a Vaadin component, so a page and the data it shows never share a name.
     */
    @Test
    void no_record_is_named_like_a_view() {
        noClasses().that().areRecords().should().haveSimpleNameEndingWith("View").check(CLASSES);
    }

    @Test
    void classes_named_view_are_vaadin_components() {
        classes().that().haveSimpleNameEndingWith("View").should().beAssignableTo(Component.class).check(CLASSES);
    }

    /**
     * Nullness is marked (JSpecify): in every package what is not {@code @Nullable} is never null. Spring Data checks
     * it at run time for repository methods, and the {@code nullaway} profile checks it at compile time.
     */
    @Test
    void every_package_is_null_marked() {
        var unmarked = CLASSES.stream().map(JavaClass::getPackage).distinct()
                .filter(p -> !p.isAnnotatedWith(NullMarked.class))
                .map(JavaPackage::getName).sorted().toList();
        assertThat(unmarked).as("packages without @NullMarked on their package-info").isEmpty();
    }
}
