package de.ratsanfragen.document;

import java.util.List;

import de.ratsanfragen.platform.ApiProblem;
import org.springframework.http.HttpStatus;

/**
 * How much text an upload may hold, checked once the document is read and before any importer sees
 * it; the upload itself is limited to 10 MB ({@code spring.servlet.multipart.max-file-size}). The
 * importers take linear time on any text, so these limits are not what keeps them fast; they keep
 * every line, every warning quoting a line and the memory of one import within sensible bounds.
 */
final class DocumentLimits {

    /**
     * Lines (paragraphs and table rows) of one document. The Erfurt inquiry has 377, the Jena report
     * 1,007 for 82 goals; 20,000 leaves room for reports twenty times that size.
     */
    static final int MAX_LINES = 20_000;
    /**
     * Characters of one line: a paragraph, or a table row with all its cells. The longest in the seeds
     * has 2,234 (a measure row with its status); 20,000 are about seven printed pages in one paragraph.
     */
    static final int MAX_LINE_LENGTH = 20_000;

    private DocumentLimits() {
    }

    /**
     * @return the document, if it keeps within the limits
     * @throws ApiProblem 400 with a German detail naming the limit (and the line) it exceeds
     */
    static SourceDocument check(SourceDocument document) {
        List<String> lines = document.lines();
        if (lines.size() > MAX_LINES) {
            throw tooLarge("Das Dokument „" + document.fileName() + "“ hat mehr als " + MAX_LINES
                    + " Zeilen (Absätze und Tabellenzeilen); angenommen werden höchstens " + MAX_LINES
                    + ". Bitte laden Sie nur die Anfrage oder den Bericht selbst hoch.");
        }
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).length() > MAX_LINE_LENGTH) {
                throw tooLarge("Zeile " + (i + 1) + " des Dokuments „" + document.fileName() + "“ hat "
                        + lines.get(i).length() + " Zeichen; erlaubt sind höchstens " + MAX_LINE_LENGTH
                        + " je Absatz oder Tabellenzeile. Bitte teilen Sie den Absatz auf.");
            }
        }
        return document;
    }

    private static ApiProblem tooLarge(String detail) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, "Dokument zu umfangreich", detail);
    }
}
