package com.claimdesk.base.ui;

import com.claimdesk.base.DomainException;
import jakarta.validation.ConstraintViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs what a user asked for and says why it was refused: a rule of the domain, input the server's validation
 * turned down, a permission the user lacks, or a colleague's change in between, each in the user's language
 * ({@link Notifications#describe}). Anything else is a defect and goes on to the session's error handler, which
 * logs it with a reference. One path instead of a catch block per button.
 */
public final class Attempt {

    private Attempt() {
    }

    /** Runs {@code action}; a refusal is shown as an error notification. Returns whether it succeeded. */
    public static boolean run(Runnable action) {
        return run(action, Notifications::error);
    }

    /** Runs {@code action}; a refusal is handed to {@code showProblem} (e.g. a message next to the form). */
    public static boolean run(Runnable action, Consumer<String> showProblem) {
        try {
            action.run();
            return true;
        } catch (DomainException | ConstraintViolationException | AccessDeniedException
                 | ObjectOptimisticLockingFailureException refused) {
            showProblem.accept(Notifications.describe(refused));
            return false;
        }
    }

    /** The action's result, or empty after a refusal was shown as an error notification (or a null result). */
    public static <T> Optional<T> get(Supplier<T> action) {
        return get(action, Notifications::error);
    }

    /** The action's result, or empty after a refusal was handed to {@code showProblem} (or a null result). */
    public static <T> Optional<T> get(Supplier<T> action, Consumer<String> showProblem) {
        var result = new java.util.concurrent.atomic.AtomicReference<T>();
        run(() -> result.set(action.get()), showProblem);
        return Optional.ofNullable(result.get());
    }
}
