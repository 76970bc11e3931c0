package de.ratsanfragen.workflow;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every reminder and escalation the deadline watch sent ({@code deadline_notice}), once per task and date:
 * the watch writes it, the deadline monitor counts it per item.
 */
@Repository
public class DeadlineNotices {

    /** What a notice says: a task's follow-up date passed, or its due date. */
    public enum Kind {
        REMINDER,
        ESCALATION
    }

    private final JdbcClient jdbc;

    DeadlineNotices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records a notice for a task's date before it is sent.
     *
     * @return {@code false} if the same notice for the same date was already recorded: it is not sent twice
     */
    @Transactional
    boolean record(String taskId, Kind kind, Instant dueAt, UUID inquiryId, String unit, List<Integer> items, Instant noticedAt) {
        return jdbc.sql("""
                        insert into ratsanfragen.deadline_notice (task_id, kind, due_at, inquiry_id, unit, items, noticed_at)
                        values (:task, :kind, :due, :id, :unit, :items, :at) on conflict do nothing""")
                .param("task", taskId).param("kind", kind.name()).param("due", Timestamp.from(dueAt)).param("id", inquiryId)
                .param("unit", unit).param("items", items.toArray(Integer[]::new)).param("at", Timestamp.from(noticedAt))
                .update() == 1;
    }

    /** Keys {@code taskId/KIND/epochMillis} of the notices already recorded for these tasks. */
    @Transactional(readOnly = true)
    Set<String> recorded(Collection<String> taskIds) {
        Set<String> noticed = new HashSet<>();
        // in chunks: thousands of overdue tasks must not exceed the driver's limit of bind parameters
        List<String> ids = List.copyOf(taskIds);
        for (int from = 0; from < ids.size(); from += 1000) {
            noticed.addAll(jdbc.sql("select task_id, kind, due_at from ratsanfragen.deadline_notice where task_id in (:tasks)")
                    .param("tasks", ids.subList(from, Math.min(ids.size(), from + 1000)))
                    .query((rs, n) -> key(rs.getString(1), Kind.valueOf(rs.getString(2)), rs.getTimestamp(3).getTime())).list());
        }
        return noticed;
    }

    static String key(String taskId, Kind kind, long dueAtMillis) {
        return taskId + "/" + kind + "/" + dueAtMillis;
    }

    /** How many reminders and escalations went out about each item of the inquiry (by item number). */
    @Transactional(readOnly = true)
    public Map<Integer, Map<Kind, Integer>> countsByItem(UUID inquiryId) {
        Map<Integer, Map<Kind, Integer>> counts = new HashMap<>();
        jdbc.sql("""
                        select item, kind, count(*) as n from ratsanfragen.deadline_notice, unnest(items) as item
                        where inquiry_id = :id group by 1, 2""")
                .param("id", inquiryId)
                .query(rs -> {
                    counts.computeIfAbsent(rs.getInt("item"), number -> new EnumMap<>(Kind.class))
                            .put(Kind.valueOf(rs.getString("kind")), rs.getInt("n"));
                });
        return counts;
    }
}
