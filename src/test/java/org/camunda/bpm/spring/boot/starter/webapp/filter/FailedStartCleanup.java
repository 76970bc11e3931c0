package org.camunda.bpm.spring.boot.starter.webapp.filter;

/**
 * Camunda's webapp starter keeps the application context in a static field and clears it only on
 * a ContextClosedEvent, which a start that fails during refresh never publishes. A later start in
 * the same JVM (only ever in tests) would then initialise its webapp filters against the dead
 * context. Start-up tests call this after a start that was meant to fail.
 */
public final class FailedStartCleanup {

    private FailedStartCleanup() {
    }

    public static void forgetFailedContext() {
        LazyInitRegistration.APPLICATION_CONTEXT = null;
        LazyInitRegistration.REGISTRATION.clear();
    }
}
