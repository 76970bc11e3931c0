package de.ratsanfragen.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
import org.camunda.bpm.engine.impl.util.ClockUtil;
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
    void everyStaffGroupReadsExactlyItsThreeTaskFilters() {
        for (Unit unit : directory.units().stream().filter(Unit::isStaff).toList()) {
            List<Filter> readable = filterService.createFilterQuery().list().stream()
                    .filter(filter -> authorizationService.isUserAuthorized(null, List.of(unit.code()),
                            Permissions.READ, Resources.FILTER, filter.getId()))
                    .toList();
            assertThat(readable).as("filters readable by %s", unit.code())
                    .extracting(Filter::getName)
                    .containsExactlyInAnyOrder("Meine Aufgaben", "Fällig in 3 Arbeitstagen", "Überfällig");
            assertThat(readable).allSatisfy(filter ->
                    assertThat(filter.getProperties()).containsEntry(IdentitySynchronizer.FILTER_GROUP_PROPERTY, unit.code()));
        }
    }

    @Test
    void unitsMayNotCreateTaskFilters() {
        // only administrators write filters, so only they could store an expression (enableExpressionsInStoredQueries)
        as("a11").contentType("application/json").body("{\"resourceType\": \"Task\", \"name\": \"Eigener Filter\", \"query\": {}}")
                .post("/engine-rest/filter/create").then().statusCode(403);
        as("ob").contentType("application/json").body("{\"resourceType\": \"Task\", \"name\": \"Geändert\", \"query\": {}}")
                .put("/engine-rest/filter/" + filterId("OB", "Überfällig")).then().statusCode(403);
    }

    @Test
    void theOverdueAndDueSoonFiltersListTheGroupsTasksByDueDate() {
        // Thursday 30 October 2025 in Erfurt: Friday is Reformationstag in Thuringia, then the weekend,
        // so the third working day is Wednesday 5 November (three calendar days would end on Sunday)
        ClockUtil.setCurrentTime(inErfurt("2025-10-30T10:00"));
        String prefix = "Filtertest " + UUID.randomUUID() + ": ";
        List<Task> created = new ArrayList<>();
        try {
            created.add(standaloneTask(prefix + "heute fällig", "A11", inErfurt("2025-10-30T16:00")));
            created.add(standaloneTask(prefix + "überfällig", "A11", inErfurt("2025-10-29T16:00")));
            created.add(standaloneTask(prefix + "dritter Arbeitstag", "A11", inErfurt("2025-11-05T16:00")));
            created.add(standaloneTask(prefix + "vierter Arbeitstag", "A11", inErfurt("2025-11-06T16:00")));
            created.add(standaloneTask(prefix + "ohne Frist", "A11", null));
            created.add(standaloneTask(prefix + "andere Einheit", "A32", inErfurt("2025-10-01T16:00")));

            assertThat(listed("a11", filterId("A11", "Überfällig"), prefix)).containsExactly("überfällig");
            assertThat(listed("a11", filterId("A11", "Fällig in 3 Arbeitstagen"), prefix))
                    .containsExactly("heute fällig", "dritter Arbeitstag");
            assertThat(listed("a11", filterId("A11", "Meine Aufgaben"), prefix)).containsExactlyInAnyOrder(
                    "heute fällig", "überfällig", "dritter Arbeitstag", "vierter Arbeitstag", "ohne Frist");
            assertThat(listed("a32", filterId("A32", "Überfällig"), prefix)).containsExactly("andere Einheit");
            as("a11").accept("application/json").get("/engine-rest/filter/" + filterId("A32", "Überfällig") + "/list")
                    .then().statusCode(403);

            // on Monday the task due on Thursday is overdue too, and Thursday 6 November is the third working day
            ClockUtil.setCurrentTime(inErfurt("2025-11-03T09:00"));
            assertThat(listed("a11", filterId("A11", "Überfällig"), prefix)).containsExactly("überfällig", "heute fällig");
            assertThat(listed("a11", filterId("A11", "Fällig in 3 Arbeitstagen"), prefix))
                    .containsExactly("dritter Arbeitstag", "vierter Arbeitstag");
        } finally {
            ClockUtil.reset();
            created.forEach(task -> taskService.deleteTask(task.getId(), true));
        }
    }

    private Task standaloneTask(String name, String group, Date due) {
        Task task = taskService.newTask();
        task.setName(name);
        task.setDueDate(due);
        taskService.saveTask(task);
        taskService.addCandidateGroup(task.getId(), group);
        return task;
    }

    private String filterId(String group, String name) {
        return filterService.createFilterQuery().filterName(name).list().stream()
                .filter(filter -> group.equals(filter.getProperties().get(IdentitySynchronizer.FILTER_GROUP_PROPERTY)))
                .map(Filter::getId).findFirst().orElseThrow();
    }

    /** The names (without prefix) of this test's tasks that the filter lists for the user, in the filter's order. */
    private static List<String> listed(String user, String filterId, String prefix) {
        List<String> names = as(user).accept("application/json").get("/engine-rest/filter/" + filterId + "/list")
                .then().statusCode(200).extract().jsonPath().getList("name", String.class);
        return names.stream().filter(name -> name != null && name.startsWith(prefix))
                .map(name -> name.substring(prefix.length())).toList();
    }

    private static Date inErfurt(String localDateTime) {
        return Date.from(LocalDateTime.parse(localDateTime).atZone(ZoneId.of("Europe/Berlin")).toInstant());
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
    void aFilterFromBeforeTheFilterKindsIsTakenAsMeineAufgaben() {
        Filter mine = filterService.getFilter(filterId("A11", "Meine Aufgaben"));
        Map<String, Object> properties = new LinkedHashMap<>(mine.getProperties());
        properties.remove(IdentitySynchronizer.FILTER_KIND_PROPERTY);
        mine.setProperties(properties);
        filterService.saveFilter(mine);
        long filters = filterService.createFilterQuery().count();

        synchronizer.synchronize();

        assertThat(filterService.createFilterQuery().count()).isEqualTo(filters);
        assertThat(filterService.getFilter(mine.getId()).getProperties())
                .containsEntry(IdentitySynchronizer.FILTER_KIND_PROPERTY, "MINE");
    }

    @Test
    void aUnitRemovedFromTheDirectoryStaysWhileItHasOpenTasks(CapturedOutput output) {
        saveGroup("A99", "Aufgelöstes Amt mit Arbeit");
        saveGroup("A98", "Aufgelöstes Amt ohne Arbeit");
        Filter leftOver = filterService.newTaskFilter("Überfällig");
        leftOver.setProperties(new LinkedHashMap<>(Map.of(IdentitySynchronizer.FILTER_GROUP_PROPERTY, "A98",
                IdentitySynchronizer.FILTER_KIND_PROPERTY, "OVERDUE")));
        leftOver.setQuery(taskService.createTaskQuery().taskCandidateGroup("A98"));
        filterService.saveFilter(leftOver);
        Task task = taskService.newTask();
        task.setName("Noch offen");
        taskService.saveTask(task);
        taskService.addCandidateGroup(task.getId(), "A99");
        try {
            synchronizer.synchronize();

            assertThat(identityService.createGroupQuery().groupId("A99").count()).isEqualTo(1);
            assertThat(identityService.createGroupQuery().groupId("A98").count()).isZero();
            assertThat(filterService.createFilterQuery().filterId(leftOver.getId()).count()).as("its filters go with it").isZero();
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
