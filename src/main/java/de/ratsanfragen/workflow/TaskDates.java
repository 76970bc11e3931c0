package de.ratsanfragen.workflow;

import java.time.LocalDate;
import java.util.Date;

import de.ratsanfragen.deadline.DeadlineCalendar;
import de.ratsanfragen.deadline.Deadlines;
import de.ratsanfragen.deadline.Step;
import de.ratsanfragen.platform.CouncilClock;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * The due and follow-up date of a task, computed when the task is created, as the BPMN asks for them
 * ({@code camunda:dueDate="${taskDates.due(execution, 'ANSWERS')}"}): the inquiry's internal deadlines
 * staggered back from its final date, and, for a task created late — a late triage, an item re-routed
 * or sent back after its step's date — staggered again from today, so that no task is overdue the
 * moment it exists (public: the expression language calls only public classes). Only the final date and the receipt are kept in the process; every date follows
 * from them, so an extension moves the final date and every task created afterwards follows it.
 */
@Component("taskDates")
public class TaskDates {

    private final DeadlineCalendar calendar;
    private final CouncilClock clock;

    TaskDates(DeadlineCalendar calendar, CouncilClock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    /** End of the office day on which a task of this step ({@code ANSWERS}, {@code SIGN_OFF} …) is due. */
    public Date due(VariableScope scope, String step) {
        return ProcessDates.endOfDay(plan(scope).step(Step.valueOf(step)).due());
    }

    public Date followUp(VariableScope scope, String step) {
        return ProcessDates.endOfDay(plan(scope).step(Step.valueOf(step)).followUp());
    }

    /** The lead's step: it consolidates when other units contribute or comment, else it answers alone. */
    public String leadStep(String contributors, String consulted) {
        return contributors != null && !contributors.isBlank() || consulted != null && !consulted.isBlank()
                ? Step.CONSOLIDATION.name() : Step.ANSWERS.name();
    }

    /** The plan of an inquiry with this final date, as it stands today. */
    Deadlines plan(LocalDate finalDue, LocalDate receivedOn) {
        return calendar.restagger(calendar.plan(finalDue, receivedOn), clock.today());
    }

    private Deadlines plan(VariableScope scope) {
        return plan(LocalDate.parse(InquiryProcess.FINAL_DUE.from(scope).get()),
                LocalDate.parse(InquiryProcess.RECEIVED_ON.from(scope).get()));
    }
}
