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

    @AfterEach
    void clearMail() throws Exception {
        MAIL.purgeEmailFromAllMailboxes();
    }

    private static LocalDate day(Object dateTime) {
        return LocalDate.parse(((String) dateTime).substring(0, 10));
    }

    private List<Job> timers(String businessKey) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).list().stream()
                .flatMap(instance -> managementService.createJobQuery().processInstanceId(instance.getId()).timers().list().stream())
                .toList();
    }

    @Test
    void everyOpenDateMovesAndTheFactionGetsAnInterimNotice() throws Exception {
        InquiryProcessScenarioTest.Submitted inquiry = InquiryProcessScenarioTest.submit("V: D01/ A11");
        InquiryProcessScenarioTest.triage(inquiry);
        Map<String, Object> before = onlyTask("a11", inquiry);
        LocalDate previousDue = LocalDate.parse(as("ob").get("/api/inquiries/" + inquiry.id()).then().extract().path("dueDate"));
        List<java.util.Date> timersBefore = timers(inquiry.id()).stream().map(Job::getDuedate).toList();
        LocalDate newDue = previousDue.plusWeeks(3);

        as("ob").contentType("application/json")
                .body("{\"dueDate\": \"" + newDue + "\", \"reason\": \"Die Recherche in drei Ämtern braucht mehr Zeit.\"}")
                .post("/api/inquiries/" + inquiry.id() + "/deadline").then().statusCode(200)
                .body("previousDueDate", equalTo(previousDue.toString()));

        LocalDate extendedDue = LocalDate.parse(as("ob").get("/api/inquiries/" + inquiry.id()).then().extract().path("dueDate"));
        assertThat(extendedDue).isAfterOrEqualTo(newDue);
        Map<String, Object> after = onlyTask("a11", inquiry);
        assertThat(day(after.get("due"))).isAfter(day(before.get("due")));
        assertThat(day(after.get("followUp"))).isAfter(day(before.get("followUp")));
        List<java.util.Date> timersAfter = timers(inquiry.id()).stream().map(Job::getDuedate).toList();
        assertThat(timersAfter).hasSameSizeAs(timersBefore);
        assertThat(timersAfter.stream().mapToLong(java.util.Date::getTime).min().orElseThrow())
                .isGreaterThan(timersBefore.stream().mapToLong(java.util.Date::getTime).max().orElseThrow());

        assertThat(MAIL.getReceivedMessages()).as("sent only after the extension committed").isEmpty();
        for (Job job : runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(inquiry.id()).list().stream()
                .flatMap(instance -> managementService.createJobQuery().processInstanceId(instance.getId()).executable().list().stream())
                .toList()) {
            managementService.executeJob(job.getId());
        }
        MimeMessage notice = MAIL.getReceivedMessages()[0];
        assertThat(notice.getAllRecipients()[0].toString()).isEqualTo("gruene-fraktion@erfurt.example");
        assertThat(notice.getSubject()).contains(inquiry.reference());
        assertThat(notice.getContent().toString()).contains("Die Recherche in drei Ämtern braucht mehr Zeit.");
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
        as("gruene").contentType("application/json").body("{\"dueDate\": \"" + later + "\", \"reason\": \"x\"}")
                .post(path).then().statusCode(403);

        as("ob").get("/api/inquiries/" + inquiry.id()).then().body("dueDate", equalTo(due));
        assertThat(MAIL.getReceivedMessages()).isEmpty();
    }
}
