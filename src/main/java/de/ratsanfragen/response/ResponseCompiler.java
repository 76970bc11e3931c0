package de.ratsanfragen.response;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import de.ratsanfragen.evaluation.Measure;
import de.ratsanfragen.inquiry.InquiryCatalog;
import de.ratsanfragen.inquiry.InquiryFacts;
import de.ratsanfragen.inquiry.ItemKind;
import de.ratsanfragen.inquiry.Section;
import de.ratsanfragen.platform.CouncilClock;
import org.springframework.stereotype.Service;

/**
 * Builds the one document model both formats print: the inquiry's items in their own order under the
 * inquiry's headings, each quoted measure once before the first item about it, every answer with the
 * units that gave it.
 */
@Service
class ResponseCompiler {

    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final InquiryCatalog inquiries;
    private final ResponseProperties properties;
    private final CouncilClock clock;

    ResponseCompiler(InquiryCatalog inquiries, ResponseProperties properties, CouncilClock clock) {
        this.inquiries = inquiries;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * @param version the response's version (1 for the first), the suffix of its reference
     * @param draft   a draft may have outstanding answers („Antwort steht aus“)
     */
    ResponseDocument compile(UUID inquiryId, int version, boolean draft) {
        InquiryFacts facts = inquiries.facts(inquiryId);
        LocalDate inquiryDate = facts.documentDate() != null ? facts.documentDate() : facts.receivedOn();
        // the directory names factions either „Fraktion X“ or just „X“
        String faction = facts.faction().startsWith("Fraktion ") ? facts.faction() : "Fraktion " + facts.faction();
        String opening = "Zur Anfrage der " + faction + " vom " + inquiryDate.format(GERMAN_DATE)
                + " nimmt die Verwaltung wie folgt Stellung:";
        return new ResponseDocument(properties.municipality(), properties.office(), facts.reference() + "/" + version,
                facts.faction(), inquiryDate, clean(facts.title()), clean(facts.committee()), opening, blocks(facts.items()),
                properties.signatureName(), properties.signatureFunction(), clock.today(), draft);
    }

    private static List<ResponseDocument.Block> blocks(List<InquiryFacts.Item> items) {
        List<ResponseDocument.Block> blocks = new ArrayList<>();
        Integer field = null;
        String heading = null;
        Set<String> shownMeasures = new HashSet<>();
        // what the answers found about each measure, shown in its box („nach Prüfung“)
        // (the last answer in the inquiry's order that found a status other than the report's)
        java.util.Map<String, String> reviewed = new java.util.HashMap<>();
        items.stream().filter(item -> item.proposedStatus() != null)
                .forEach(item -> item.measures().stream().filter(measure -> measure.status() != item.proposedStatus())
                        .forEach(measure -> reviewed.put(measure.code(), item.proposedStatus().label())));
        for (InquiryFacts.Item item : items) {
            Section section = item.section();
            if (section != null && section.fieldOfAction() != null && !section.fieldOfAction().equals(field)) {
                field = section.fieldOfAction();
                heading = null; // a new field: its first sub-heading is shown even if the last field ended with the same words
                blocks.add(new ResponseDocument.Heading("Handlungsfeld " + field
                        + (section.fieldTitle() == null ? "" : ": " + clean(section.fieldTitle())), 1));
            }
            String itemHeading = item.heading();
            // directly under a Handlungsfeld the section's heading is the field's own line, printed above
            boolean fieldLine = section != null && section.kind() == Section.SectionKind.HANDLUNGSFELD;
            if (itemHeading != null && !fieldLine && !itemHeading.equals(heading)) {
                heading = itemHeading;
                blocks.add(new ResponseDocument.Heading(clean(itemHeading), 2));
            }
            for (Measure measure : item.measures()) {
                if (shownMeasures.add(measure.code())) {
                    blocks.add(box(measure, reviewed.get(measure.code())));
                }
            }
            boolean remark = item.kind() == ItemKind.REMARK;
            blocks.add(new ResponseDocument.Item((remark ? "Anmerkung " : "Frage ") + item.number() + ":", clean(item.text()),
                    remark ? "Stellungnahme:" : "Antwort:", clean(item.answer()), item.answeredBy()));
        }
        return blocks;
    }

    /**
     * Control characters other than tab and line breaks (a vertical tab pasted from Word) have no place
     * in a letter and are not allowed in XML: dropped here, so both formats print the same text.
     */
    static String clean(String text) {
        return text == null ? null : text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]", "");
    }

    private static ResponseDocument.MeasureBox box(Measure measure, String reviewedStatus) {
        String units = measure.responsible() != null ? measure.responsible() : measure.lead();
        String status = measure.statusLabel() != null ? measure.statusLabel() : measure.status().label();
        if (measure.cutOffDate() != null) {
            status += " (Stand " + measure.cutOffDate().format(GERMAN_DATE) + ")";
        }
        return new ResponseDocument.MeasureBox(measure.code(), clean(measure.text()), clean(units), clean(measure.deadline()), status,
                measure.statusNotes().stream().filter(Objects::nonNull).map(ResponseCompiler::clean).toList(), reviewedStatus);
    }
}
