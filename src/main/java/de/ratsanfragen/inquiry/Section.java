package de.ratsanfragen.inquiry;

/**
 * Where an item stands in an inquiry that comments on an evaluation.
 *
 * @param kind           Vorab, Handlungsfeld, Empfehlung, Allgemein or a heading of the inquiry's own
 * @param fieldOfAction  number of the Handlungsfeld, or {@code null} (Vorab)
 * @param fieldTitle     its title where the document gives one
 * @param recommendation number of the Empfehlung, or {@code null}
 * @param heading        the heading as written, e.g. "Empfehlung 2, M1 und M2"
 */
public record Section(SectionKind kind, Integer fieldOfAction, String fieldTitle, Integer recommendation,
                      String heading) {

    public enum SectionKind {
        /** Opening, general questions before the first Handlungsfeld ("Vorab/Grundsätzliche Fragen"). */
        VORAB,
        /** Directly under a Handlungsfeld heading. */
        HANDLUNGSFELD,
        /** Under an Empfehlung heading (with or without named measures). */
        EMPFEHLUNG,
        /** "Allgemein:" — about a whole Handlungsfeld or Empfehlung. */
        ALLGEMEIN,
        /** A heading of the inquiry's own, e.g. "I. Unterbringung" in a numbered inquiry. */
        ABSCHNITT
    }
}
