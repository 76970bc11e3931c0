package de.ratsanfragen.workflow;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The open tasks of one inquiry as the deadline monitor's drill-down shows them: which item (none for
 * triage, sign-off and approval), which unit, which task, due when — in plain types, so that no other
 * module needs Camunda.
 */
@Service
public class OpenTaskDates {

    /**
     * @param item   the item's number, or {@code null} for a task about the whole inquiry
     * @param unit   the unit it waits for
     * @param name   the task's German name
     * @param due    its due date
     */
    public record OpenTask(Integer item, String unit, String name, Instant due) {
    }

    private final JdbcTemplate jdbc;

    OpenTaskDates(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The inquiry's open tasks, earliest due first. One statement on the engine's runtime tables instead of
     * two engine calls per task (its item number and its candidate group: about ten statements each): the
     * item number is found as the engine finds a variable, in the nearest execution up from the task's
     * that has it (the item's loop instance).
     */
    public List<OpenTask> of(UUID inquiryId) {
        return jdbc.query("""
                        with recursive task as (
                            select t.id_, t.name_, t.due_date_, t.execution_id_
                            from act_ru_task t
                            join act_ru_execution p on p.id_ = t.proc_inst_id_
                            join act_re_procdef d on d.id_ = t.proc_def_id_
                            where p.business_key_ = ? and d.key_ = ?),
                        up (task_id, execution_id, depth) as (
                            select id_, execution_id_, 0 from task
                            union all
                            select up.task_id, e.parent_id_, up.depth + 1
                            from up join act_ru_execution e on e.id_ = up.execution_id
                            where e.parent_id_ is not null),
                        item as (
                            select distinct on (up.task_id) up.task_id, v.long_ as number
                            from up join act_ru_variable v on v.execution_id_ = up.execution_id and v.name_ = ? and v.task_id_ is null
                            order by up.task_id, up.depth)
                        select task.id_, task.name_, task.due_date_, item.number,
                               (select min(l.group_id_) from act_ru_identitylink l
                                where l.task_id_ = task.id_ and l.type_ = ? and l.group_id_ is not null) as unit
                        from task left join item on item.task_id = task.id_""",
                        (rs, n) -> {
                            Number number = (Number) rs.getObject("number");
                            java.sql.Timestamp due = rs.getTimestamp("due_date_");
                            return new OpenTask(number == null ? null : number.intValue(), rs.getString("unit"), rs.getString("name_"),
                                    due == null ? null : due.toInstant());
                        },
                        inquiryId.toString(), InquiryProcess.KEY, InquiryProcess.ITEM_NUMBER.getName(), IdentityLinkType.CANDIDATE)
                .stream()
                .sorted(Comparator.comparing(OpenTask::due, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }
}
