package de.ratsanfragen.inquiry;

/**
 * A recommendation's own text quoted in an inquiry (not an item).
 *
 * @param code {@code HF4/E4}
 * @param text the recommendation as quoted
 */
public record QuotedRecommendation(String code, String text) {
}
