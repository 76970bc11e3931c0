package de.ratsanfragen.inquiry;

import de.ratsanfragen.evaluation.MeasureStatus;

/**
 * A released item about an evaluated measure, with its answer, as the council reads it.
 *
 * @param inquiry    the inquiry's reference
 * @param faction    the faction (its code as stored, its name as shown)
 * @param answeredBy the units that gave the answer ({@code D01/A11, D03/A32})
 */
public record ReleasedAnswer(String inquiry, String title, String faction, int number, ItemKind kind, String question,
                             String answer, String answeredBy, MeasureStatus proposedStatus) {

    /** The same answer with the faction named as the reader knows it. */
    public ReleasedAnswer withFaction(String name) {
        return new ReleasedAnswer(inquiry, title, name, number, kind, question, answer, answeredBy, proposedStatus);
    }
}
