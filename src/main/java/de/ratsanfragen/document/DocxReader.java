package de.ratsanfragen.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import de.ratsanfragen.platform.ApiProblem;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Word documents ({@code .docx}) as lines: a paragraph is a line, a table row is a line with its cells
 * separated by tabs, underlined text is wrapped in {@code <u>…</u>}, checkboxes become ☒/☐, and list
 * paragraphs start with the label Word numbers them with ({@link ListLabels}).
 * <p>
 * POI opens the package and parses the XML; the body is then walked as XML rather than through
 * {@code XWPFDocument.getBodyElements()}, because POI's model hides what the importers need: the text
 * inside block-level content controls and the state of checkbox controls ({@code w14:checkbox}) and
 * legacy checkbox form fields. Only the main text is read: text boxes, headers, footers, footnotes
 * and deleted tracked changes are left out.
 */
final class DocxReader {

    private static final Logger log = LoggerFactory.getLogger(DocxReader.class);

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String W14 = "http://schemas.microsoft.com/office/word/2010/wordml";
    static final String CHECKED = "☒";
    static final String UNCHECKED = "☐";

    /**
     * Tables nested deeper than this are refused. Word documents nest a table in a table now and then;
     * each level copies the text of the levels inside it, so a crafted depth of hundreds cost quadratic time.
     */
    static final int MAX_TABLE_DEPTH = 10;

    /** Uploads come from outside: every limit against ZIP bombs is set here, once, for the whole JVM. */
    static final long MAX_ENTRY_SIZE = 50L * 1024 * 1024;

    static {
        // a part may inflate to at most 100 times its compressed size (text compresses ~10:1)
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
        ZipSecureFile.setMaxTextSize(10L * 1024 * 1024);
        ZipSecureFile.setMaxFileCount(1000);
    }

    private DocxReader() {
    }

    static SourceDocument read(String name, byte[] content) {
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(new ByteArrayInputStream(content));
            if (!isWordPackage(pkg)) {
                throw unreadable(name, "sie enthält kein Word-Dokument");
            }
            XWPFDocument document = new XWPFDocument(pkg);
            List<String> lines = new ArrayList<>();
            blocks(document.getDocument().getBody().getDomNode(), 0, new ListLabels(document), lines);
            return new SourceDocument(name, lines, List.of());
        } catch (ApiProblem problem) {
            throw problem;
        } catch (TooDeeplyNested e) {
            throw unreadable(name, "sie enthält Tabellen in mehr als " + MAX_TABLE_DEPTH + " Ebenen ineinander",
                    "Bitte lösen Sie die verschachtelten Tabellen in Word auf und laden Sie die Datei erneut hoch.");
        } catch (IOException | InvalidFormatException | RuntimeException | StackOverflowError e) {
            // POI reports broken archives, ZIP bombs, missing parts and invalid XML in English and under
            // many exception types (IOException, POIXMLException, NotOfficeXmlFileException, XmlException
            // wrapped in runtime exceptions …; a crafted file with tables nested thousands deep overflows
            // the stack); none of that helps the user, so none of it is passed on, only logged
            log.info("Word-Datei „{}“ nicht lesbar: {}", name, e.toString());
            throw unreadable(name, "sie ist beschädigt, unvollständig oder übermäßig groß");
        } finally {
            closeQuietly(pkg);
        }
    }

    /** Closes without writing anything back; a failure here must not replace the answer. */
    private static void closeQuietly(OPCPackage pkg) {
        if (pkg == null) {
            return;
        }
        try {
            pkg.revert();
        } catch (RuntimeException e) {
            log.debug("Word-Paket nicht sauber geschlossen", e);
        }
    }

    static ApiProblem unreadable(String name, String reason) {
        return unreadable(name, reason, "Bitte öffnen Sie sie in Word, speichern Sie sie erneut als .docx und laden Sie sie noch einmal hoch.");
    }

    static ApiProblem unreadable(String name, String reason, String hint) {
        return new ApiProblem(HttpStatus.UNPROCESSABLE_ENTITY, "Word-Datei nicht lesbar",
                "Die Word-Datei „" + name + "“ kann nicht gelesen werden: " + reason + ". " + hint);
    }

    /** An Excel or PowerPoint file is an Office ZIP as well; only Word's main part has body text. */
    private static boolean isWordPackage(OPCPackage pkg) {
        List<PackagePart> main = pkg.getPartsByRelationshipType(PackageRelationshipTypes.CORE_DOCUMENT);
        if (main.isEmpty()) {
            return false;
        }
        String type = main.get(0).getContentType().toLowerCase(Locale.ROOT);
        return type.contains("wordprocessingml") || type.contains("ms-word");
    }

    /** Thrown where tables nest deeper than {@link #MAX_TABLE_DEPTH}. */
    private static final class TooDeeplyNested extends RuntimeException {
        TooDeeplyNested() {
            super(null, null, false, false);
        }
    }

    /**
     * Paragraphs and tables in order, also inside block-level content controls and custom XML.
     *
     * @param depth how many table cells {@code parent} lies in (0 for the body)
     */
    private static void blocks(Node parent, int depth, ListLabels labels, List<String> lines) {
        for (Element child : children(parent)) {
            switch (wordName(child)) {
                case "p" -> lines.addAll(paragraph(child, depth > 0, labels));
                case "tbl" -> table(child, depth, labels, lines);
                case "sdt" -> content(child).ifPresent(content -> blocks(content, depth, labels, lines));
                case "customXml" -> blocks(child, depth, labels, lines);
                default -> {
                    // section and cell properties, bookmarks and the like carry no text
                }
            }
        }
    }

    /** One line per row; a table nested in a cell stays inside that cell, so its cells join with spaces. */
    private static void table(Element table, int depth, ListLabels labels, List<String> lines) {
        if (depth >= MAX_TABLE_DEPTH) {
            throw new TooDeeplyNested();
        }
        for (Element row : descendants(table, "tr")) {
            List<String> cells = new ArrayList<>();
            for (Element cell : descendants(row, "tc")) {
                cells.add(cell(cell, depth + 1, labels));
            }
            lines.add(depth > 0 ? joinNonEmpty(cells) : String.join("\t", cells));
        }
    }

    /** A cell is one field of its row: its paragraphs joined by spaces. */
    private static String cell(Element cell, int depth, ListLabels labels) {
        List<String> paragraphs = new ArrayList<>();
        blocks(cell, depth, labels, paragraphs);
        return joinNonEmpty(paragraphs);
    }

    private static String joinNonEmpty(List<String> parts) {
        return String.join(" ", parts.stream().filter(part -> !part.isEmpty()).toList());
    }

    /**
     * The lines of one paragraph. A soft line break (Shift+Enter) starts a new line, as it looks in
     * Word, except in a table cell, where it must not split the row. A list paragraph starts with the
     * label Word shows ("1.", "a)", "-"), which is not part of its text; an empty one still takes its
     * number but stays an empty line, since a bare "3." would only be noise for the importers.
     */
    static List<String> paragraph(Element paragraph, boolean inCell, ListLabels labels) {
        String label = labels.next(paragraph);
        ParagraphText text = new ParagraphText(inCell);
        text.inline(paragraph);
        List<String> lines = text.finish();
        String first = lines.get(0).stripLeading();
        if (!label.isEmpty() && !first.isEmpty()) {
            lines.set(0, label + " " + first);
        }
        return lines;
    }

    /** Children of {@code parent} named {@code name} in Word's namespace, also through content controls. */
    private static List<Element> descendants(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Element child : children(parent)) {
            String childName = wordName(child);
            if (childName.equals(name)) {
                found.add(child);
            } else if (childName.equals("sdt")) {
                content(child).ifPresent(content -> found.addAll(descendants(content, name)));
            } else if (childName.equals("customXml")) {
                found.addAll(descendants(child, name));
            }
        }
        return found;
    }

    static Optional<Element> content(Element sdt) {
        return children(sdt).stream().filter(child -> wordName(child).equals("sdtContent")).findFirst();
    }

    static List<Element> children(Node parent) {
        List<Element> elements = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                elements.add(element);
            }
        }
        return elements;
    }

    /** The local name of an element in Word's main namespace, or "" for any other namespace. */
    static String wordName(Element element) {
        return W.equals(element.getNamespaceURI()) ? element.getLocalName() : "";
    }
}
