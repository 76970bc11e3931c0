package de.ratsanfragen.workflow;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import de.ratsanfragen.engine.WorkflowIdentity;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Open tasks as the deadline monitor's drill-down and a unit's own page show them: which item (none for
 * triage, sign-off and approval), which unit, which task, due when — in plain types, so that no other
 * module needs Camunda.
 */
@Service
public class OpenTaskDates {

    /**
     * @param item              the item's number, or {@code null} for a task about the whole inquiry
     * @param unit              the unit it waits for
     * @param name              the task's German name
     * @param due               its due date
     * @param tasklistPath      where the task opens in Tasklist (for those who may see it there)
     */
    public record OpenTask(Integer item, String unit, String name, Instant due, String tasklistPath) {
    }

    /**
     * An open task with the inquiry it belongs to.
     *
     * @param inquiry the inquiry (the process's business key)
     */
    public record InquiryTask(UUID inquiry, OpenTask task) {
    }

    private final JdbcClient jdbc;
    private final RuntimeService runtimeService;

    OpenTaskDates(JdbcClient jdbc, RuntimeService runtimeService) {
        this.jdbc = jdbc;
        this.runtimeService = runtimeService;
    }

    /**
     * The open tasks with their item and unit, in one statement on the engine's runtime tables instead of
     * two engine calls per task (item number and candidate group: about ten statements each). The item
     * number is found as the engine finds a variable: in the nearest execution up from the task's that has
     * it (the item's loop instance). {@code where} selects the tasks; {@code unitGroups} the groups that
     * may name the unit ({@code null}: any candidate group).
     */
    private static final String OPEN_TASKS = """
            with recursive task as (
                select t.id_, t.name_, t.due_date_, t.execution_id_, p.business_key_
                from act_ru_task t
                join act_ru_execution p on p.id_ = t.proc_inst_id_
                join act_re_procdef d on d.id_ = t.proc_def_id_
                where d.key_ = :key and p.business_key_ is not null and %s),
            up (task_id, execution_id, depth) as (
                select id_, execution_id_, 0 from task
                union all
                select up.task_id, e.parent_id_, up.depth + 1
                from up join act_ru_execution e on e.id_ = up.execution_id
                where e.parent_id_ is not null),
            item as (
                select distinct on (up.task_id) up.task_id, v.long_ as number
                from up join act_ru_variable v on v.execution_id_ = up.execution_id and v.name_ = :itemVariable and v.task_id_ is null
                order by up.task_id, up.depth)
            select task.id_, task.name_, task.due_date_, task.business_key_, item.number,
                   (select min(l.group_id_) from act_ru_identitylink l
                    where l.task_id_ = task.id_ and l.type_ = :candidate and l.group_id_ is not null %s) as unit
            from task left join item on item.task_id = task.id_""";

    /** The inquiry's open tasks, earliest due first. */
    public List<OpenTask> of(UUID inquiryId) {
        return query(jdbc.sql(OPEN_TASKS.formatted("p.business_key_ = :inquiry", ""))
                .param("inquiry", inquiryId.toString())).stream().map(InquiryTask::task).toList();
    }

    /**
     * The open tasks waiting for any of these units (their candidate groups, matched exactly; claimed tasks
     * too), over all inquiries, earliest due first; each names the one of these units it waits for.
     */
    public List<InquiryTask> forUnits(Collection<String> units) {
        if (units.isEmpty()) {
            return List.of();
        }
        String ofUnits = "exists (select 1 from act_ru_identitylink l where l.task_id_ = t.id_ and l.type_ = :candidate "
                + "and l.group_id_ in (:units))";
        return query(jdbc.sql(OPEN_TASKS.formatted(ofUnits, "and l.group_id_ in (:units)")).param("units", List.copyOf(units)));
    }

    /**
     * The open tasks past their due date at {@code now}, over all inquiries (as the deadline watch finds them,
     * but before it has looked): the deadline monitor's overdue steps. Only the late tasks are read.
     */
    public List<InquiryTask> pastDue(Instant now) {
        return query(jdbc.sql(OPEN_TASKS.formatted("t.due_date_ < :now", "")).param("now", java.sql.Timestamp.from(now)));
    }

    /** Where the inquiry's process instance opens in Cockpit, while it runs (with or without open tasks). */
    public Optional<String> cockpitPath(UUID inquiryId) {
        return Optional.ofNullable(runtimeService.createProcessInstanceQuery()
                        .processInstanceBusinessKey(inquiryId.toString(), InquiryProcess.KEY).singleResult())
                .map(instance -> WorkflowIdentity.COCKPIT_PATH + "#/process-instance/" + instance.getId() + "/runtime");
    }

    private List<InquiryTask> query(JdbcClient.StatementSpec statement) {
        return statement.param("key", InquiryProcess.KEY).param("itemVariable", InquiryProcess.ITEM_NUMBER.getName())
                .param("candidate", IdentityLinkType.CANDIDATE)
                .query((rs, n) -> {
                    Number number = (Number) rs.getObject("number");
                    java.sql.Timestamp due = rs.getTimestamp("due_date_");
                    OpenTask task = new OpenTask(number == null ? null : number.intValue(), rs.getString("unit"), rs.getString("name_"),
                            due == null ? null : due.toInstant(), WorkflowIdentity.TASKLIST_PATH + "#/?task=" + rs.getString("id_"));
                    return new InquiryTask(UUID.fromString(rs.getString("business_key_")), task);
                })
                .list().stream()
                .sorted(Comparator.comparing((InquiryTask entry) -> entry.task().due(), Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }
}
