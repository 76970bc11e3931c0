package de.ratsanfragen.inquiry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.ratsanfragen.document.MarkupText;
import de.ratsanfragen.document.SourceDocument;
import de.ratsanfragen.evaluation.Measure;
import de.ratsanfragen.evaluation.QuotedText;
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

    /*
     * The header "Fraktion … zum …, 2.12.2025" is read in three steps: the date after the last comma,
     * the faction, and the committee after the first word that introduces one. As one pattern with
     * two lazy groups it tried the rest of the line from every "zum": quadratic time.
     */
    private static final Pattern HEADER_FACTION = Pattern.compile("Fraktion\\s+(\\S.*)", Pattern.DOTALL);
    private static final Pattern HEADER_COMMITTEE = Pattern.compile("(?<!\\s)\\s++(?:zum|zur|im|an den|an die)\\s++(?=\\S)");
    private static final Pattern HEADER_DATE = Pattern.compile("\\s*(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4})\\s*");
    private static final Pattern JOINED_HEADING = Pattern.compile("(?<=\\S)\\*\\*(?=(?:Empfehlung|Handlungsfeld)\\b)");
    private static final Pattern SEPARATOR = Pattern.compile("^[\\s|]*-[-\\s|]*$");
    /** "V: D01/ A11", also written "V.: …" or "V D01/ …". */
    private static final Pattern ROUTING = Pattern.compile("^V\\s*\\.?\\s*:|^V\\s+D\\s?\\d");
    private static final Pattern VORAB = Pattern.compile("^Vorab\\b.{0,60}:\\s*$", Pattern.CASE_INSENSITIVE);
    // numbers have at most three digits, as in the measure codes (HF1/E2/M3): a longer one is no heading and no overflow
    private static final Pattern FIELD = Pattern.compile("^Handlungsfeld\\s+(\\d{1,3})(?!\\d)\\s*:?\\s*(.*)$");
    /**
     * "Empfehlung 2, M1 und M2:", "Empfehlung 4, M4(neu):", "Empfehlung 3 M1", "Empfehlung 2, M1-M3", "Empfehlung 4 (M1)".
     * Each measure is matched atomically and at most 50 of them (a repeated group recurses once per
     * repetition, and free backtracking between the optional spaces grew exponentially).
     */
    private static final Pattern RECOMMENDATION = Pattern.compile(
            "^Empfehlung\\s+(\\d{1,3})\\s*((?>[,(]?\\s*M\\s*\\d{1,3}\\s*(?:\\(?neu\\)?)?\\s*\\)?\\s*(?:(?:,|und|bis|-|–)\\s*)?){0,50}+)"
                    + "\\s*:?\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MEASURE_NUMBER = Pattern.compile("M\\s*(\\d{1,3})", Pattern.CASE_INSENSITIVE);
    private static final Pattern MEASURE_RANGE = Pattern.compile("M\\s*(\\d{1,3})\\s*(?:bis|-|–)\\s*M\\s*(\\d{1,3})",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern GENERAL = Pattern.compile("^Allgemein(?:\\s+zu\\s+Empfehlung\\s+(\\d{1,3}))?\\s*:\\s*(.*)$");
    /** "Beantwortung Gesundheitsamt", "Beantwortung: Bereich D05" — a short line, not a sentence of the faction. */
    private static final Pattern HINT = Pattern.compile("^Beantwortung\\s*:?\\s+([^?.!]{2,60})$");
    private static final Pattern TABLE_HEADER = Pattern.compile("Ma(?:ß|ss)nahmen?");
    private static final Pattern CUT_OFF = Pattern.compile("Stand\\s+(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");
    private static final Pattern MEASURE_START = Pattern.compile("^M\\s?(\\d{1,3})(?:\\s*\\(?NEU\\)?)?\\s*:?\\s+(?=\\S)(.*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern STATUS_NOTE = Pattern.compile("^Aktueller Stand\\s*:?\\s*(.*)$", Pattern.DOTALL);
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
            if (ROUTING.matcher(plain).lookingAt() || FIELD.matcher(plain).lookingAt() || plain.startsWith("Empfehlung ")) {
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
        } else if (ROUTING.matcher(plain).lookingAt()) {
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
        private final Set<String> blockMeasures = new LinkedHashSet<>();
        /** Codes of {@link #measures}, to find a measure quoted twice without searching the list. */
        private final Set<String> measureCodes = new HashSet<>();
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
            if (index < tokens.size() && readHeader(tokens.get(index))) {
                return index + 1;
            }
            warnings.add("Kopfzeile „Fraktion … zum …, Datum“ nicht gefunden; Fraktion, Ausschuss und Datum fehlen.");
            return index;
        }

        /** "Fraktion BÜNDNIS 90/DIE GRÜNEN zum SAG, 2.12.2025": faction, committee (optional) and date. */
        private boolean readHeader(Token token) {
            String line = token.plain();
            int comma = line.lastIndexOf(',');
            Matcher headerDate = HEADER_DATE.matcher(line).region(comma + 1, line.length());
            Matcher header = HEADER_FACTION.matcher(line).region(0, Math.max(comma, 0));
            if (comma < 0 || !headerDate.matches() || !header.matches()) {
                return false;
            }
            String names = header.group(1);
            Matcher committeeStart = HEADER_COMMITTEE.matcher(names);
            if (committeeStart.find()) {
                faction = names.substring(0, committeeStart.start()).strip();
                committee = names.substring(committeeStart.end()).strip();
            } else {
                faction = names.strip();
            }
            date = date(headerDate.group(1), headerDate.group(2), headerDate.group(3), token.line());
            return true;
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
            return measure.notes.isEmpty() || measure.noteEndsMidSentence();
        }

        /** The recommendation's own text stands between its heading and its table of measures. */
        private boolean quotesRecommendation(int next) {
            int index = skipBlank(next);
            return recommendation != null && index < tokens.size()
                    && (tokens.get(index).type() == Type.TABLE_HEADER || tokens.get(index).type() == Type.MEASURE_ROW);
        }

        private void addItem(String text) {
            InquiryLimits.checkItemCount(items.size() + 1);
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
                return List.copyOf(blockMeasures);
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
            if (!measureCodes.add(done.code())) {
                warnings.add("Maßnahme " + done.code() + " ist mehrfach zitiert (Zeile " + measure.line
                        + "); die erste Fassung gilt.");
            } else {
                InquiryLimits.checkQuotedMeasures(measureCodes.size());
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

    private static String shorten(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "…";
    }
}
