package de.ratsanfragen.workflow;

import static de.ratsanfragen.workflow.InquiryProcessScenarioTest.onlyTask;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import de.ratsanfragen.ServiceTestSupport;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The OB office extends a deadline with a reason: every open date moves, the faction is told. */
class DeadlineExtensionApiTest extends ServiceTestSupport {

    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;

    @Autowired
    DeadlineWatch watch;

    /** Other test classes share the mail server: start from an empty mailbox. */
    @org.junit.jupiter.api.BeforeEach
    void emptyMailbox() throws Exception {
        MAIL.purgeEmailFromAllMailboxes();
    }

    @AfterEach
    void clearMailAndClock() throws Exception {
        ClockUtil.reset();
        MAIL.purgeEmailFromAllMailboxes();
    }

    private static LocalDate day(Object dateTime) {
        return LocalDate.parse(((String) dateTime).substring(0, 10));
    }

    /** The inquiry's deadline as the API shows it. */
    private static LocalDate deadline(InquiryProcessScenarioTest.Submitted inquiry) {
        return LocalDate.parse(as("ob").get("/api/inquiries/" + inquiry.id()).then().extract().path("dueDate"));
    }

    private static java.util.Date at(LocalDate day, int hour) {
        return java.util.Date.from(day.atTime(hour, 0).atZone(java.time.ZoneId.of("Europe/Berlin")).toInstant());
    }

    /** The watch looks once (at every inquiry: the tests share a database); the notices waiting for this inquiry. */
    private long look(String businessKey) {
        watch.watch();
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(InquiryProcess.NOTICE_KEY)
                .processInstanceBusinessKey(businessKey).count();
    }

    private void runNoticeJobs(String businessKey) {
        for (Job job : runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).list().stream()
                .flatMap(instance -> managementService.createJobQuery().processInstanceId(instance.getId()).executable().list().stream())
                .toList()) {
            managementService.executeJob(job.getId());
        }
    }

    @Test
    void everyOpenDateMovesOverdueIsClearedRemindersComeAgainAndTheFactionGetsAnInterimNotice() throws Exception {
        InquiryProcessScenarioTest.Submitted inquiry = InquiryProcessScenarioTest.submit("V: D01/ A11");
        InquiryProcessScenarioTest.triage(inquiry);
        Map<String, Object> before = onlyTask("a11", inquiry);
        LocalDate previousDue = deadline(inquiry);
        // the unit was reminded and is overdue when the OB office extends
        ClockUtil.setCurrentTime(at(day(before.get("followUp")), 17));
        assertThat(look(inquiry.id())).isEqualTo(1);
        ClockUtil.setCurrentTime(at(day(before.get("due")), 17));
        assertThat(look(inquiry.id())).isEqualTo(2);
        runNoticeJobs(inquiry.id());
        as("ob").get("/api/inquiries/" + inquiry.id()).then().body("items[0].overdue", equalTo(true));
        MAIL.purgeEmailFromAllMailboxes();
        LocalDate newDue = previousDue.plusWeeks(3);

        as("ob").contentType("application/json")
                .body("{\"dueDate\": \"" + newDue + "\", \"reason\": \"Die Recherche in drei Ämtern braucht mehr Zeit.\"}")
                .post("/api/inquiries/" + inquiry.id() + "/deadline").then().statusCode(200)
                .body("previousDueDate", equalTo(previousDue.toString()));

        LocalDate extendedDue = deadline(inquiry);
        assertThat(extendedDue).isAfterOrEqualTo(newDue);
        as("ob").get("/api/inquiries/" + inquiry.id()).then().body("items[0].overdue", equalTo(false));
        Map<String, Object> after = onlyTask("a11", inquiry);
        assertThat(day(after.get("due"))).isAfter(day(before.get("due")));
        assertThat(day(after.get("followUp"))).isAfter(day(before.get("followUp")));
        // a second extension before the first notice went out: each notice keeps its own reason
        as("ob").contentType("application/json")
                .body("{\"dueDate\": \"" + newDue.plusWeeks(1) + "\", \"reason\": \"Ein Gutachten steht aus.\"}")
                .post("/api/inquiries/" + inquiry.id() + "/deadline").then().statusCode(200);

        assertThat(MAIL.getReceivedMessages()).as("sent only after the extension committed").isEmpty();
        runNoticeJobs(inquiry.id());
        MimeMessage[] notices = MAIL.getReceivedMessages();
        assertThat(notices).hasSize(2);
        for (MimeMessage notice : notices) {
            assertThat(notice.getAllRecipients()[0].toString()).isEqualTo("gruene-fraktion@erfurt.example");
            assertThat(notice.getSubject()).contains(inquiry.reference());
        }
        assertThat(java.util.Arrays.stream(notices).map(notice -> {
            try {
                return notice.getContent().toString();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList()).anySatisfy(text -> assertThat(text).contains("Die Recherche in drei Ämtern braucht mehr Zeit.").doesNotContain("Gutachten"))
                .anySatisfy(text -> assertThat(text).contains("Ein Gutachten steht aus."));
        after = onlyTask("a11", inquiry);

        ClockUtil.setCurrentTime(at(day(after.get("followUp")), 17));
        assertThat(look(inquiry.id())).as("the moved follow-up date brings a new reminder").isEqualTo(1);
    }

    @Test
    void anEscalationNoticedJustBeforeAnExtensionIsNotSent() throws Exception {
        InquiryProcessScenarioTest.Submitted inquiry = InquiryProcessScenarioTest.submit("V: D01/ A11");
        InquiryProcessScenarioTest.triage(inquiry);
        Map<String, Object> task = onlyTask("a11", inquiry);
        LocalDate due = deadline(inquiry);
        ClockUtil.setCurrentTime(at(day(task.get("due")), 17));
        assertThat(look(inquiry.id())).as("the escalation is on its way").isEqualTo(1);

        as("ob").contentType("application/json").body("{\"dueDate\": \"" + due.plusWeeks(2) + "\", \"reason\": \"Gutachten.\"}")
                .post("/api/inquiries/" + inquiry.id() + "/deadline").then().statusCode(200);
        runNoticeJobs(inquiry.id());

        assertThat(MAIL.getReceivedMessages()).as("only the interim notice: the escalated date no longer holds")
                .extracting(message -> message.getSubject()).noneMatch(subject -> subject.contains("Überfällig")).hasSize(1);
        as("ob").get("/api/inquiries/" + inquiry.id()).then().body("items[0].overdue", equalTo(false));
        String main = runtimeService.createProcessInstanceQuery().processDefinitionKey(InquiryProcess.KEY)
                .processInstanceBusinessKey(inquiry.id()).singleResult().getId();
        assertThat((String) runtimeService.getVariable(main, InquiryProcess.DUE_DATE_TEXT.getName()))
                .as("the forms show the new deadline").startsWith(due.plusWeeks(2).format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")));
    }

    @Test
    void anExtensionNeedsAReasonAndALaterDateAndTheObOffice() {
        InquiryProcessScenarioTest.Submitted inquiry = InquiryProcessScenarioTest.submit("V: D01/ A11");
        InquiryProcessScenarioTest.triage(inquiry);
        String due = as("ob").get("/api/inquiries/" + inquiry.id()).then().extract().path("dueDate");
        LocalDate later = LocalDate.parse(due).plusWeeks(2);
        String path = "/api/inquiries/" + inquiry.id() + "/deadline";

        as("ob").contentType("application/json").body("{\"dueDate\": \"" + later + "\", \"reason\": \" \"}")
                .post(path).then().statusCode(400).contentType("application/problem+json");
        as("ob").contentType("application/json").body("{\"dueDate\": \"" + LocalDate.parse(due).minusDays(1) + "\", \"reason\": \"x\"}")
                .post(path).then().statusCode(400).contentType("application/problem+json");
        as("ob").contentType("application/json").body("{\"dueDate\": \"2020-01-01\", \"reason\": \"x\"}")
                .post(path).then().statusCode(400);
        as("ob").contentType("application/json").body("{\"reason\": \"x\"}")
                .post(path).then().statusCode(400).body("detail", containsString("dueDate"));
        as("ob").contentType("application/json").body("{\"dueDate\": \"" + later + "\", \"reason\": \"" + "x".repeat(2_001) + "\"}")
                .post(path).then().statusCode(400).body("detail", containsString("länger als 2000 Zeichen"));
        as("gruene").contentType("application/json").body("{\"dueDate\": \"" + later + "\", \"reason\": \"x\"}")
                .post(path).then().statusCode(403);

        // later than the current deadline, but that has passed and so has the new date
        ClockUtil.setCurrentTime(at(LocalDate.parse(due).plusDays(10), 9));
        as("ob").contentType("application/json").body("{\"dueDate\": \"" + LocalDate.parse(due).plusDays(5) + "\", \"reason\": \"x\"}")
                .post(path).then().statusCode(400).body("detail", containsString("Vergangenheit"));
        ClockUtil.reset();

        as("ob").get("/api/inquiries/" + inquiry.id()).then().body("dueDate", equalTo(due));
        assertThat(MAIL.getReceivedMessages()).isEmpty();
    }
}
