package de.ratsanfragen.engine;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import de.ratsanfragen.organization.OrganizationDirectory;
import de.ratsanfragen.organization.Unit;
import de.ratsanfragen.organization.UnitKind;
import de.ratsanfragen.platform.StartupProblem;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.spring.boot.starter.property.AdminUserProperty;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Brings Camunda's identity in line with the organization directory at every start:
 * <ul>
 *   <li>every unit is a group (id = unit code, type = unit kind);</li>
 *   <li>staff groups may open Tasklist and read their own task filters ({@link TaskFilter}), factions may not;</li>
 *   <li>a group whose unit left the directory is removed, unless tasks are still open for it;</li>
 *   <li>on the embedded default, one demo user per unit;</li>
 *   <li>the admin group must have a member, so Camunda's first-admin setup page can never be used.</li>
 * </ul>
 */
@Component
class IdentitySynchronizer implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(IdentitySynchronizer.class);

    static final String TASKLIST = "tasklist";
    /** Marks the task filters this service owns, so that filters made by hand in Tasklist are left alone. */
    static final String FILTER_GROUP_PROPERTY = "ratsanfragenGroup";
    /** Which of a group's filters it is ({@link TaskFilter}); filters from before it existed are "Meine Aufgaben". */
    static final String FILTER_KIND_PROPERTY = "ratsanfragenFilter";
    private static final Set<String> MANAGED_GROUP_TYPES =
            Arrays.stream(UnitKind.values()).map(Enum::name).collect(Collectors.toUnmodifiableSet());

    private final OrganizationDirectory directory;
    private final IdentityService identityService;
    private final AuthorizationService authorizationService;
    private final FilterService filterService;
    private final TaskService taskService;
    private final DemoUserProperties demoUsers;
    private final CamundaBpmProperties camundaProperties;

    IdentitySynchronizer(OrganizationDirectory directory, IdentityService identityService,
                         AuthorizationService authorizationService, FilterService filterService,
                         TaskService taskService, DemoUserProperties demoUsers, CamundaBpmProperties camundaProperties) {
        this.directory = directory;
        this.identityService = identityService;
        this.authorizationService = authorizationService;
        this.filterService = filterService;
        this.taskService = taskService;
        this.demoUsers = demoUsers;
        this.camundaProperties = camundaProperties;
    }

    @Override
    public void afterSingletonsInstantiated() {
        synchronize();
    }

    void synchronize() {
        requireAdministrator();
        directory.units().forEach(this::synchronizeGroup);
        removeGroupsLeftTheDirectory();
        if (demoUsers.enabled()) {
            directory.units().forEach(this::ensureDemoUser);
            log.info("Demo-Benutzer angelegt bzw. geprüft (Passwort wie konfiguriert): {}", directory.units().stream()
                    .map(unit -> demoUserId(unit)).collect(Collectors.joining(", ")));
        }
    }

    private void requireAdministrator() {
        AdminUserProperty admin = camundaProperties.getAdminUser();
        if (admin != null && admin.getId() != null && admin.getId().equals(admin.getPassword())) {
            // Camunda falls back to the user id when no password is configured
            throw new StartupProblem("Für den Administrator " + admin.getId() + " ist kein eigenes Passwort gesetzt "
                    + "(Passwort gleich Benutzername).",
                    "Setzen Sie CAMUNDA_BPM_ADMINUSER_PASSWORD (Eigenschaft camunda.bpm.admin-user.password) und starten Sie neu.");
        }
        long admins = identityService.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).count();
        if (admins == 0) {
            throw new StartupProblem(
                    "Die Gruppe " + Groups.CAMUNDA_ADMIN + " hat kein Mitglied; Camundas Einrichtungsseite für den ersten "
                            + "Administrator wäre dann für jeden offen.",
                    "Setzen Sie CAMUNDA_BPM_ADMINUSER_ID und CAMUNDA_BPM_ADMINUSER_PASSWORD (Eigenschaften "
                            + "camunda.bpm.admin-user.id und .password) und starten Sie neu.");
        }
    }

    private void synchronizeGroup(Unit unit) {
        Group group = identityService.createGroupQuery().groupId(unit.code()).singleResult();
        if (group == null) {
            group = identityService.newGroup(unit.code());
            log.info("Gruppe {} ({}) angelegt", unit.code(), unit.name());
        }
        if (!unit.name().equals(group.getName()) || !unit.kind().name().equals(group.getType())) {
            group.setName(unit.name());
            group.setType(unit.kind().name());
            identityService.saveGroup(group);
        }
        if (unit.isStaff()) {
            grant(unit.code(), Resources.APPLICATION, TASKLIST, Permissions.ACCESS);
            for (TaskFilter kind : TaskFilter.values()) {
                Filter filter = ensureTaskFilter(unit, kind);
                grant(unit.code(), Resources.FILTER, filter.getId(), Permissions.READ);
            }
        } else {
            revoke(unit.code(), Resources.APPLICATION, TASKLIST);
        }
    }

    private Filter ensureTaskFilter(Unit unit, TaskFilter kind) {
        Filter filter = filterService.createFilterQuery().filterResourceType(Resources.TASK.resourceName()).list().stream()
                .filter(candidate -> candidate.getProperties() != null
                        && unit.code().equals(candidate.getProperties().get(FILTER_GROUP_PROPERTY))
                        && kind == TaskFilter.of(candidate.getProperties().get(FILTER_KIND_PROPERTY)))
                .findFirst()
                .orElseGet(() -> filterService.newTaskFilter(kind.title));
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("description", kind.description + " für " + unit.name() + " (" + unit.code() + ")");
        properties.put("priority", kind.priority);
        properties.put("refresh", true);
        properties.put(FILTER_GROUP_PROPERTY, unit.code());
        properties.put(FILTER_KIND_PROPERTY, kind.name());
        filter.setName(kind.title);
        filter.setProperties(properties);
        filter.setQuery(kind.query(taskService.createTaskQuery().taskCandidateGroup(unit.code()).includeAssignedTasks()));
        return filterService.saveFilter(filter);
    }

    /**
     * The Tasklist filters every staff group gets, in Tasklist's order (priority). The due-date limits
     * are expressions, evaluated each time the filter is listed, so the stored filters never go stale:
     * {@code now()} is the engine's clock, {@code taskFilterDates} ({@link TaskFilterDates}) counts
     * working days in the council's calendar. Expressions in stored queries must be enabled for this
     * ({@code enableExpressionsInStoredQueries}; only administrators can create or change filters).
     */
    enum TaskFilter {
        MINE("Meine Aufgaben", "Offene Aufgaben", -10) {
            @Override
            TaskQuery query(TaskQuery groupTasks) {
                return groupTasks;
            }
        },
        DUE_SOON("Fällig in 3 Arbeitstagen", "In den nächsten 3 Arbeitstagen fällige Aufgaben", -9) {
            @Override
            TaskQuery query(TaskQuery groupTasks) {
                return groupTasks.dueAfterExpression(NOW)
                        .dueBeforeExpression("${" + TaskFilterDates.BEAN + ".afterWorkingDays(" + DUE_SOON_WORKING_DAYS + ")}")
                        .orderByDueDate().asc();
            }
        },
        OVERDUE("Überfällig", "Überfällige Aufgaben", -8) {
            @Override
            TaskQuery query(TaskQuery groupTasks) {
                return groupTasks.dueBeforeExpression(NOW).orderByDueDate().asc();
            }
        };

        static final int DUE_SOON_WORKING_DAYS = 3;
        private static final String NOW = "${now()}";

        final String title;
        final String description;
        final int priority;

        TaskFilter(String title, String description, int priority) {
            this.title = title;
            this.description = description;
            this.priority = priority;
        }

        abstract TaskQuery query(TaskQuery groupTasks);

        /** The kind a stored filter names; filters written before kinds existed are "Meine Aufgaben". */
        static TaskFilter of(Object property) {
            return property == null ? MINE
                    : Arrays.stream(values()).filter(kind -> kind.name().equals(property)).findFirst().orElse(null);
        }
    }

    private void removeGroupsLeftTheDirectory() {
        Set<String> codes = directory.units().stream().map(Unit::code).collect(Collectors.toSet());
        List<Group> orphans = identityService.createGroupQuery().list().stream()
                .filter(group -> MANAGED_GROUP_TYPES.contains(group.getType()) && !codes.contains(group.getId()))
                .toList();
        for (Group group : orphans) {
            long openTasks = taskService.createTaskQuery().taskCandidateGroup(group.getId()).includeAssignedTasks().count();
            if (openTasks > 0) {
                log.warn("Einheit {} ({}) steht nicht mehr im Organisationsverzeichnis, hat aber noch {} offene Aufgabe(n); "
                        + "die Gruppe bleibt bestehen, bis die Aufgaben erledigt oder umverteilt sind.",
                        group.getId(), group.getName(), openTasks);
                continue;
            }
            filterService.createFilterQuery().list().stream()
                    .filter(filter -> filter.getProperties() != null
                            && group.getId().equals(filter.getProperties().get(FILTER_GROUP_PROPERTY)))
                    .forEach(filter -> filterService.deleteFilter(filter.getId()));
            authorizationService.createAuthorizationQuery().groupIdIn(group.getId()).list()
                    .forEach(authorization -> authorizationService.deleteAuthorization(authorization.getId()));
            identityService.deleteGroup(group.getId());
            log.info("Gruppe {} ({}) entfernt: die Einheit steht nicht mehr im Organisationsverzeichnis", group.getId(),
                    group.getName());
        }
    }

    private void ensureDemoUser(Unit unit) {
        String userId = demoUserId(unit);
        if (identityService.createUserQuery().userId(userId).count() == 0) {
            User user = identityService.newUser(userId);
            user.setFirstName("Demo");
            user.setLastName(unit.name());
            user.setEmail(unit.mail());
            user.setPassword(demoUsers.password());
            identityService.saveUser(user);
        }
        if (identityService.createUserQuery().userId(userId).memberOfGroup(unit.code()).count() == 0) {
            identityService.createMembership(userId, unit.code());
        }
    }

    static String demoUserId(Unit unit) {
        return unit.code().toLowerCase(Locale.ROOT);
    }

    private void grant(String groupId, Resource resource, String resourceId, Permission permission) {
        Authorization authorization = authorizationService.createAuthorizationQuery()
                .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).singleResult();
        if (authorization == null) {
            authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            authorization.setGroupId(groupId);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
        }
        if (!authorization.isPermissionGranted(permission)) {
            authorization.addPermission(permission);
            authorizationService.saveAuthorization(authorization);
        }
    }

    private void revoke(String groupId, Resource resource, String resourceId) {
        authorizationService.createAuthorizationQuery().groupIdIn(groupId).resourceType(resource).resourceId(resourceId)
                .list().forEach(authorization -> authorizationService.deleteAuthorization(authorization.getId()));
    }
}
