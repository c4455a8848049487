package com.claimdesk.security;

import com.claimdesk.base.ClaimDeskProperties;
import com.claimdesk.base.DemoMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.EnumSet;

/**
 * Outside demo mode, the first start on an empty database creates an {@code admin} whose one-time password comes
 * from {@code CLAIMDESK_ADMIN_PASSWORD} or is generated and printed once; it must be changed at first sign-in.
 */
@Component
@Order(10)
class FirstAdminInitializer implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdminInitializer.class);

    private final UserBootstrap bootstrap;
    private final DemoMode demoMode;
    private final ClaimDeskProperties properties;

    FirstAdminInitializer(UserBootstrap bootstrap, DemoMode demoMode, ClaimDeskProperties properties) {
        this.bootstrap = bootstrap;
        this.demoMode = demoMode;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (demoMode.enabled() || bootstrap.hasAnyUser()) {
            return;
        }
        String given = properties.adminPassword();
        boolean generated = given == null || given.isBlank();
        String password = generated ? UserService.generatePassword() : given;
        SystemActor.run(() -> bootstrap.createIfMissing("admin", "Administrator", null, password,
                EnumSet.of(Role.ADMIN), true));
        if (generated) {
            // printed once, on purpose: there is no other way to learn it, and it must be changed at first sign-in
            System.out.println("""

                    ================================================================
                     ClaimDesk first start: user 'admin', one-time password: %s
                     You must choose a new password when you first sign in.
                    ================================================================
                    """.formatted(password));
        }
        log.info("Created the first admin user 'admin' (one-time password {})",
                generated ? "printed on the console" : "from CLAIMDESK_ADMIN_PASSWORD");
    }
}
