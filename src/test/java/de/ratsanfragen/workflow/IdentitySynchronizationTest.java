package de.ratsanfragen.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import de.ratsanfragen.ServiceTestSupport;
import de.ratsanfragen.organization.OrganizationDirectory;
import de.ratsanfragen.organization.Unit;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Camunda's identity follows the organization directory. */
@ExtendWith(OutputCaptureExtension.class)
class IdentitySynchronizationTest extends ServiceTestSupport {

    @Autowired
    OrganizationDirectory directory;
    @Autowired
    IdentityService identityService;
    @Autowired
    AuthorizationService authorizationService;
    @Autowired
    FilterService filterService;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentitySynchronizer synchronizer;

    @Test
    void everyUnitIsAGroupWithItsNameAndKind() {
        for (Unit unit : directory.units()) {
            Group group = identityService.createGroupQuery().groupId(unit.code()).singleResult();
            assertThat(group).as("group %s", unit.code()).isNotNull();
            assertThat(group.getName()).isEqualTo(unit.name());
            assertThat(group.getType()).isEqualTo(unit.kind().name());
        }
    }

    @Test
    void theGuidesDemoUsersExistInTheirUnitsGroups() {
        List<String> expected = List.of("ob", "gruene", "linke", "a11", "a17", "a32", "a40", "a50", "a51", "a53", "a67", "bmi",
                "d01", "d03", "d04", "d05");
        for (String user : expected) {
            assertThat(identityService.checkPassword(user, DEMO_PASSWORD)).as("password of %s", user).isTrue();
            assertThat(identityService.createGroupQuery().groupMember(user).list())
                    .extracting(Group::getId).as("groups of %s", user).containsExactly(user.toUpperCase());
        }
        assertThat(identityService.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).list())
                .extracting(user -> user.getId()).contains("admin");
        assertThat(identityService.checkPassword("admin", DEMO_PASSWORD)).isTrue();
    }

    @Test
    void staffGroupsMayOpenTasklistAndFactionsMayNot() {
        for (Unit unit : directory.units()) {
            boolean granted = authorizationService.isUserAuthorized(null, List.of(unit.code()), Permissions.ACCESS,
                    Resources.APPLICATION, IdentitySynchronizer.TASKLIST);
            assertThat(granted).as("Tasklist for %s", unit.code()).isEqualTo(unit.isStaff());
        }
    }

    @Test
    void everyStaffGroupReadsExactlyItsOwnTaskFilter() {
        for (Unit unit : directory.units().stream().filter(Unit::isStaff).toList()) {
            List<Filter> readable = filterService.createFilterQuery().list().stream()
                    .filter(filter -> authorizationService.isUserAuthorized(null, List.of(unit.code()),
                            Permissions.READ, Resources.FILTER, filter.getId()))
                    .toList();
            assertThat(readable).as("filters readable by %s", unit.code()).singleElement()
                    .satisfies(filter -> {
                        assertThat(filter.getName()).isEqualTo("Meine Aufgaben");
                        assertThat(filter.getProperties()).containsEntry(IdentitySynchronizer.FILTER_GROUP_PROPERTY, unit.code());
                    });
        }
    }

    @Test
    void synchronizingAgainChangesNothing() {
        long groups = identityService.createGroupQuery().count();
        long filters = filterService.createFilterQuery().count();
        long authorizations = authorizationService.createAuthorizationQuery().count();

        synchronizer.synchronize();

        assertThat(identityService.createGroupQuery().count()).isEqualTo(groups);
        assertThat(filterService.createFilterQuery().count()).isEqualTo(filters);
        assertThat(authorizationService.createAuthorizationQuery().count()).isEqualTo(authorizations);
    }

    @Test
    void aUnitRemovedFromTheDirectoryStaysWhileItHasOpenTasks(CapturedOutput output) {
        saveGroup("A99", "Aufgelöstes Amt mit Arbeit");
        saveGroup("A98", "Aufgelöstes Amt ohne Arbeit");
        Task task = taskService.newTask();
        task.setName("Noch offen");
        taskService.saveTask(task);
        taskService.addCandidateGroup(task.getId(), "A99");
        try {
            synchronizer.synchronize();

            assertThat(identityService.createGroupQuery().groupId("A99").count()).isEqualTo(1);
            assertThat(identityService.createGroupQuery().groupId("A98").count()).isZero();
            assertThat(output).contains("A99", "nicht mehr im Organisationsverzeichnis", "1 offene Aufgabe");

            taskService.deleteTask(task.getId(), true);
            synchronizer.synchronize();
            assertThat(identityService.createGroupQuery().groupId("A99").count()).isZero();
            assertThat(authorizationService.createAuthorizationQuery().groupIdIn("A99").count()).isZero();
        } finally {
            if (taskService.createTaskQuery().taskId(task.getId()).count() > 0) {
                taskService.deleteTask(task.getId(), true);
            }
            identityService.deleteGroup("A99");
        }
    }

    @Test
    void groupsMadeByHandAreLeftAlone() {
        Group group = identityService.newGroup("handmade");
        group.setName("Von Hand angelegt");
        group.setType("WORKFLOW");
        identityService.saveGroup(group);
        try {
            synchronizer.synchronize();
            assertThat(identityService.createGroupQuery().groupId("handmade").count()).isEqualTo(1);
        } finally {
            identityService.deleteGroup("handmade");
        }
    }

    private void saveGroup(String id, String name) {
        Group group = identityService.newGroup(id);
        group.setName(name);
        group.setType("AMT");
        identityService.saveGroup(group);
    }
}
