package de.ratsanfragen.evaluation;

/**
 * A text quoted from an evaluation that is no measure, e.g. a recommendation's own wording.
 *
 * @param code {@code HF4/E4}
 * @param text the quoted text
 */
public record QuotedText(String code, String text) {
}
