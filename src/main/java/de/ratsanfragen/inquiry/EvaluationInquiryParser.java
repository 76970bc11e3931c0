package de.ratsanfragen.inquiry;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import de.ratsanfragen.document.SourceDocument;
import de.ratsanfragen.evaluation.QuotedText;
import de.ratsanfragen.inquiry.EvaluationInquiryTokens.Token;
import de.ratsanfragen.inquiry.EvaluationInquiryTokens.Type;
import de.ratsanfragen.organization.OrganizationDirectory;
import de.ratsanfragen.organization.RoutingTag;

/**
 * Reads an inquiry that comments on an evaluation report, as factions write them in Erfurt
 * (GUIDE §2.1): sections by Handlungsfeld and Empfehlung, measure rows and their "Aktueller Stand"
 * quoted from the report, the faction's paragraphs as items, and {@code V:} routing tags that close
 * a block of items. The document is taken as the converter left it: HTML fragments, markdown,
 * joined headings, table rows split over several lines.
 * <p>
 * The parts: {@link EvaluationInquiryTokens} tells each line's kind, {@link EvaluationInquiryHeader} reads
 * title, faction, committee and date, {@link EvaluationOutline} follows the headings, {@link QuotedMeasures}
 * reads the quoted measure tables; this class makes items of the faction's paragraphs and routes each block.
 */
final class EvaluationInquiryParser {

    private final OrganizationDirectory directory;

    EvaluationInquiryParser(OrganizationDirectory directory) {
        this.directory = directory;
    }

    /** True for documents of this kind: they carry routing tags or Handlungsfeld/Empfehlung headings. */
    static boolean recognizes(SourceDocument document) {
        return EvaluationInquiryTokens.recognizes(document);
    }

    ImportedInquiry parse(SourceDocument document) {
        return new Run(EvaluationInquiryTokens.of(document.lines()), new ArrayList<>(document.warnings())).read();
    }

    /** One pass over the document; holds the items, the current block and the hints before them. */
    private final class Run {

        private final List<Token> tokens;
        private final List<String> warnings;
        private final List<ImportedItem> items = new ArrayList<>();
        private final List<QuotedText> recommendations = new ArrayList<>();
        private final EvaluationOutline outline = new EvaluationOutline();
        private final QuotedMeasures measures;

        /** Measures quoted since the last routing tag or heading: what the next items are about. */
        private final Set<String> blockMeasures = new LinkedHashSet<>();
        /** Items since the last routing tag or heading: the next tag routes them. */
        private final List<Integer> openItems = new ArrayList<>();
        private final List<String> hints = new ArrayList<>();

        Run(List<Token> tokens, List<String> warnings) {
            this.tokens = tokens;
            this.warnings = warnings;
            this.measures = new QuotedMeasures(warnings);
        }

        ImportedInquiry read() {
            EvaluationInquiryHeader header = EvaluationInquiryHeader.read(tokens, warnings);
            int index = header.end();
            while (index < tokens.size()) {
                Token token = tokens.get(index);
                if (token.type() == Type.TEXT) {
                    index = readParagraph(index);
                    continue;
                }
                handle(token);
                index++;
            }
            measures.finish();
            closeBlock();
            return new ImportedInquiry(header.title(), header.faction(), header.committee(), header.date(),
                    header.evaluationTitle(), items, measures.all(), recommendations, warnings);
        }

        private void handle(Token token) {
            switch (token.type()) {
                case ROUTING -> route(token);
                case VORAB -> {
                    outline.vorab(token);
                    newSection();
                }
                case FIELD -> {
                    outline.field(token);
                    newSection();
                }
                case RECOMMENDATION -> {
                    outline.recommendation(token, warnings);
                    newSection();
                }
                case GENERAL -> startGeneral(token);
                case HINT -> hints.add(token.plain());
                case TABLE_HEADER -> measures.header(token);
                case MEASURE_ROW -> blockMeasures.add(measures.start(token, outline));
                case STATUS_NOTE -> measures.statusNote(token);
                case ROW_CONTINUATION -> measures.continueRow(token);
                default -> {
                    // blank lines and table separators carry no content
                }
            }
        }

        private void startGeneral(Token token) {
            String rest = outline.general(token);
            // "Allgemein: <text>" is heading and item in one: a hint just before it still applies
            List<String> precedingHints = rest.isEmpty() ? List.of() : List.copyOf(hints);
            newSection();
            hints.addAll(precedingHints);
            if (!rest.isEmpty()) {
                addItem(rest);
            }
        }

        /** A heading ends the measure being read and the block; hints before it are for no item. */
        private void newSection() {
            measures.finish();
            closeBlock();
            hints.clear();
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
            if (measures.continuesNote(paragraph)) {
                return end;
            }
            if (!paragraph.contains("?") && quotesRecommendation(end)) {
                recommendations.add(new QuotedText(outline.recommendationCode(), paragraph));
            } else {
                addItem(paragraph);
            }
            return end;
        }

        /** The recommendation's own text stands between its heading and its table of measures. */
        private boolean quotesRecommendation(int next) {
            int index = EvaluationInquiryTokens.skipBlank(tokens, next);
            return outline.inRecommendation() && index < tokens.size()
                    && (tokens.get(index).type() == Type.TABLE_HEADER || tokens.get(index).type() == Type.MEASURE_ROW);
        }

        private void addItem(String text) {
            InquiryLimits.checkItemCount(items.size() + 1);
            measures.itemFollows();
            if (outline.section() == null) {
                warnings.add("Frage " + (items.size() + 1) + " steht vor dem ersten Abschnitt.");
            }
            ItemKind kind = ItemKind.of(text);
            items.add(new ImportedItem(items.size() + 1, kind, text, outline.section(), references(), null, hints));
            openItems.add(items.size() - 1);
        }

        /** The measures quoted in this block; where none is quoted, what the heading names. */
        private List<String> references() {
            return blockMeasures.isEmpty() ? outline.headingReferences() : List.copyOf(blockMeasures);
        }

        private void route(Token token) {
            measures.finish();
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
    }
}
