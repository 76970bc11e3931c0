package de.ratsanfragen.workflow;

import static de.ratsanfragen.workflow.InquiryProcess.ANSWER;
import static de.ratsanfragen.workflow.InquiryProcess.COMMENT;
import static de.ratsanfragen.workflow.InquiryProcess.DECLINED;
import static de.ratsanfragen.workflow.InquiryProcess.DECLINE_REASON;
import static de.ratsanfragen.workflow.InquiryProcess.INQUIRY_ID;
import static de.ratsanfragen.workflow.InquiryProcess.MAX_ANSWER_LENGTH;
import static de.ratsanfragen.workflow.InquiryProcess.MEASURES_TEXT;
import static de.ratsanfragen.workflow.InquiryProcess.RETURN_ITEMS;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import de.ratsanfragen.evaluation.MeasureStatus;
import de.ratsanfragen.inquiry.Contribution;
import de.ratsanfragen.inquiry.ItemReturn;
import de.ratsanfragen.engine.TaskCompletionRefused;
import io.holunda.camunda.bpm.data.factory.VariableFactory;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * What a completing task's form holds, read and checked: an answer or a decline, a proposed status, a yes/no
 * decision, the items sent back. Anything unusable is refused with a German {@link TaskCompletionRefused}: the
 * task stays open and Tasklist shows the message.
 */
final class TaskInputs {

    private TaskInputs() {
    }

    /** What a unit entered in its form: an answer within the limit, or a decline with a reason. */
    static Contribution readAnswer(DelegateTask task, String unit, Contribution.Role role) {
        boolean declined = Boolean.TRUE.equals(yesNo(task, DECLINED));
        String answer = ANSWER.from(task).getOrNull();
        String reason = DECLINE_REASON.from(task).getOrNull();
        String author = task.getAssignee() != null ? task.getAssignee()
                : task.getProcessEngineServices().getIdentityService().getCurrentAuthentication() == null ? "unbekannt"
                : task.getProcessEngineServices().getIdentityService().getCurrentAuthentication().getUserId();
        if (declined) {
            if (reason == null || reason.isBlank()) {
                throw refuse("Wer „nicht zuständig“ ankreuzt, gibt eine Begründung an (Feld „declineReason“).");
            }
            return new Contribution(unit, role, null, true, reason.strip(), author, null);
        }
        String what = TaskTexts.roleLabel(role);
        if (answer == null || answer.isBlank()) {
            throw refuse("Bitte " + (role == Contribution.Role.CONTRIBUTION ? "einen " : "eine ") + what
                    + " eingeben (Feld „answer“) oder „nicht zuständig“ ankreuzen.");
        }
        if (answer.length() > MAX_ANSWER_LENGTH) {
            throw refuse((role == Contribution.Role.CONTRIBUTION ? "Der " : "Die ") + what + " ist mit " + answer.length()
                    + " Zeichen zu lang; erlaubt sind " + MAX_ANSWER_LENGTH + ".");
        }
        return new Contribution(unit, role, answer.strip(), false, null, author, null);
    }

    /** The status the lead proposes for the item's measures: one of the four a report knows, and only for an item about a measure. */
    static MeasureStatus proposedStatus(DelegateTask task, int number) {
        String value = InquiryProcess.PROPOSED_STATUS.from(task).getOrNull();
        if (value == null || value.isBlank()) {
            return null;
        }
        MeasureStatus status = Arrays.stream(MeasureStatus.values())
                .filter(candidate -> candidate != MeasureStatus.UNCLEAR && candidate.name().equals(value.strip()))
                .findFirst()
                .orElseThrow(() -> refuse("„" + value.strip() + "“ ist kein Umsetzungsstand (Feld „proposedStatus“). Möglich sind "
                        + "FULFILLED (vollständig umgesetzt), PARTIAL (teilweise umgesetzt), NOT_FULFILLED (nicht umgesetzt) "
                        + "und DISCARDED (verworfen)."));
        String measures = MEASURES_TEXT.from(task).getOrNull();
        if (measures == null || measures.isBlank()) {
            throw refuse("Frage " + number + " bezieht sich auf keine Maßnahme der Evaluation; einen Umsetzungsstand "
                    + "kann nur eine Antwort zu einer Maßnahme vorschlagen.");
        }
        return status;
    }

    /** A yes/no field ({@code approved}, {@code declined}): a boolean, or its text „true“/„false“; anything else is refused. */
    static Boolean yesNo(DelegateTask task, VariableFactory<Boolean> field) {
        Object value = task.getVariable(field.getName());
        if (value == null || value instanceof Boolean) {
            return (Boolean) value;
        }
        if (value instanceof String text && (text.strip().equalsIgnoreCase("true") || text.strip().equalsIgnoreCase("false"))) {
            return Boolean.valueOf(text.strip());
        }
        throw refuse("Das Feld „" + field.getName() + "“ ist ein Ja/Nein-Feld (true oder false), nicht „" + value + "“.");
    }

    /** The comment of a sign-off or approval that sends items back: what is to change. */
    static String returnComment(DelegateTask task) {
        String comment = COMMENT.from(task).getOrNull();
        if (comment == null || comment.isBlank()) {
            throw refuse("Wer Fragen zurückschickt, sagt im Kommentar, was zu ändern ist.");
        }
        return comment.strip();
    }

    /** The items a sign-off or approval sends back: named, known, and explained in the comment. */
    static List<Integer> returned(DelegateTask task, Set<Integer> known) {
        returnComment(task);
        Set<Integer> numbers = new LinkedHashSet<>();
        String text = RETURN_ITEMS.from(task).getOrNull();
        for (String part : (text == null ? "" : text).split("[,;\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                numbers.add(Integer.parseInt(part));
            } catch (NumberFormatException e) {
                throw refuse("„" + part + "“ ist keine Fragennummer.");
            }
        }
        if (numbers.isEmpty()) {
            throw refuse("Bitte die Fragen nennen, die zurückgehen (Feld „returnItems“, z. B. „3, 7“).");
        }
        numbers.stream().filter(number -> !known.contains(number)).findFirst().ifPresent(number -> {
            throw refuse("Frage " + number + " gehört nicht zu den Fragen, über die hier entschieden wird.");
        });
        return List.copyOf(numbers);
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    /**
     * The items a sign-off or approval sends back: each with its own comment and units, as the review page
     * sends them (transient {@code itemReturns}); else the form's numbers with its one comment, to every unit.
     */
    static List<ItemReturn> itemReturns(DelegateTask task, Set<Integer> known) {
        String perItem = (String) task.getVariable(InquiryProcess.ITEM_RETURNS.getName());
        if (perItem == null) {
            String comment = returnComment(task);
            return returned(task, known).stream().map(number -> new ItemReturn(number, comment, null)).toList();
        }
        List<ItemReturn> returns;
        try {
            returns = List.of(JSON.readValue(perItem, ItemReturn[].class));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("itemReturns unreadable", e);
        }
        if (returns.isEmpty()) {
            throw refuse("Bitte die Fragen nennen, die zurückgehen.");
        }
        returns.stream().map(ItemReturn::number).filter(number -> !known.contains(number)).findFirst().ifPresent(number -> {
            throw refuse("Frage " + number + " gehört nicht zu den Fragen, über die hier entschieden wird.");
        });
        return returns;
    }

    /** The review page's returns as the transient variable {@link #itemReturns} reads. */
    static String itemReturnsJson(List<ItemReturn> returns) {
        try {
            return JSON.writeValueAsString(returns);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The inquiry's id is the process's business key: read from the process instance, it does not make
     * the engine load the variables of every scope between a task and the process (six queries for an
     * item's task).
     */
    static UUID inquiryId(VariableScope scope) {
        String businessKey = scope instanceof DelegateTask task ? task.getExecution().getProcessBusinessKey()
                : scope instanceof DelegateExecution execution ? execution.getProcessBusinessKey() : null;
        return UUID.fromString(businessKey != null ? businessKey : INQUIRY_ID.from(scope).get());
    }

    static TaskCompletionRefused refuse(String message) {
        return new TaskCompletionRefused(message);
    }
}
