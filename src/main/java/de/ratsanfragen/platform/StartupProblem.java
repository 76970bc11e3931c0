package de.ratsanfragen.platform;

/**
 * A configuration problem that must stop the service. Reported as one German line (plus the
 * action to take) instead of a stack trace, see {@link StartupProblemFailureAnalyzer}.
 */
public class StartupProblem extends RuntimeException {

    private final String action;

    public StartupProblem(String message, String action) {
        super(message);
        this.action = action;
    }

    public String action() {
        return action;
    }
}
