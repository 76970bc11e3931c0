package de.ratsanfragen.inquiry;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.ratsanfragen.inquiry.EvaluationInquiryTokens.Token;
import de.ratsanfragen.inquiry.EvaluationInquiryTokens.Type;

/**
 * The head of an inquiry that comments on an evaluation: the title line, then
 * "Fraktion BÜNDNIS 90/DIE GRÜNEN zum SAG, 2.12.2025" with faction, committee (optional) and date.
 *
 * @param title     the first line, or {@code null} when the document starts with the faction's line
 * @param faction   {@code null} when the faction's line is missing, as committee and date then
 * @param end       the index of the first token after the head
 */
record EvaluationInquiryHeader(String title, String faction, String committee, LocalDate date, int end) {

    /*
     * The header "Fraktion … zum …, 2.12.2025" is read in three steps: the date after the last comma,
     * the faction, and the committee after the first word that introduces one. As one pattern with
     * two lazy groups it tried the rest of the line from every "zum": quadratic time.
     */
    private static final Pattern HEADER_FACTION = Pattern.compile("Fraktion\\s+(\\S.*)", Pattern.DOTALL);
    private static final Pattern HEADER_COMMITTEE = Pattern.compile("(?<!\\s)\\s++(?:zum|zur|im|an den|an die)\\s++(?=\\S)");
    private static final Pattern HEADER_DATE = Pattern.compile("\\s*(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4})\\s*");
    private static final Pattern TITLE_EVALUATION = Pattern.compile("(?:zur|zum|der)\\s+(\\d+\\.\\s*Evaluation\\b.*)$");

    /** Reads the head from the first tokens; a missing faction's line is a warning. */
    static EvaluationInquiryHeader read(List<Token> tokens, List<String> warnings) {
        int index = EvaluationInquiryTokens.skipBlank(tokens, 0);
        if (index >= tokens.size()) {
            return new EvaluationInquiryHeader(null, null, null, null, index);
        }
        String title = null;
        Token first = tokens.get(index);
        if (first.type() == Type.TEXT) {
            title = first.plain().replaceAll("\\s*[–-]\\s*$", "");
            index = EvaluationInquiryTokens.skipBlank(tokens, index + 1);
        }
        if (index < tokens.size()) {
            EvaluationInquiryHeader header = factionLine(title, tokens.get(index), index + 1, warnings);
            if (header != null) {
                return header;
            }
        }
        warnings.add("Kopfzeile „Fraktion … zum …, Datum“ nicht gefunden; Fraktion, Ausschuss und Datum fehlen.");
        return new EvaluationInquiryHeader(title, null, null, null, index);
    }

    /** "Fraktion BÜNDNIS 90/DIE GRÜNEN zum SAG, 2.12.2025": faction, committee (optional) and date; {@code null} for another line. */
    private static EvaluationInquiryHeader factionLine(String title, Token token, int end, List<String> warnings) {
        String line = token.plain();
        int comma = line.lastIndexOf(',');
        Matcher headerDate = HEADER_DATE.matcher(line).region(comma + 1, line.length());
        Matcher header = HEADER_FACTION.matcher(line).region(0, Math.max(comma, 0));
        if (comma < 0 || !headerDate.matches() || !header.matches()) {
            return null;
        }
        String names = header.group(1);
        String faction;
        String committee = null;
        Matcher committeeStart = HEADER_COMMITTEE.matcher(names);
        if (committeeStart.find()) {
            faction = names.substring(0, committeeStart.start()).strip();
            committee = names.substring(committeeStart.end()).strip();
        } else {
            faction = names.strip();
        }
        LocalDate date = DocumentDates.of(headerDate.group(1), headerDate.group(2), headerDate.group(3),
                "Zeile " + token.line() + ": ", warnings);
        return new EvaluationInquiryHeader(title, faction, committee, date, end);
    }

    /** "3. Evaluation des Integrationskonzepts" from a title "Anmerkungen … zur 3. Evaluation …", or {@code null}. */
    String evaluationTitle() {
        if (title == null) {
            return null;
        }
        Matcher matcher = TITLE_EVALUATION.matcher(title);
        return matcher.find() ? matcher.group(1).strip() : null;
    }
}
