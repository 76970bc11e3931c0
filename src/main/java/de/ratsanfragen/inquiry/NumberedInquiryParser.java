package de.ratsanfragen.inquiry;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.ratsanfragen.document.MarkupText;
import de.ratsanfragen.document.SourceDocument;

/**
 * Reads an inquiry in the usual council format: a header with faction, date and subject, a lead-in
 * such as "Wir fragen daher die Verwaltung:", numbered questions ({@code 1.}, {@code 1)},
 * {@code (1)}) with sub-items ({@code a)}, {@code b)}) and a signature. Items carry no routing: the
 * OB office routes them in triage.
 */
final class NumberedInquiryParser {

    private static final Pattern LEAD_IN = Pattern.compile(
            "(?i).*\\b(?:fragen|frage|fragt|bitten|bittet)\\b.{0,80}:\\s*$");
    private static final Pattern SUBJECT = Pattern.compile("(?i)^(?:Betreff|Thema|Gegenstand|Titel)\\s*:\\s*(.+)$");
    private static final Pattern INQUIRY_TITLE = Pattern.compile("(?i)^(?:Kleine |Große |Schriftliche |Mündliche )?Anfrage\\b\\s*[:–-]?\\s*(.*)$");
    private static final Pattern FACTION = Pattern.compile(
            "(?i)^(?:Anfrage\\s+der\\s+)?Fraktion\\s+(.+?)(?:\\s+(?:im|in der|des)\\s+(?:Stadtrat|Gemeinderat|Kreistag|Rat)\\b.*)?[,.]?$");
    private static final Pattern FACTION_SUFFIX = Pattern.compile("(?i)^(.+?)-Fraktion\\b.*$");
    private static final Pattern DATE = Pattern.compile("(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4})");
    private static final Pattern COMMITTEE = Pattern.compile("(?i)\\b(?:im|zum|für den|an den)\\s+(Ausschuss\\b[^,;:]*)");
    private static final Pattern NUMBERED = Pattern.compile("^\\(?(\\d{1,2})\\s*[.)]\\s*(?!\\d)(.+)$");
    private static final Pattern SUB_ITEM = Pattern.compile("^(?:\\(?([a-z])\\)|([a-z])\\.|[-–•·*])\\s+(.+)$");
    private static final Pattern SIGNATURE = Pattern.compile(
            "(?i)^(?:gez\\.|gezeichnet|mit freundlichen grüßen|freundliche grüße|für die fraktion|i\\.\\s?a\\.|begründung\\s*:?)(?:[\\s,].*)?$");
    private static final Pattern COMPLETE = Pattern.compile("(?s).*[?.!:)“\"»]$");

    /** One question while it is read: its first line and everything that continues it. */
    private static final class Draft {
        final int writtenNumber;
        final StringBuilder text = new StringBuilder();

        Draft(int writtenNumber, String firstLine) {
            this.writtenNumber = writtenNumber;
            text.append(firstLine);
        }

        /** A hard line wrap: the line continues the question (or its last sub-item). */
        void continueWith(String line) {
            text.append(' ').append(line);
        }

        /** Sub-items (a), b), …) stay with their question, each on a line of its own. */
        void addSubItem(String line) {
            text.append('\n').append(line);
        }
    }

    ImportedInquiry parse(SourceDocument document) {
        List<String> warnings = new ArrayList<>(document.warnings());
        List<String> lines = document.lines().stream().map(MarkupText::plain).toList();
        int leadIn = findLeadIn(lines);
        int headerEnd = leadIn >= 0 ? leadIn : firstNumbered(lines);
        if (leadIn < 0) {
            warnings.add("Keine Einleitung wie „Wir fragen daher die Verwaltung:“ gefunden; die Fragen wurden an ihrer "
                    + "Nummerierung erkannt.");
        }
        List<String> header = lines.subList(0, Math.max(0, headerEnd));
        List<Draft> drafts = readQuestions(lines, leadIn >= 0 ? leadIn + 1 : Math.max(headerEnd, 0), warnings);

        List<ImportedItem> items = new ArrayList<>();
        for (Draft draft : drafts) {
            items.add(new ImportedItem(items.size() + 1, ItemKind.QUESTION, draft.text.toString().strip(), null, List.of(),
                    null, List.of()));
        }
        checkNumbering(drafts, warnings);
        return new ImportedInquiry(title(header), faction(header), committee(header), date(header, warnings), null, items,
                List.of(), List.of(), warnings);
    }

    private static int findLeadIn(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (LEAD_IN.matcher(lines.get(i)).matches() && !NUMBERED.matcher(lines.get(i)).matches()) {
                return i;
            }
        }
        return -1;
    }

    private static int firstNumbered(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (NUMBERED.matcher(lines.get(i)).matches()) {
                return i;
            }
        }
        return lines.size();
    }

    private static List<Draft> readQuestions(List<String> lines, int start, List<String> warnings) {
        List<Draft> drafts = new ArrayList<>();
        Draft current = null;
        boolean signed = false;
        for (int i = start; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isEmpty()) {
                continue;
            }
            if (SIGNATURE.matcher(line).matches()) {
                signed = true;
                break;
            }
            Matcher numbered = NUMBERED.matcher(line);
            Matcher subItem = SUB_ITEM.matcher(line);
            if (numbered.matches()) {
                current = new Draft(Integer.parseInt(numbered.group(1)), numbered.group(2).strip());
                drafts.add(current);
            } else if (current != null && subItem.matches()) {
                current.addSubItem(line);
            } else if (current != null) {
                current.continueWith(line);
            }
        }
        if (drafts.isEmpty()) {
            drafts.addAll(questionParagraphs(lines, start));
        }
        if (!drafts.isEmpty() && !signed) {
            Draft last = drafts.get(drafts.size() - 1);
            if (!COMPLETE.matcher(last.text.toString().strip()).matches()) {
                warnings.add("Das Dokument endet mitten in Frage " + drafts.size()
                        + "; importiert ist der vorhandene Text – bitte mit der Fraktion klären.");
            }
        }
        return drafts;
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
                if (paragraph.toString().contains("?")) {
                    drafts.add(new Draft(drafts.size() + 1, paragraph.toString().strip()));
                }
                paragraph.setLength(0);
            } else {
                paragraph.append(paragraph.isEmpty() ? "" : " ").append(line);
            }
        }
        return drafts;
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
                return subject.group(1).strip();
            }
        }
        for (String line : header) {
            Matcher inquiry = INQUIRY_TITLE.matcher(line);
            if (inquiry.matches() && inquiry.group(1).length() > 3 && !inquiry.group(1).startsWith("der ")
                    && !inquiry.group(1).startsWith("nach ") && !inquiry.group(1).startsWith("gemäß ")) {
                return inquiry.group(1).strip();
            }
        }
        return header.stream()
                .filter(line -> !line.isEmpty() && !DATE.matcher(line).find() && faction(List.of(line)) == null
                        && !INQUIRY_TITLE.matcher(line).matches())
                .findFirst().orElse(null);
    }

    static String faction(List<String> header) {
        for (String line : header) {
            Matcher faction = FACTION.matcher(line);
            if (faction.matches()) {
                return faction.group(1).strip();
            }
            Matcher suffix = FACTION_SUFFIX.matcher(line);
            if (suffix.matches()) {
                return suffix.group(1).strip();
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

    private static LocalDate date(List<String> header, List<String> warnings) {
        for (String line : header) {
            Matcher date = DATE.matcher(line);
            if (date.find()) {
                try {
                    return LocalDate.of(Integer.parseInt(date.group(3)), Integer.parseInt(date.group(2)),
                            Integer.parseInt(date.group(1)));
                } catch (DateTimeException e) {
                    warnings.add("„" + date.group() + "“ ist kein gültiges Datum.");
                    return null;
                }
            }
        }
        return null;
    }
}
