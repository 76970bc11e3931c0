package de.ratsanfragen.engine;

import java.util.List;
import java.util.Optional;

import de.ratsanfragen.organization.OrganizationDirectory;
import de.ratsanfragen.organization.Unit;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.stereotype.Service;

/**
 * Users and groups live in Camunda's identity service, so one password and one group membership
 * decide about the API, the engine REST API and the webapps alike.
 */
@Service
public class WorkflowIdentity {

    /** Where Camunda's REST API and its webapps are mounted. */
    public static final String ENGINE_REST_PATH = "/engine-rest";
    public static final String WEBAPP_PATH = "/camunda";
    /** Tasklist and Cockpit of the default engine; a task or process instance is appended after {@code #/}. */
    public static final String TASKLIST_PATH = WEBAPP_PATH + "/app/tasklist/default/";
    public static final String COCKPIT_PATH = WEBAPP_PATH + "/app/cockpit/default/";

    /**
     * A user whose password was right.
     *
     * @param userId        the login name
     * @param groups        ids of the user's groups (unit codes, {@code camunda-admin})
     * @param administrator member of Camunda's admin group
     * @param staff         member of a unit of the administration (or an administrator): may use Tasklist and the engine
     */
    public record AuthenticatedUser(String userId, List<String> groups, boolean administrator, boolean staff) {

        public AuthenticatedUser {
            groups = List.copyOf(groups);
        }
    }

    private final IdentityService identityService;
    private final OrganizationDirectory directory;
    private final ProcessEngineConfigurationImpl engineConfiguration;
    private final LoginThrottle throttle;

    WorkflowIdentity(IdentityService identityService, OrganizationDirectory directory,
                     ProcessEngineConfigurationImpl engineConfiguration, LoginThrottle throttle) {
        this.identityService = identityService;
        this.directory = directory;
        this.engineConfiguration = engineConfiguration;
        this.throttle = throttle;
    }

    /**
     * Checks a user's password — the one place every login of the service checks one. Wrong passwords
     * slow down further logins of the client that sent them ({@link LoginThrottle}); Camunda's own delay
     * and lock per user are switched off (application.yml), so a stranger cannot lock anyone out.
     *
     * @param client the client's address as the server sees it (behind the proxy: the one it forwarded)
     * @throws TooManyFailedLogins when the client (or the account, for clients it does not know) must wait;
     *                             the password was not checked
     */
    public Optional<AuthenticatedUser> authenticate(String userId, String password, String client) {
        if (userId == null || userId.isBlank() || password == null) {
            return Optional.empty();
        }
        try (LoginThrottle.Attempt attempt = throttle.begin(userId, client)) {
            if (!identityService.checkPassword(userId, password)) {
                attempt.failed();
                return Optional.empty();
            }
            attempt.succeeded();
        }
        return Optional.of(describe(userId));
    }

    /**
     * An administrator lifts every login throttle of an account (from every client) and resets Camunda's
     * own count of its failed logins.
     *
     * @return how many throttle counts there were
     */
    public int liftLoginLocks(String userId) {
        if (exists(userId)) {
            identityService.unlockUser(userId);
        }
        return throttle.liftAccount(userId);
    }

    /**
     * The user with the groups a login would find, without a password: for a credential of its own (the
     * calendar link). Empty when the user no longer exists or is locked for good (too many failed logins,
     * until an administrator unlocks the account); the short delay after a single failed login does not count.
     */
    public Optional<AuthenticatedUser> findActive(String userId) {
        User user = userId == null ? null : identityService.createUserQuery().userId(userId).singleResult();
        if (user == null || lockedForGood(user)) {
            return Optional.empty();
        }
        return Optional.of(describe(userId));
    }

    /** Whether a user with this id exists (locked or not). */
    public boolean exists(String userId) {
        return userId != null && identityService.createUserQuery().userId(userId).count() > 0;
    }

    private boolean lockedForGood(User user) {
        // Camunda's own rule (DbIdentityServiceProvider): from this many failed attempts on, no password is taken.
        // The service sets the limit out of reach (LoginThrottle slows guessing instead); an operator may lower it again
        return user instanceof UserEntity entity && entity.getAttempts() >= engineConfiguration.getLoginMaxAttempts();
    }

    AuthenticatedUser describe(String userId) {
        List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId)
                .toList();
        boolean administrator = groups.contains(Groups.CAMUNDA_ADMIN);
        boolean staff = administrator || groups.stream()
                .anyMatch(group -> directory.find(group).filter(unit -> unit.code().equals(group)).map(Unit::isStaff)
                        .orElse(false));
        return new AuthenticatedUser(userId, groups, administrator, staff);
    }
}
