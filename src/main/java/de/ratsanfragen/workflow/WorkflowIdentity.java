package de.ratsanfragen.workflow;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Service;

/**
 * Users and groups live in Camunda's identity service, so one password and one group membership
 * decide about the API, the engine REST API and Tasklist alike.
 */
@Service
public class WorkflowIdentity {

    private final IdentityService identityService;

    WorkflowIdentity(IdentityService identityService) {
        this.identityService = identityService;
    }

    /**
     * Checks a user's password (Camunda delays further attempts after a failure).
     *
     * @return the ids of the user's groups when the password is right, empty otherwise
     */
    public Optional<List<String>> authenticate(String userId, String password) {
        if (userId == null || userId.isBlank() || password == null || !identityService.checkPassword(userId, password)) {
            return Optional.empty();
        }
        return Optional.of(identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId)
                .toList());
    }
}
