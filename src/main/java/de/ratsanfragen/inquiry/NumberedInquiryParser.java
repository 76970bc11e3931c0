package de.ratsanfragen.inquiry;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.ratsanfragen.document.ContinuedTexts;
import de.ratsanfragen.document.MarkupText;
import de.ratsanfragen.document.SourceDocument;
import de.ratsanfragen.inquiry.Section.SectionKind;

/**
 * Reads an inquiry in the usual council format: a header with faction, date and subject, a lead-in
 * such as "Wir fragen daher die Verwaltung:", questions numbered {@code 1.}, {@code 1)}, {@code (1)},
 * {@code Frage 1:} or {@code a)}, with sub-items ({@code a)}, {@code -}), headings such as
 * {@code I. Unterbringung}, and a signature. Items carry no routing: the OB office routes them in
 * triage.
 */
final class NumberedInquiryParser {

    private static final Pattern LEAD_IN = Pattern.compile(
            "(?i).*\\b(?:fragen|frage|fragt|bitten|bittet)\\b.{0,80}:\\s*$|(?i)^fragen\\s*:\\s*$");
    private static final Pattern SUBJECT = Pattern.compile("(?i)^(?:Betreff|Betr\\.|Thema|Gegenstand|Titel)\\s*:\\s*(.+)$");
    private static final Pattern INQUIRY_TITLE = Pattern.compile(
            "(?i)^(?:Kleine |Große |Schriftliche |Mündliche )?Anfrage\\b\\s*(.*)$");
    // Lines reach these patterns with their spaces folded; the spaces are possessive and a match starts
    // at the beginning of a run anyway, so that a run of spaces is never tried position by position.
    private static final Pattern TITLE_NOISE = Pattern.compile(
            "(?is)^(?:Nr\\.?\\s*\\S+|der\\b.*?\\bFraktion\\S*|an\\b.*|nach\\b.*|gemäß\\b.*|gem\\.\\b.*)?\\s*+[–:-]?\\s*+(?:zur|zum|zu|über|betreffend|betr\\.)?\\s*+");
    private static final Pattern TRAILING_DATE = Pattern.compile(
            "(?<!\\s)\\s*+[,–-]\\s*+(?:vom\\s++)?\\d{1,2}\\.\\s?\\d{1,2}\\.\\s?\\d{4}\\s*+$");
    private static final Pattern FACTION = Pattern.compile(
            "(?i)(?:^|\\b(?:die|der)\\s+)(?:Stadtrats|Kreistags|Gemeinderats|Rats)?fraktion\\s+(?!im\\b|in\\b|des\\b)(.+?)"
                    + "(?:\\s+(?:im|in der|des|bittet|fragt|stellt)\\b.*|[,;:.]|$)");
    private static final Pattern FACTION_SUFFIX = Pattern.compile(
            "(?i)^(?:Anfrage\\s+der\\s+)?(\\S+(?:\\s\\S+)?)-(?:Stadtrats|Kreistags|Gemeinderats)?Fraktion\\b.*$");
    private static final Pattern COMMITTEE = Pattern.compile("(?i)\\b(?:im|zum|für den|an den)\\s+(Ausschuss\\b[^,;:]*)");
    private static final Pattern NUMBERED = Pattern.compile(
            "^(?:Frage\\s+)?\\(?(\\d{1,2})\\s*[.):]\\s*(?!\\d)(\\S.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern LETTERED = Pattern.compile("^\\(?([a-z])\\)\\s+(\\S.*)$");
    private static final Pattern SUB_ITEM = Pattern.compile("^(?:\\(?[a-z]\\)|[a-z]\\.|[-–•·*])\\s+\\S.*$");
    private static final Pattern ROMAN_HEADING = Pattern.compile("^([IVX]{1,4})\\.\\s+(\\S.{0,80})$");
    private static final Pattern SIGNATURE = Pattern.compile(
            "(?i)^(?:gez\\.|gezeichnet|mit freundlichen grüßen|freundliche grüße|für die fraktion|i\\.\\s?a\\.|begründung\\s*:?)(?:[\\s,].*)?$");
    /** A line or question ending in one of these is complete; one ending otherwise continues on the next line. */
    private static final String SENTENCE_END = "?.!:)“\"»";

    /** One question while it is read: its first line and everything that continues it. */
    private static final class Draft {
        final int writtenNumber;
        final Section section;
        final StringBuilder text = new StringBuilder();

        Draft(int writtenNumber, String firstLine, Section section) {
            this.writtenNumber = writtenNumber;
            this.section = section;
            text.append(firstLine);
        }

        /** A hard line wrap or a further sentence: it continues the question (or its last sub-item). */
        void continueWith(String line) {
            text.append(' ').append(line);
        }

        /** Sub-items (a), b), -) stay with their question, each on a line of its own. */
        void addSubItem(String line) {
            text.append('\n').append(line);
        }

        /** Asked once per line: it looks at the end of the text only (matching the whole text each time was quadratic). */
        boolean complete() {
            return ContinuedTexts.endsWithAnyOf(text, SENTENCE_END);
        }
    }

    ImportedInquiry parse(SourceDocument document) {
        List<String> warnings = new ArrayList<>(document.warnings());
        List<String> lines = document.lines().stream().map(MarkupText::plain).toList();
        int leadIn = findLeadIn(lines);
        int headerEnd = leadIn >= 0 ? leadIn : firstQuestion(lines);
        if (leadIn < 0) {
            warnings.add("Keine Einleitung wie „Wir fragen daher die Verwaltung:“ gefunden; die Fragen wurden an ihrer "
                    + "Nummerierung erkannt.");
        }
        List<String> header = lines.subList(0, Math.max(0, headerEnd));
        List<Draft> drafts = readQuestions(lines, leadIn >= 0 ? leadIn + 1 : Math.max(headerEnd, 0), warnings);

        List<ImportedItem> items = new ArrayList<>();
        for (Draft draft : drafts) {
            String text = draft.text.toString().strip();
            items.add(new ImportedItem(items.size() + 1, ItemKind.QUESTION, text, draft.section, List.of(), null, List.of()));
        }
        checkNumbering(drafts, warnings);
        return new ImportedInquiry(title(header), faction(header), committee(header),
                DocumentDates.first(header, warnings), null, items, List.of(), List.of(), warnings);
    }

    private static int findLeadIn(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (LEAD_IN.matcher(lines.get(i)).matches() && !NUMBERED.matcher(lines.get(i)).matches()) {
                return i;
            }
        }
        return -1;
    }

    private static int firstQuestion(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (NUMBERED.matcher(lines.get(i)).matches() || LETTERED.matcher(lines.get(i)).matches()) {
                return i;
            }
        }
        return lines.size();
    }

    private static List<Draft> readQuestions(List<String> lines, int start, List<String> warnings) {
        List<Draft> drafts = new ArrayList<>();
        Draft current = null;
        Section section = null;
        boolean signed = false;
        boolean afterBlank = false;
        boolean lettered = false;
        for (int i = start; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isEmpty()) {
                afterBlank = true;
                continue;
            }
            if (SIGNATURE.matcher(line).matches()) {
                signed = true;
                break;
            }
            Matcher numbered = NUMBERED.matcher(line);
            Matcher letter = LETTERED.matcher(line);
            Matcher roman = ROMAN_HEADING.matcher(line);
            if (roman.matches() && !line.contains("?")) {
                section = new Section(SectionKind.ABSCHNITT, null, null, null, line);
                current = null;
            } else if (numbered.matches() && startsQuestion(current, Integer.parseInt(numbered.group(1)), drafts, afterBlank)) {
                current = new Draft(Integer.parseInt(numbered.group(1)), numbered.group(2).strip(), section);
                add(drafts, current);
            } else if (letter.matches() && (drafts.isEmpty() || lettered) && (current == null || current.complete())) {
                // "a) … b) …" as the questions themselves, where nothing numbered came before
                lettered = true;
                current = new Draft(letter.group(1).charAt(0) - 'a' + 1, letter.group(2).strip(), section);
                add(drafts, current);
            } else if (current != null && SUB_ITEM.matcher(line).matches()) {
                current.addSubItem(line);
            } else if (current != null && (!afterBlank || !current.complete() || ContinuedTexts.endsWithAnyOf(line, SENTENCE_END))) {
                current.continueWith(line);
            } else if (current != null) {
                // after a finished question, a line that is no sentence (a name, a role, an address) starts the signature
                signed = true;
                break;
            }
            afterBlank = false;
        }
        if (drafts.isEmpty()) {
            drafts.addAll(questionParagraphs(lines, start));
        }
        if (!drafts.isEmpty() && !signed && !drafts.get(drafts.size() - 1).complete()) {
            warnings.add("Das Dokument endet mitten in Frage " + drafts.size()
                    + "; importiert ist der vorhandene Text – bitte mit der Fraktion klären.");
        }
        return drafts;
    }

    /**
     * A numbered line starts a question unless it is a wrapped line that happens to begin with a
     * number ("… seit dem" / "12. März 2024 …"): that one continues a sentence and skips the count.
     */
    private static boolean startsQuestion(Draft current, int number, List<Draft> drafts, boolean afterBlank) {
        if (current == null || afterBlank || current.complete()) {
            return true;
        }
        int last = drafts.get(drafts.size() - 1).writtenNumber;
        return number == last + 1 || number == 1 && last == 1;
    }

    /** Without numbering, each paragraph after the lead-in that asks something is a question. */
    private static List<Draft> questionParagraphs(List<String> lines, int start) {
        List<Draft> drafts = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (int i = start; i <= lines.size(); i++) {
            String line = i < lines.size() ? lines.get(i) : "";
            if (i < lines.size() && SIGNATURE.matcher(line).matches()) {
                line = "";
                i = lines.size();
            }
            if (line.isEmpty()) {
                if (paragraph.indexOf("?") >= 0) {
                    add(drafts, new Draft(drafts.size() + 1, paragraph.toString().strip(), null));
                }
                paragraph.setLength(0);
            } else {
                paragraph.append(paragraph.isEmpty() ? "" : " ").append(line);
            }
        }
        return drafts;
    }

    /** One more question; the reading stops at the first one over the limit. */
    private static void add(List<Draft> drafts, Draft draft) {
        InquiryLimits.checkItemCount(drafts.size() + 1);
        drafts.add(draft);
    }

    private static void checkNumbering(List<Draft> drafts, List<String> warnings) {
        for (int i = 0; i < drafts.size(); i++) {
            if (drafts.get(i).writtenNumber != i + 1) {
                warnings.add("Die Nummerierung im Dokument ist nicht fortlaufend (Frage " + (i + 1) + " trägt die Nummer "
                        + drafts.get(i).writtenNumber + "); die Fragen sind in der Reihenfolge des Dokuments nummeriert.");
                return;
            }
        }
    }

    private static String title(List<String> header) {
        for (String line : header) {
            Matcher subject = SUBJECT.matcher(line);
            if (subject.matches()) {
                return clean(subject.group(1));
            }
        }
        for (String line : header) {
            Matcher inquiry = INQUIRY_TITLE.matcher(line);
            if (inquiry.matches()) {
                String title = clean(TITLE_NOISE.matcher(inquiry.group(1)).replaceFirst(""));
                if (title.length() > 3) {
                    return title;
                }
            }
        }
        return header.stream()
                .filter(line -> !line.isEmpty() && !DocumentDates.containsDate(line) && faction(List.of(line)) == null
                        && !INQUIRY_TITLE.matcher(line).matches() && !line.matches("(?i)^(an|am|datum)\\b.*"))
                .findFirst().map(NumberedInquiryParser::clean).orElse(null);
    }

    private static String clean(String title) {
        return TRAILING_DATE.matcher(title.strip()).replaceFirst("").strip();
    }

    static String faction(List<String> header) {
        for (String line : header) {
            Matcher suffix = FACTION_SUFFIX.matcher(line);
            if (suffix.matches()) {
                return suffix.group(1).strip();
            }
            Matcher faction = FACTION.matcher(line);
            if (faction.find() && !faction.group(1).isBlank()) {
                return faction.group(1).strip();
            }
        }
        return null;
    }

    private static String committee(List<String> header) {
        for (String line : header) {
            Matcher committee = COMMITTEE.matcher(line);
            if (committee.find()) {
                return committee.group(1).strip();
            }
        }
        return null;
    }
}
