package de.ratsanfragen.inquiry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.ratsanfragen.document.MarkupText;
import de.ratsanfragen.document.SourceDocument;
import de.ratsanfragen.evaluation.Measure;
import de.ratsanfragen.evaluation.QuotedText;
import de.ratsanfragen.evaluation.MeasureStatus;
import de.ratsanfragen.inquiry.Section.SectionKind;
import de.ratsanfragen.organization.OrganizationDirectory;
import de.ratsanfragen.organization.RoutingTag;

/**
 * Reads an inquiry that comments on an evaluation report, as factions write them in Erfurt
 * (GUIDE §2.1): sections by Handlungsfeld and Empfehlung, measure rows and their "Aktueller Stand"
 * quoted from the report, the faction's paragraphs as items, and {@code V:} routing tags that close
 * a block of items. The document is taken as the converter left it: HTML fragments, markdown,
 * joined headings, table rows split over several lines.
 */
final class EvaluationInquiryParser {

    private static final Pattern HEADER = Pattern.compile(
            "^Fraktion\\s+(.+?)(?:\\s+(?:zum|zur|im|an den|an die)\\s+(.+?))?\\s*,\\s*(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4})\\s*$");
    private static final Pattern JOINED_HEADING = Pattern.compile("(?<=\\S)\\*\\*(?=(?:Empfehlung|Handlungsfeld)\\b)");
    private static final Pattern SEPARATOR = Pattern.compile("^[\\s|]*-[-\\s|]*$");
    /** "V: D01/ A11", also written "V.: …" or "V D01/ …". */
    private static final Pattern ROUTING = Pattern.compile("^V\\s*\\.?\\s*:|^V\\s+D\\s?\\d");
    private static final Pattern VORAB = Pattern.compile("^Vorab\\b.{0,60}:\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern FIELD = Pattern.compile("^Handlungsfeld\\s+(\\d+)\\s*:?\\s*(.*)$");
    /** "Empfehlung 2, M1 und M2:", "Empfehlung 4, M4(neu):", "Empfehlung 3 M1", "Empfehlung 2, M1-M3", "Empfehlung 4 (M1)". */
    private static final Pattern RECOMMENDATION = Pattern.compile(
            "^Empfehlung\\s+(\\d+)\\s*((?:[,(]?\\s*M\\s*\\d+\\s*(?:\\(?neu\\)?)?\\s*\\)?\\s*(?:(?:,|und|bis|-|–)\\s*)?)*)\\s*:?\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MEASURE_NUMBER = Pattern.compile("M\\s*(\\d+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern MEASURE_RANGE = Pattern.compile("M\\s*(\\d+)\\s*(?:bis|-|–)\\s*M\\s*(\\d+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern GENERAL = Pattern.compile("^Allgemein(?:\\s+zu\\s+Empfehlung\\s+(\\d+))?\\s*:\\s*(.*)$");
    /** "Beantwortung Gesundheitsamt", "Beantwortung: Bereich D05" — a short line, not a sentence of the faction. */
    private static final Pattern HINT = Pattern.compile("^Beantwortung\\s*:?\\s+([^?.!]{2,60})$");
    private static final Pattern TABLE_HEADER = Pattern.compile("Ma(?:ß|ss)nahmen?");
    private static final Pattern CUT_OFF = Pattern.compile("Stand\\s+(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");
    private static final Pattern MEASURE_START = Pattern.compile("^M\\s?(\\d+)(?:\\s*\\(?NEU\\)?)?\\s*:?\\s+(?=\\S)(.*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern STATUS_NOTE = Pattern.compile("^Aktueller Stand\\s*:?\\s*(.*)$", Pattern.DOTALL);
    private static final Pattern STATUS_OPTION = Pattern.compile(
            "\\((\\s*[xX✓✗]?\\s*)\\)\\s*(vollständig umgesetzt|teilweise umgesetzt|nicht umgesetzt|verworfen)");
    private static final Pattern SENTENCE_END = Pattern.compile("(?s).*[.!?…“\")]$");
    private static final Pattern SPACE_BEFORE_COMMA = Pattern.compile("\\s+,");
    private static final Pattern TITLE_EVALUATION = Pattern.compile("(?:zur|zum|der)\\s+(\\d+\\.\\s*Evaluation\\b.*)$");

    private enum Type {
        BLANK, SEPARATOR, ROUTING, VORAB, FIELD, RECOMMENDATION, GENERAL, HINT, TABLE_HEADER, MEASURE_ROW, STATUS_NOTE,
        ROW_CONTINUATION, TEXT
    }

    private record Token(Type type, String markup, String plain, int line) {
    }

    private final OrganizationDirectory directory;

    EvaluationInquiryParser(OrganizationDirectory directory) {
        this.directory = directory;
    }

    /** True for documents of this kind: they carry routing tags or Handlungsfeld/Empfehlung headings. */
    static boolean recognizes(SourceDocument document) {
        int markers = 0;
        for (String line : document.lines()) {
            String plain = MarkupText.plain(line);
            if (ROUTING.matcher(plain).find() || FIELD.matcher(plain).find() || plain.startsWith("Empfehlung ")) {
                markers++;
            }
        }
        return markers >= 2;
    }

    ImportedInquiry parse(SourceDocument document) {
        return new Run(tokens(document.lines()), new ArrayList<>(document.warnings())).read();
    }

    private static List<Token> tokens(List<String> lines) {
        List<Token> tokens = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            // "Kinder, Jugend und Familie**Empfehlung 4**": a heading the converter glued to the line before
            for (String part : JOINED_HEADING.split(lines.get(i))) {
                tokens.add(classify(part, i + 1));
            }
        }
        return tokens;
    }

    private static Token classify(String markup, int line) {
        String plain = MarkupText.plain(markup);
        String firstCell = MarkupText.plain(MarkupText.cells(markup).get(0));
        boolean tabbed = markup.indexOf('\t') >= 0;
        Type type;
        if (plain.isEmpty()) {
            type = Type.BLANK;
        } else if (SEPARATOR.matcher(markup.replace('\t', ' ')).matches()) {
            type = Type.SEPARATOR;
        } else if (ROUTING.matcher(plain).find()) {
            type = Type.ROUTING;
        } else if (VORAB.matcher(plain).matches()) {
            type = Type.VORAB;
        } else if (FIELD.matcher(plain).matches() && plain.length() < 150) {
            type = Type.FIELD;
        } else if (RECOMMENDATION.matcher(plain).matches()) {
            type = Type.RECOMMENDATION;
        } else if (GENERAL.matcher(plain).matches()) {
            type = Type.GENERAL;
        } else if (HINT.matcher(plain).matches()) {
            type = Type.HINT;
        } else if (tabbed && TABLE_HEADER.matcher(firstCell).matches()) {
            type = Type.TABLE_HEADER;
        } else if (tabbed && MEASURE_START.matcher(firstCell).matches()) {
            type = Type.MEASURE_ROW;
        } else if (STATUS_NOTE.matcher(firstCell).matches()) {
            type = Type.STATUS_NOTE;
        } else if (tabbed) {
            type = Type.ROW_CONTINUATION;
        } else {
            type = Type.TEXT;
        }
        return new Token(type, markup, plain, line);
    }

    /** One pass over the document; holds the state of the current section, block and measure. */
    private final class Run {

        private final List<Token> tokens;
        private final List<String> warnings;
        private final List<ImportedItem> items = new ArrayList<>();
        private final List<Measure> measures = new ArrayList<>();
        private final List<QuotedText> recommendations = new ArrayList<>();

        private String title;
        private String faction;
        private String committee;
        private LocalDate date;
        private LocalDate cutOffDate;

        private Integer field;
        private String fieldTitle;
        private Integer recommendation;
        private List<String> headingMeasures = List.of();
        private Section section;
        /** Measures quoted since the last routing tag or heading: what the next items are about. */
        private final List<String> blockMeasures = new ArrayList<>();
        /** Items since the last routing tag or heading: the next tag routes them. */
        private final List<Integer> openItems = new ArrayList<>();
        private final List<String> hints = new ArrayList<>();
        private MeasureDraft measure;

        Run(List<Token> tokens, List<String> warnings) {
            this.tokens = tokens;
            this.warnings = warnings;
        }

        ImportedInquiry read() {
            int index = readHeader();
            while (index < tokens.size()) {
                Token token = tokens.get(index);
                if (token.type() == Type.TEXT) {
                    index = readParagraph(index);
                    continue;
                }
                handle(token);
                index++;
            }
            finishMeasure();
            closeBlock();
            if (cutOffDate != null) {
                measures.replaceAll(m -> m.cutOffDate() != null ? m : new Measure(m.code(), m.text(), m.topic(),
                        m.responsible(), m.lead(), m.deadline(), m.status(), m.statusLabel(), m.statusNotes(),
                        m.outlook(), m.conceptLink(), cutOffDate));
            }
            return new ImportedInquiry(title, faction, committee, date, evaluationTitle(), items, measures,
                    recommendations, warnings);
        }

        private int readHeader() {
            int index = skipBlank(0);
            if (index >= tokens.size()) {
                return index;
            }
            Token first = tokens.get(index);
            if (first.type() == Type.TEXT) {
                title = first.plain().replaceAll("\\s*[–-]\\s*$", "");
                index = skipBlank(index + 1);
            }
            if (index < tokens.size()) {
                Matcher header = HEADER.matcher(tokens.get(index).plain());
                if (header.matches()) {
                    faction = header.group(1).strip();
                    committee = header.group(2);
                    date = date(header.group(3), header.group(4), header.group(5), tokens.get(index).line());
                    return index + 1;
                }
            }
            warnings.add("Kopfzeile „Fraktion … zum …, Datum“ nicht gefunden; Fraktion, Ausschuss und Datum fehlen.");
            return index;
        }

        private int skipBlank(int index) {
            while (index < tokens.size() && tokens.get(index).type() == Type.BLANK) {
                index++;
            }
            return index;
        }

        private void handle(Token token) {
            switch (token.type()) {
                case ROUTING -> route(token);
                case VORAB -> startSection(new Section(SectionKind.VORAB, null, null, null, token.plain()));
                case FIELD -> startField(token);
                case RECOMMENDATION -> startRecommendation(token);
                case GENERAL -> startGeneral(token);
                case HINT -> hints.add(token.plain());
                case TABLE_HEADER -> readCutOff(token);
                case MEASURE_ROW -> startMeasure(token);
                case STATUS_NOTE -> startStatusNote(token);
                case ROW_CONTINUATION -> continueRow(token);
                default -> {
                    // blank lines and table separators carry no content
                }
            }
        }

        private void startField(Token token) {
            Matcher matcher = FIELD.matcher(token.plain());
            matcher.matches();
            field = Integer.valueOf(matcher.group(1));
            fieldTitle = matcher.group(2).isBlank() ? null : matcher.group(2).strip();
            recommendation = null;
            headingMeasures = List.of();
            startSection(new Section(SectionKind.HANDLUNGSFELD, field, fieldTitle, null, token.plain()));
        }

        private void startRecommendation(Token token) {
            Matcher matcher = RECOMMENDATION.matcher(token.plain());
            matcher.matches();
            recommendation = Integer.valueOf(matcher.group(1));
            List<String> named = new ArrayList<>();
            Matcher range = MEASURE_RANGE.matcher(matcher.group(2));
            String singles = matcher.group(2);
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
            headingMeasures = named;
            if (field == null) {
                warnings.add("Zeile " + token.line() + ": „" + token.plain() + "“ steht vor dem ersten Handlungsfeld.");
            }
            startSection(new Section(SectionKind.EMPFEHLUNG, field, fieldTitle, recommendation,
                    token.plain().replaceAll("\\s*:$", "")));
        }

        private void startGeneral(Token token) {
            Matcher matcher = GENERAL.matcher(token.plain());
            matcher.matches();
            recommendation = matcher.group(1) == null ? null : Integer.valueOf(matcher.group(1));
            headingMeasures = List.of();
            String heading = token.plain().substring(0, token.plain().indexOf(':')).strip();
            String rest = matcher.group(2).strip();
            // "Allgemein: <text>" is heading and item in one: a hint just before it still applies
            List<String> precedingHints = rest.isEmpty() ? List.of() : List.copyOf(hints);
            startSection(new Section(SectionKind.ALLGEMEIN, field, fieldTitle, recommendation, heading));
            hints.addAll(precedingHints);
            if (!rest.isEmpty()) {
                addItem(rest);
            }
        }

        private void startSection(Section next) {
            finishMeasure();
            closeBlock();
            hints.clear();
            section = next;
        }

        private void readCutOff(Token token) {
            Matcher matcher = CUT_OFF.matcher(token.plain());
            if (matcher.find()) {
                cutOffDate = date(matcher.group(1), matcher.group(2), matcher.group(3), token.line());
            }
        }

        private void startMeasure(Token token) {
            finishMeasure();
            List<String> cells = MarkupText.cells(token.markup());
            Matcher start = MEASURE_START.matcher(MarkupText.plain(cells.get(0)));
            start.matches();
            String code = code("M" + Integer.parseInt(start.group(1)));
            measure = new MeasureDraft(code, token.line(), topic());
            blockMeasures.add(code);
            measure.text.add(start.group(2));
            measure.addCells(cells, 1);
        }

        private void startStatusNote(Token token) {
            if (measure == null) {
                warnings.add("Zeile " + token.line() + ": „Aktueller Stand“ ohne Maßnahme davor; der Text wird übergangen.");
                return;
            }
            Matcher note = STATUS_NOTE.matcher(MarkupText.plain(MarkupText.cells(token.markup()).get(0)));
            note.matches();
            measure.noteStarted = true;
            if (!note.group(1).isBlank()) {
                measure.notes.add(note.group(1).strip());
            }
        }

        private void continueRow(Token token) {
            if (measure == null || measure.itemsAfter) {
                warnings.add("Zeile " + token.line() + ": Tabellenzeile ohne Maßnahme davor; übergangen: „"
                        + shorten(token.plain()) + "“");
                return;
            }
            List<String> cells = MarkupText.cells(token.markup());
            if (measure.noteStarted) {
                String text = MarkupText.plain(String.join(" ", cells));
                if (!text.isEmpty()) {
                    measure.continueNote(text);
                }
            } else {
                String first = MarkupText.plain(cells.get(0));
                if (!first.isEmpty()) {
                    measure.text.add(first);
                }
                measure.addCells(cells, 1);
            }
        }

        /** A run of text lines: a faction item, or text quoted from the evaluation. */
        private int readParagraph(int index) {
            int end = index;
            StringBuilder text = new StringBuilder();
            while (end < tokens.size() && tokens.get(end).type() == Type.TEXT) {
                if (!text.isEmpty()) {
                    text.append(' ');
                }
                text.append(tokens.get(end).plain());
                end++;
            }
            String paragraph = text.toString().strip();
            if (continuesStatusNote(paragraph)) {
                measure.continueNote(paragraph);
            } else if (!paragraph.contains("?") && quotesRecommendation(end)) {
                recommendations.add(new QuotedText(recommendationCode(), paragraph));
            } else {
                addItem(paragraph);
            }
            return end;
        }

        /**
         * A page break splits "Aktueller Stand" into several paragraphs: text without a question that
         * follows a note ending mid-sentence (or an empty note) still belongs to it.
         */
        private boolean continuesStatusNote(String paragraph) {
            if (measure == null || !measure.noteStarted || paragraph.contains("?") || measure.itemsAfter) {
                return false;
            }
            if (measure.notes.isEmpty()) {
                return true;
            }
            return !SENTENCE_END.matcher(measure.notes.get(measure.notes.size() - 1)).matches();
        }

        /** The recommendation's own text stands between its heading and its table of measures. */
        private boolean quotesRecommendation(int next) {
            int index = skipBlank(next);
            return recommendation != null && index < tokens.size()
                    && (tokens.get(index).type() == Type.TABLE_HEADER || tokens.get(index).type() == Type.MEASURE_ROW);
        }

        private void addItem(String text) {
            if (measure != null) {
                measure.itemsAfter = true;
            }
            if (section == null) {
                warnings.add("Frage " + (items.size() + 1) + " steht vor dem ersten Abschnitt.");
            }
            ItemKind kind = ItemKind.of(text);
            items.add(new ImportedItem(items.size() + 1, kind, text, section, references(), null, hints));
            openItems.add(items.size() - 1);
        }

        /** The measures quoted in this block; where none is quoted, what the heading names. */
        private List<String> references() {
            if (!blockMeasures.isEmpty()) {
                return List.copyOf(new LinkedHashSet<>(blockMeasures));
            }
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

        private void route(Token token) {
            finishMeasure();
            RoutingTag tag = directory.parseRoutingTag(token.plain());
            if (openItems.isEmpty()) {
                warnings.add("Zeile " + token.line() + ": V-Vermerk „" + token.plain() + "“ ohne Frage davor.");
            }
            for (String warning : tag.warnings()) {
                warnings.add("Zeile " + token.line() + ": " + warning);
            }
            for (int index : openItems) {
                items.set(index, items.get(index).withRouting(tag));
            }
            openItems.clear();
            blockMeasures.clear();
            hints.clear();
        }

        private void closeBlock() {
            openItems.clear();
            blockMeasures.clear();
        }

        private void finishMeasure() {
            if (measure == null) {
                return;
            }
            Measure done = measure.build(warnings);
            if (measures.stream().anyMatch(m -> m.code().equals(done.code()))) {
                warnings.add("Maßnahme " + done.code() + " ist mehrfach zitiert (Zeile " + measure.line
                        + "); die erste Fassung gilt.");
            } else {
                measures.add(done);
            }
            measure = null;
        }

        private String code(String measureNumber) {
            return recommendationCode() + "/" + measureNumber;
        }

        private String recommendationCode() {
            return (field == null ? "" : "HF" + field + "/") + "E" + (recommendation == null ? "?" : recommendation);
        }

        private String topic() {
            if (field == null) {
                return null;
            }
            return "Handlungsfeld " + field + (fieldTitle == null ? "" : ": " + fieldTitle);
        }

        private String evaluationTitle() {
            if (title == null) {
                return null;
            }
            Matcher matcher = TITLE_EVALUATION.matcher(title);
            return matcher.find() ? matcher.group(1).strip() : null;
        }

        private LocalDate date(String day, String month, String year, int line) {
            return DocumentDates.of(day, month, year, "Zeile " + line + ": ", warnings);
        }
    }

    /** A quoted measure row while it is being read: its cells may continue over several lines. */
    private static final class MeasureDraft {

        final String code;
        final int line;
        final String topic;
        final List<String> text = new ArrayList<>();
        final List<String> responsible = new ArrayList<>();
        final List<String> deadline = new ArrayList<>();
        final List<String> status = new ArrayList<>();
        final List<String> notes = new ArrayList<>();
        boolean noteStarted;
        boolean itemsAfter;

        MeasureDraft(String code, int line, String topic) {
            this.code = code;
            this.line = line;
            this.topic = topic;
        }

        /** Text after a page break: it finishes a sentence the note broke off, or is a paragraph of its own. */
        void continueNote(String text) {
            int last = notes.size() - 1;
            if (last >= 0 && !SENTENCE_END.matcher(notes.get(last)).matches()) {
                notes.set(last, notes.get(last) + " " + text);
            } else {
                notes.add(text);
            }
        }

        void addCells(List<String> cells, int from) {
            List<List<String>> columns = List.of(responsible, deadline, status);
            for (int i = from; i < cells.size() && i - from < columns.size(); i++) {
                if (!MarkupText.plain(cells.get(i)).isEmpty()) {
                    columns.get(i - from).add(cells.get(i));
                }
            }
        }

        Measure build(List<String> warnings) {
            String responsibleMarkup = String.join(" ", responsible);
            String leads = leads(MarkupText.underlined(responsibleMarkup));
            String statusText = MarkupText.plain(String.join(" ", status));
            List<String> checked = new ArrayList<>();
            Matcher option = STATUS_OPTION.matcher(statusText);
            int options = 0;
            while (option.find()) {
                options++;
                if (!option.group(1).isBlank()) {
                    checked.add(option.group(2));
                }
            }
            MeasureStatus measureStatus;
            String label;
            if (checked.size() == 1) {
                label = checked.get(0);
                measureStatus = statusOf(label);
            } else {
                measureStatus = MeasureStatus.UNCLEAR;
                label = checked.isEmpty() ? null : String.join(", ", checked);
                warnings.add(checked.isEmpty()
                        ? "Maßnahme " + code + " (Zeile " + line + "): kein Umsetzungsstand angekreuzt"
                                + (options == 0 ? " (Spalte fehlt)" : "") + "; Status „unklar“."
                        : "Maßnahme " + code + " (Zeile " + line + "): mehrere Umsetzungsstände angekreuzt (" + label
                                + "); Status „unklar“ – bitte prüfen.");
            }
            String responsibleText = SPACE_BEFORE_COMMA.matcher(MarkupText.plain(responsibleMarkup)).replaceAll(",");
            return new Measure(code, MarkupText.plain(String.join(" ", text)), topic, responsibleText,
                    leads, MarkupText.plain(String.join(" ", deadline)),
                    measureStatus, label, notes, List.of(), null, null);
        }

        /** Underlined passages name the lead; one continued over a row break ("(Abteilung Fortbildung)") is joined. */
        private static String leads(List<String> underlined) {
            StringBuilder lead = new StringBuilder();
            for (String passage : underlined) {
                String clean = passage.replaceAll("[,\\s]+$", "");
                if (clean.isEmpty()) {
                    continue;
                }
                if (!lead.isEmpty()) {
                    lead.append(clean.startsWith("(") ? " " : ", ");
                }
                lead.append(clean);
            }
            return lead.isEmpty() ? null : lead.toString();
        }

        private static MeasureStatus statusOf(String label) {
            return switch (label.toLowerCase(Locale.GERMAN)) {
                case "vollständig umgesetzt" -> MeasureStatus.FULFILLED;
                case "teilweise umgesetzt" -> MeasureStatus.PARTIAL;
                case "nicht umgesetzt" -> MeasureStatus.NOT_FULFILLED;
                default -> MeasureStatus.DISCARDED;
            };
        }
    }

    private static String shorten(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "…";
    }
}
