package de.ratsanfragen.inquiry;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.ratsanfragen.inquiry.EvaluationInquiryTokens.Token;
import de.ratsanfragen.inquiry.Section.SectionKind;

/**
 * Where the reading of an evaluation inquiry stands: the current section (Vorab, Handlungsfeld,
 * Empfehlung, Allgemein), the Handlungsfeld and Empfehlung it belongs to and the measures its heading
 * names — and from these the codes of quoted measures ({@code HF1/E2/M3}) and what an item is about
 * when no measure is quoted before it.
 */
final class EvaluationOutline {

    private static final Pattern MEASURE_NUMBER = Pattern.compile("M\\s*(\\d{1,3})", Pattern.CASE_INSENSITIVE);
    private static final Pattern MEASURE_RANGE = Pattern.compile("M\\s*(\\d{1,3})\\s*(?:bis|-|–)\\s*M\\s*(\\d{1,3})",
            Pattern.CASE_INSENSITIVE);

    private Integer field;
    private String fieldTitle;
    private Integer recommendation;
    private List<String> headingMeasures = List.of();
    private Section section;

    /** The section the next item stands in, {@code null} before the first heading. */
    Section section() {
        return section;
    }

    /** Whether an Empfehlung (or "Allgemein zu Empfehlung n") is the current heading. */
    boolean inRecommendation() {
        return recommendation != null;
    }

    /** "Vorab / Grundsätzliche Fragen:": Handlungsfeld and Empfehlung stay as they were. */
    void vorab(Token token) {
        section = new Section(SectionKind.VORAB, null, null, null, token.plain());
    }

    /** "Handlungsfeld 3: Bildung". */
    void field(Token token) {
        Matcher matcher = EvaluationInquiryTokens.FIELD.matcher(token.plain());
        matcher.matches();
        field = Integer.valueOf(matcher.group(1));
        fieldTitle = matcher.group(2).isBlank() ? null : matcher.group(2).strip();
        recommendation = null;
        headingMeasures = List.of();
        section = new Section(SectionKind.HANDLUNGSFELD, field, fieldTitle, null, token.plain());
    }

    /** "Empfehlung 2, M1 bis M3:"; one before the first Handlungsfeld is a warning. */
    void recommendation(Token token, List<String> warnings) {
        Matcher matcher = EvaluationInquiryTokens.RECOMMENDATION.matcher(token.plain());
        matcher.matches();
        recommendation = Integer.valueOf(matcher.group(1));
        headingMeasures = namedMeasures(matcher.group(2));
        if (field == null) {
            warnings.add("Zeile " + token.line() + ": „" + token.plain() + "“ steht vor dem ersten Handlungsfeld.");
        }
        section = new Section(SectionKind.EMPFEHLUNG, field, fieldTitle, recommendation, token.plain().replaceAll("\\s*:$", ""));
    }

    /**
     * "Allgemein:" or "Allgemein zu Empfehlung 4: <text>".
     *
     * @return the text after the colon, stripped: an item of its own when not empty
     */
    String general(Token token) {
        Matcher matcher = EvaluationInquiryTokens.GENERAL.matcher(token.plain());
        matcher.matches();
        recommendation = matcher.group(1) == null ? null : Integer.valueOf(matcher.group(1));
        headingMeasures = List.of();
        String heading = token.plain().substring(0, token.plain().indexOf(':')).strip();
        String rest = matcher.group(2).strip();
        section = new Section(SectionKind.ALLGEMEIN, field, fieldTitle, recommendation, heading);
        return rest;
    }

    /** The measures a heading names: "M1 und M2", "M4(neu)", "M1-M3", "M1 bis M3". */
    private static List<String> namedMeasures(String list) {
        List<String> named = new ArrayList<>();
        Matcher range = MEASURE_RANGE.matcher(list);
        String singles = list;
        while (range.find()) {
            for (int m = Integer.parseInt(range.group(1)); m <= Integer.parseInt(range.group(2)) && m < 100; m++) {
                named.add("M" + m);
            }
            singles = singles.replace(range.group(), " ");
        }
        Matcher number = MEASURE_NUMBER.matcher(singles);
        while (number.find()) {
            named.add("M" + Integer.parseInt(number.group(1)));
        }
        return named;
    }

    /** What an item is about when no measure is quoted in its block: what its heading names. */
    List<String> headingReferences() {
        if (section == null || section.kind() == SectionKind.VORAB || field == null) {
            return List.of();
        }
        if (recommendation == null) {
            return List.of("HF" + field);
        }
        if (headingMeasures.isEmpty()) {
            return List.of(recommendationCode());
        }
        return headingMeasures.stream().map(this::code).toList();
    }

    /** The code of a measure of the current Empfehlung: {@code HF1/E2/M3}. */
    String code(String measureNumber) {
        return recommendationCode() + "/" + measureNumber;
    }

    /** The current Empfehlung's code, {@code HF1/E2} ({@code E?} where none is known). */
    String recommendationCode() {
        return (field == null ? "" : "HF" + field + "/") + "E" + (recommendation == null ? "?" : recommendation);
    }

    /** "Handlungsfeld 3: Bildung" as the topic of measures quoted now, {@code null} before the first Handlungsfeld. */
    String topic() {
        if (field == null) {
            return null;
        }
        return "Handlungsfeld " + field + (fieldTitle == null ? "" : ": " + fieldTitle);
    }
}
