package de.ratsanfragen.workflow;

import static de.ratsanfragen.workflow.InquiryProcessScenarioTest.complete;
import static de.ratsanfragen.workflow.InquiryProcessScenarioTest.onlyTask;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;

import de.ratsanfragen.ServiceTestSupport;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Reminders before a task is due and escalation after it: the engine's clock moves past the
 * follow-up and due dates, the deadline watch looks (as it does every few minutes), and the jobs
 * that are due run — as the job executor would.
 */
class DeadlineWatchTest extends ServiceTestSupport {

    @Autowired
    ManagementService managementService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    DeadlineWatch watch;

    /** Other test classes share the mail server: start from an empty mailbox. */
    @org.junit.jupiter.api.BeforeEach
    void emptyMailbox() throws Exception {
        MAIL.purgeEmailFromAllMailboxes();
    }

    @AfterEach
    void resetClockAndMail() throws Exception {
        ClockUtil.reset();
        MAIL.purgeEmailFromAllMailboxes();
        if (!MAIL.isRunning()) {
            MAIL.start();
        }
    }

    private static Date at(LocalDate day, int hour) {
        return Date.from(day.atTime(hour, 0).atZone(ZoneId.of("Europe/Berlin")).toInstant());
    }

    /** The jobs of the inquiry's process and of its notices (they share the business key). */
    private List<Job> jobs(String businessKey, boolean onlyDue) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).list().stream()
                .flatMap(instance -> {
                    var query = managementService.createJobQuery().processInstanceId(instance.getId());
                    return (onlyDue ? query.executable() : query).list().stream();
                })
                .toList();
    }

    /** The watch looks once; then every job of the inquiry due at the engine's current time runs, until none is left. */
    private int runDueJobs(String businessKey) {
        watch.watch();
        int executed = 0;
        for (int round = 0; round < 10; round++) {
            List<Job> due = jobs(businessKey, true);
            if (due.isEmpty()) {
                break;
            }
            for (Job job : due) {
                managementService.executeJob(job.getId());
                executed++;
            }
        }
        return executed;
    }

    /** The watch looks once (at every inquiry: the tests share a database); the notices waiting for this inquiry. */
    private long look(String businessKey) {
        watch.watch();
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(InquiryProcess.NOTICE_KEY)
                .processInstanceBusinessKey(businessKey).count();
    }

    private static List<String> recipients(MimeMessage message) throws Exception {
        return Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(Object::toString).toList();
    }

    @Test
    void theUnitIsRemindedThenTheDezernatAndTheObOfficeAreToldAndTheItemIsOverdue() throws Exception {
        InquiryProcessScenarioTest.Submitted inquiry = InquiryProcessScenarioTest.submit("V: D01/ A11");
        InquiryProcessScenarioTest.triage(inquiry);
        Map<String, Object> task = onlyTask("a11", inquiry);
        LocalDate followUp = LocalDate.parse(((String) task.get("followUp")).substring(0, 10));
        LocalDate due = LocalDate.parse(((String) task.get("due")).substring(0, 10));
        assertThat(followUp).isBefore(due);

        ClockUtil.setCurrentTime(at(followUp, 7));
        assertThat(runDueJobs(inquiry.id())).as("nothing due before the follow-up time").isZero();

        ClockUtil.setCurrentTime(at(followUp, 17));
        assertThat(runDueJobs(inquiry.id())).as("one notice, one job").isEqualTo(1);
        assertThat(runDueJobs(inquiry.id())).as("the next look sends nothing twice").isZero();
        MimeMessage[] reminders = MAIL.getReceivedMessages();
        assertThat(reminders).hasSize(1);
        assertThat(recipients(reminders[0])).containsExactly("amt11@erfurt.example");
        assertThat(reminders[0].getSubject()).contains(inquiry.reference(), "Erinnerung");
        as("ob").get("/api/inquiries/" + inquiry.id()).then().body("items[0].overdue", org.hamcrest.Matchers.equalTo(false));

        ClockUtil.setCurrentTime(at(due, 17));
        assertThat(runDueJobs(inquiry.id())).isEqualTo(1);
        assertThat(runDueJobs(inquiry.id())).as("one escalation per task and date").isZero();
        assertThat(MAIL.getReceivedMessages()).as("the reminder, and the escalation once for each of its two recipients").hasSize(3);
        MimeMessage escalation = null;
        for (MimeMessage message : MAIL.getReceivedMessages()) {
            if (message.getSubject().contains("Überfällig")) {
                escalation = message;
            }
        }
        assertThat(escalation).as("escalation mail").isNotNull();
        assertThat(recipients(escalation)).containsExactlyInAnyOrder("dezernat01@erfurt.example", "bereich-ob@erfurt.example");
        assertThat(escalation.getSubject()).contains(inquiry.reference());
        as("ob").get("/api/inquiries/" + inquiry.id()).then().body("items[0].overdue", org.hamcrest.Matchers.equalTo(true));
        assertThat(onlyTask("a11", inquiry).get("id")).as("the task stays with its unit").isEqualTo(task.get("id"));
    }

    @Test
    void aDeadlineOnReformationDayMovesToTheNextWorkingDayAndTheTaskEscalatesOnlyAfterItsOwnDueDay() {
        InquiryProcessScenarioTest.Submitted inquiry = InquiryProcessScenarioTest.submit("V: D05/ A51");
        // Tuesday, 31 October 2028: Reformationstag in Thuringia, so the inquiry is due on Wednesday, 1 November
        complete("ob", onlyTask("ob", inquiry), Map.of("explicitDueDate", "31.10.2028")).then().statusCode(204);
        as("ob").get("/api/inquiries/" + inquiry.id()).then().body("dueDate", org.hamcrest.Matchers.equalTo("2028-11-01"));
        Map<String, Object> task = onlyTask("a51", inquiry);
        LocalDate due = LocalDate.parse(((String) task.get("due")).substring(0, 10));
        assertThat(due).isBefore(LocalDate.of(2028, 11, 1)).isAfter(LocalDate.now())
                .as("staggered back over working days only").isNotEqualTo(LocalDate.of(2028, 10, 31));
        assertThat(due.getDayOfWeek()).isNotIn(java.time.DayOfWeek.SATURDAY, java.time.DayOfWeek.SUNDAY);

        ClockUtil.setCurrentTime(at(due, 12));
        runDueJobs(inquiry.id());
        as("ob").get("/api/inquiries/" + inquiry.id()).then().body("items[0].overdue", org.hamcrest.Matchers.equalTo(false));
        assertThat(subjects()).as("reminded at the follow-up date, not yet overdue").anySatisfy(subject -> assertThat(subject).contains("Erinnerung"))
                .noneSatisfy(subject -> assertThat(subject).contains("Überfällig"));

        ClockUtil.setCurrentTime(at(due.plusDays(1), 8));
        runDueJobs(inquiry.id());
        as("ob").get("/api/inquiries/" + inquiry.id()).then().body("items[0].overdue", org.hamcrest.Matchers.equalTo(true));
        assertThat(subjects()).anySatisfy(subject -> assertThat(subject).contains("Überfällig"));
    }

    private static List<String> subjects() {
        return Arrays.stream(MAIL.getReceivedMessages()).map(message -> {
            try {
                return message.getSubject();
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    @Test
    void theFactionHearsOfTheReleaseAfterItCommitted() throws Exception {
        InquiryProcessScenarioTest.Submitted inquiry = InquiryProcessScenarioTest.submit("V: D04/ A67");
        InquiryProcessScenarioTest.triage(inquiry);
        complete("a67", onlyTask("a67", inquiry), Map.of("answer", "Antwort.")).then().statusCode(204);
        InquiryProcessScenarioTest.signOff(inquiry, "d04");
        InquiryProcessScenarioTest.approve(inquiry);
        assertThat(MAIL.getReceivedMessages()).as("no mail inside the approving transaction").isEmpty();

        runDueJobs(inquiry.id());

        MimeMessage released = MAIL.getReceivedMessages()[0];
        assertThat(recipients(released)).containsExactly("gruene-fraktion@erfurt.example");
        assertThat(released.getSubject()).contains(inquiry.reference());
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(inquiry.id()).count())
                .as("the process has ended").isZero();
    }

    @Test
    void aMailThatCannotBeSentIsRetriedAndBecomesAnIncident() throws Exception {
        InquiryProcessScenarioTest.Submitted inquiry = InquiryProcessScenarioTest.submit("V: D03/ A53");
        InquiryProcessScenarioTest.triage(inquiry);
        LocalDate followUp = LocalDate.parse(((String) onlyTask("a53", inquiry).get("followUp")).substring(0, 10));
        ClockUtil.setCurrentTime(at(followUp, 17));
        assertThat(look(inquiry.id())).isEqualTo(1);
        MAIL.stop();

        List<Job> waiting = jobs(inquiry.id(), true);
        assertThat(waiting).hasSize(1);
        Job reminder = waiting.get(0);
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                managementService.executeJob(reminder.getId());
            } catch (RuntimeException expected) {
                // the SMTP server is down: the job fails and waits for its next try
            }
            ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + 11 * 60_000L));
        }

        Job failed = managementService.createJobQuery().jobId(reminder.getId()).singleResult();
        assertThat(failed.getRetries()).isZero();
        assertThat(failed.getExceptionMessage()).isNotBlank();
        assertThat(runtimeService.createIncidentQuery().processInstanceId(failed.getProcessInstanceId())
                .configuration(failed.getId()).count()).isEqualTo(1);
        assertThat(onlyTask("a53", inquiry)).as("the unit's task is untouched").isNotNull();
    }

    @Test
    void aTaskDoneInTimeIsNeverRemindedAndOneDoneAfterTheWatchSawItGetsNoMail() {
        InquiryProcessScenarioTest.Submitted inquiry = InquiryProcessScenarioTest.submit("V: D04/ A67");
        InquiryProcessScenarioTest.triage(inquiry);
        Map<String, Object> task = onlyTask("a67", inquiry);
        LocalDate due = LocalDate.parse(((String) task.get("due")).substring(0, 10));
        complete("a67", task, Map.of("answer", "Sofort beantwortet.")).then().statusCode(204);
        ClockUtil.setCurrentTime(at(due, 17));
        assertThat(look(inquiry.id())).as("the answered task is not watched; the sign-off's dates lie ahead").isZero();

        InquiryProcessScenarioTest.Submitted other = InquiryProcessScenarioTest.submit("V: D04/ A67");
        InquiryProcessScenarioTest.triage(other);
        Map<String, Object> late = onlyTask("a67", other);
        ClockUtil.setCurrentTime(at(LocalDate.parse(((String) late.get("due")).substring(0, 10)), 17));
        assertThat(look(other.id())).isEqualTo(1);
        complete("a67", late, Map.of("answer", "Gerade noch.")).then().statusCode(204);
        List<Job> notices = jobs(other.id(), true);
        assertThat(notices).hasSize(1);
        notices.forEach(job -> managementService.executeJob(job.getId()));
        assertThat(subjects()).as("answered before the mail went out: no mail").isEmpty();
    }

    @Test
    void triageAndReRoutingTasksAreWatchedToo() {
        InquiryProcessScenarioTest.Submitted inquiry = InquiryProcessScenarioTest.submit("V: D04/ A67");
        Map<String, Object> triage = onlyTask("ob", inquiry);
        ClockUtil.setCurrentTime(at(LocalDate.parse(((String) triage.get("due")).substring(0, 10)).plusDays(1), 9));
        runDueJobs(inquiry.id());
        assertThat(subjects()).anySatisfy(subject -> assertThat(subject).contains("Überfällig", inquiry.reference()));
    }
}
