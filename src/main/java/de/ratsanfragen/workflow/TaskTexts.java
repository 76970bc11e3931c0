package de.ratsanfragen.workflow;

import java.util.List;
import java.util.stream.Collectors;

import de.ratsanfragen.evaluation.Measure;
import de.ratsanfragen.inquiry.Contribution;
import de.ratsanfragen.inquiry.InquiryFacts;

/** The read-only texts the task forms show: measures, contributions, declines, answers and the OB office's overview. */
final class TaskTexts {

    private TaskTexts() {
    }

    static String roleLabel(Contribution.Role role) {
        return switch (role) {
            case ANSWER -> "Antwort";
            case CONTRIBUTION -> "Beitrag";
            case COMMENT -> "Stellungnahme";
        };
    }

    /** Every contribution and comment, for the lead's answer. */
    static String contributions(List<Contribution> written) {
        return written.stream()
                .map(c -> c.unit() + " (" + roleLabel(c.role()) + "): " + (c.declined() ? "nicht zuständig – " + c.declineReason() : c.text()))
                .collect(Collectors.joining("\n\n"));
    }

    /** Who returned the item as „nicht zuständig“ and why, for the OB office's re-routing form. */
    static String declines(List<Contribution> written) {
        return written.stream().filter(Contribution::declined)
                .map(c -> c.unit() + ": " + c.declineReason())
                .collect(Collectors.joining("\n"));
    }

    /** The items a Dezernat signs off, with their answers. */
    static String answers(List<InquiryFacts.Item> items) {
        return items.stream()
                .map(item -> "Frage " + item.number() + " – " + item.routing().raw() + "\n" + item.text()
                        + "\nAntwort (" + item.answeredBy() + "): " + item.answer())
                .collect(Collectors.joining("\n\n"));
    }

    static String measures(List<Measure> measures) {
        return measures.stream()
                .map(m -> m.code() + ": " + m.text() + "\nUmsetzungsstand: " + m.status().label()
                        + (m.statusNotes().isEmpty() ? "" : "\nAktueller Stand: " + String.join(" ", m.statusNotes())))
                .collect(Collectors.joining("\n\n"));
    }

    /** Every item with its routing (and its answer in approval), for the OB office. */
    static String overview(InquiryFacts facts, boolean withAnswers) {
        return facts.items().stream()
                .map(item -> "Frage " + item.number() + " – " + (item.routing() == null ? "OHNE V-VERMERK" : item.routing().raw())
                        + (item.hints().isEmpty() ? "" : " (" + String.join("; ", item.hints()) + ")")
                        + "\n" + item.text()
                        + (withAnswers ? "\nAntwort (" + item.answeredBy() + "): " + item.answer() : ""))
                .collect(Collectors.joining("\n\n"));
    }
}
