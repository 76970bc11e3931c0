package de.ratsanfragen.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Files as users upload them, made in the test. */
final class TestFiles {

    static final String CONTENT_TYPES = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
              <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
              <Default Extension="xml" ContentType="application/xml"/>
              <Override PartName="/word/document.xml"
                ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
            </Types>""";
    static final String RELATIONSHIPS = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
              <Relationship Id="rId1" Target="word/document.xml"
                Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/>
            </Relationships>""";

    private TestFiles() {
    }

    static byte[] bytes(XWPFDocument document) {
        try (document; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A minimal .docx written by hand, for what POI cannot create (content controls, form fields). */
    static byte[] docxWithBody(String bodyXml) {
        String document = """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
                    xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"
                    xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">
                <w:body>%s</w:body></w:document>""".formatted(bodyXml);
        return zip("[Content_Types].xml", CONTENT_TYPES, "_rels/.rels", RELATIONSHIPS, "word/document.xml", document);
    }

    /**
     * A minimal .docx written by hand with a list definitions part ({@code word/numbering.xml}) and a
     * styles part, for definitions POI would not write (broken, cyclic, numbered through styles).
     */
    static byte[] docxWithNumbering(String bodyXml, String numberingXml, String stylesXml) {
        String namespace = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
        String document = """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <w:document %s><w:body>%s</w:body></w:document>""".formatted(namespace, bodyXml);
        String contentTypes = CONTENT_TYPES.replace("</Types>", """
                  <Override PartName="/word/numbering.xml"
                    ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
                  <Override PartName="/word/styles.xml"
                    ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
                </Types>""");
        String relationships = """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                  <Relationship Id="rId1" Target="numbering.xml"
                    Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering"/>
                  <Relationship Id="rId2" Target="styles.xml"
                    Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"/>
                </Relationships>""";
        return zip("[Content_Types].xml", contentTypes, "_rels/.rels", RELATIONSHIPS, "word/document.xml", document,
                "word/_rels/document.xml.rels", relationships,
                "word/numbering.xml", "<w:numbering %s>%s</w:numbering>".formatted(namespace, numberingXml),
                "word/styles.xml", "<w:styles %s>%s</w:styles>".formatted(namespace, stylesXml));
    }

    /** A ZIP of name/text pairs. */
    static byte[] zip(String... namesAndTexts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < namesAndTexts.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndTexts[i]));
                zip.write(namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
