package com.claimdesk.demo;

import com.claimdesk.base.ConditionalOnDemoMode;
import com.claimdesk.base.DemoMode;
import com.claimdesk.complaint.ComplaintSeedWriter;
import com.claimdesk.deadline.DeadlineSeedWriter;
import com.claimdesk.messaging.ThreadSeedWriter;
import com.claimdesk.refund.RefundSeedWriter;
import com.claimdesk.review.ReviewSeedWriter;
import com.claimdesk.settlement.SettlementSeedWriter;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo beans exist only in demo mode (README, "Configuration"): outside it no code path can write made-up
 * cases into a real database. {@code DemoSeedingTest} shows them at work when demo mode is on.
 */
class DemoSwitchTest {

    private static final String EXTERNAL_DB = "jdbc:mariadb://db.example.internal:3306/claimdesk";

    /** The seeder and every seed writer, which nothing but the seeder uses. */
    private static final List<Class<?>> DEMO_BEANS = List.of(DemoDataSeeder.class, ComplaintSeedWriter.class,
            ThreadSeedWriter.class, SettlementSeedWriter.class, RefundSeedWriter.class, ReviewSeedWriter.class,
            DeadlineSeedWriter.class);

    private static boolean demoModeWith(Map<String, Object> properties, Map<String, Object> environmentVariables) {
        var environment = new StandardEnvironment();
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        environment.getPropertySources().addLast(new SystemEnvironmentPropertySource("env", environmentVariables));
        return DemoMode.of(environment).enabled();
    }

    @Test
    void demo_mode_is_the_setting_when_given_and_otherwise_on_exactly_with_the_embedded_database() {
        assertThat(demoModeWith(Map.of(), Map.of())).as("embedded database, no setting").isTrue();
        assertThat(demoModeWith(Map.of("spring.datasource.url", EXTERNAL_DB), Map.of()))
                .as("external database, no setting").isFalse();
        assertThat(demoModeWith(Map.of("claimdesk.embedded-db.enabled", "false"), Map.of()))
                .as("embedded database forbidden").isFalse();
        assertThat(demoModeWith(Map.of("spring.datasource.url", EXTERNAL_DB, "claimdesk.demo", "true"), Map.of()))
                .as("external database, demo asked for").isTrue();
        assertThat(demoModeWith(Map.of("claimdesk.demo", "false"), Map.of()))
                .as("embedded database, demo switched off").isFalse();
        assertThat(demoModeWith(Map.of("spring.datasource.url", EXTERNAL_DB), Map.of("CLAIMDESK_DEMO", "true")))
                .as("CLAIMDESK_DEMO, as the README documents it").isTrue();
    }

    @Test
    void outside_demo_mode_no_demo_bean_exists() {
        new ApplicationContextRunner()
                .withPropertyValues("spring.datasource.url=" + EXTERNAL_DB)
                .withUserConfiguration(DEMO_BEANS.toArray(Class<?>[]::new))
                .run(context -> {
                    // had one been registered, its missing repositories would have failed the start
                    assertThat(context).hasNotFailed();
                    DEMO_BEANS.forEach(type -> assertThat(context).doesNotHaveBean(type));
                });
        new ApplicationContextRunner()
                .withPropertyValues("claimdesk.demo=false")
                .withUserConfiguration(DEMO_BEANS.toArray(Class<?>[]::new))
                .run(context -> DEMO_BEANS.forEach(type -> assertThat(context).doesNotHaveBean(type)));
    }

    @Test
    void in_demo_mode_the_same_classes_are_registered() {
        // their dependencies are not in this small context: the start fails on the first, which shows it was wanted
        new ApplicationContextRunner()
                .withPropertyValues("spring.datasource.url=" + EXTERNAL_DB, "claimdesk.demo=true")
                .withUserConfiguration(DEMO_BEANS.toArray(Class<?>[]::new))
                .run(context -> assertThat(context).hasFailed());
    }

    @Test
    void every_demo_bean_is_behind_the_switch_and_only_the_demo_uses_the_seed_writers() {
        JavaClasses main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.claimdesk");
        classes().that().areAnnotatedWith(Component.class)
                .and().resideInAPackage("com.claimdesk.demo..")
                .or().haveSimpleNameEndingWith("SeedWriter")
                .should().beAnnotatedWith(ConditionalOnDemoMode.class)
                .check(main);
        // a bean outside demo mode that needed a seed writer would not start without demo mode
        noClasses().that().resideOutsideOfPackage("com.claimdesk.demo..")
                .and().haveSimpleNameNotEndingWith("SeedWriter")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("SeedWriter")
                .check(main);
        assertThat(DEMO_BEANS.stream().filter(type -> type.getSimpleName().endsWith("SeedWriter")).count())
                .as("the seed writers this test starts").isEqualTo(main.stream()
                        .filter(c -> c.getSimpleName().endsWith("SeedWriter")).count());
    }
}
