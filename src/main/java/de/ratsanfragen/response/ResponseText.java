package de.ratsanfragen.response;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

/**
 * How texts are laid out in both formats: paragraphs at blank lines, line breaks kept within a
 * paragraph, dates German. Public because the PDF template calls it.
 */
public final class ResponseText {

    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    /** Paragraphs of a text, each a list of its lines; none for {@code null} or blank. */
    public List<List<String>> paragraphs(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.replace("\r\n", "\n").replace('\r', '\n').strip().split("\n\\s*\n"))
                .map(paragraph -> paragraph.lines().map(String::stripTrailing).toList())
                .toList();
    }

    public String date(LocalDate date) {
        return date == null ? "" : date.format(GERMAN_DATE);
    }

    public boolean isHeading(Object block, int level) {
        return block instanceof ResponseDocument.Heading heading && heading.level() == level;
    }

    public boolean isMeasure(Object block) {
        return block instanceof ResponseDocument.MeasureBox;
    }

    public boolean isItem(Object block) {
        return block instanceof ResponseDocument.Item;
    }
}
