package de.ratsanfragen.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import de.ratsanfragen.platform.ApiProblem;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** Files that are not what we read: refused with a German message, never with a library's exception. */
class DocumentReaderRejectionTest {

    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    private final DocumentReader reader = new DocumentReader();

    @Test
    void refusesAnEmptyFile() {
        ApiProblem problem = refused("anfrage.docx", new byte[0], HttpStatus.BAD_REQUEST);

        assertThat(problem.getMessage()).contains("„anfrage.docx“", "keine Daten");
    }

    @Test
    void refusesPdf() {
        byte[] pdf = "%PDF-1.7\n%âãÏÓ\n1 0 obj << /Type /Catalog >> endobj\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(refused("anfrage.pdf", pdf, HttpStatus.UNSUPPORTED_MEDIA_TYPE).getMessage())
                .contains("„anfrage.pdf“ ist eine PDF-Datei", ".docx", ".txt");
    }

    @Test
    void refusesImages() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};

        assertThat(refused("scan.png", png, HttpStatus.UNSUPPORTED_MEDIA_TYPE).getMessage()).contains("Bild (PNG)", ".docx");
        assertThat(refused("foto.jpg", jpeg, HttpStatus.UNSUPPORTED_MEDIA_TYPE).getMessage()).contains("Bild (JPEG)");
        assertThat(refused("a.gif", "GIF89a\1\0\1\0".getBytes(StandardCharsets.ISO_8859_1), HttpStatus.UNSUPPORTED_MEDIA_TYPE)
                .getMessage()).contains("Bild (GIF)");
    }

    @Test
    void refusesTheOldWordFormat() {
        byte[] doc = Arrays.copyOf(OLE2, 4096);

        assertThat(refused("anfrage.doc", doc, HttpStatus.UNSUPPORTED_MEDIA_TYPE).getMessage())
                .contains("alten Office-Format", ".doc", "speichern Sie sie als „Word-Dokument (*.docx)“");
    }

    @Test
    void refusesRtf() {
        byte[] rtf = "{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Arial;}} Frage?}".getBytes(StandardCharsets.US_ASCII);

        assertThat(refused("anfrage.rtf", rtf, HttpStatus.UNSUPPORTED_MEDIA_TYPE).getMessage()).contains("RTF-Datei");
    }

    @Test
    void refusesBinaryGarbage() {
        byte[] garbage = new byte[2048];
        new Random(42).nextBytes(garbage);
        garbage[0] = 'x'; // no known signature
        garbage[10] = 0;

        assertThat(refused("anfrage.txt", garbage, HttpStatus.UNSUPPORTED_MEDIA_TYPE).getMessage())
                .contains("keine Textdatei", ".docx", ".txt");
        assertThat(refused("daten.bin", "Text\0mit NUL".getBytes(StandardCharsets.UTF_8), HttpStatus.UNSUPPORTED_MEDIA_TYPE)
                .getMessage()).contains("Binärdatei");
        byte[] withoutNul = new byte[2048];
        new Random(7).nextBytes(withoutNul);
        for (int i = 0; i < withoutNul.length; i++) {
            withoutNul[i] = withoutNul[i] == 0 ? 1 : withoutNul[i];
        }
        withoutNul[0] = 'x';
        refused("anfrage.txt", withoutNul, HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    }

    @Test
    void refusesATruncatedDocx() {
        XWPFDocument word = new XWPFDocument();
        for (int i = 0; i < 50; i++) {
            word.createParagraph().createRun().setText("Absatz " + i + ": Wie ist der Stand der Umsetzung?");
        }
        byte[] truncated = Arrays.copyOf(TestFiles.bytes(word), 500);

        assertThat(refused("anfrage.docx", truncated, HttpStatus.UNPROCESSABLE_ENTITY).getMessage())
                .startsWith("Die Word-Datei „anfrage.docx“ kann nicht gelesen werden");
    }

    @Test
    void refusesAZipThatIsNoWordDocument() {
        byte[] zip = TestFiles.zip("notizen.txt", "Frage?", "bild.png", "kein Bild");
        byte[] workbook = TestFiles.zip("[Content_Types].xml", TestFiles.CONTENT_TYPES.replace("wordprocessingml.document",
                "spreadsheetml.sheet"), "_rels/.rels", TestFiles.RELATIONSHIPS, "word/document.xml", "<x/>");

        assertThat(refused("anfrage.docx", zip, HttpStatus.UNPROCESSABLE_ENTITY).getMessage())
                .startsWith("Die Word-Datei „anfrage.docx“ kann nicht gelesen werden");
        assertThat(refused("tabelle.xlsx", workbook, HttpStatus.UNPROCESSABLE_ENTITY).getMessage())
                .contains("kein Word-Dokument");
    }

    @Test
    void refusesTextOrBrokenXmlPosingAsDocx() {
        byte[] brokenXml = TestFiles.docxWithBody("<w:p><w:r><w:t>offen</w:r>");

        refused("anfrage.docx", "nur Text".getBytes(StandardCharsets.UTF_8), HttpStatus.UNPROCESSABLE_ENTITY);
        refused("anfrage.docx", brokenXml, HttpStatus.UNPROCESSABLE_ENTITY);
    }

    @Test
    void refusesAZipBombNamedDocx() throws IOException {
        byte[] bomb = zipBomb(200L * 1024 * 1024);
        assertThat(bomb.length).isLessThan(1024 * 1024);

        long started = System.nanoTime();
        ApiProblem problem = refused("anfrage.docx", bomb, HttpStatus.UNPROCESSABLE_ENTITY);

        assertThat(problem.getMessage()).contains("übermäßig groß");
        assertThat(ZipSecureFile.getMaxEntrySize()).isEqualTo(50L * 1024 * 1024);
        assertThat(ZipSecureFile.getMinInflateRatio()).isEqualTo(0.01);
        assertThat(System.nanoTime() - started).as("stops early, does not inflate 200 MB").isLessThan(5_000_000_000L);
    }

    @Test
    void refusesAPasswordProtectedDocx() throws Exception {
        XWPFDocument word = new XWPFDocument();
        word.createParagraph().createRun().setText("geheim");
        POIFSFileSystem container = new POIFSFileSystem();
        Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
        encryptor.confirmPassword("kennwort");
        try (OutputStream out = encryptor.getDataStream(container)) {
            out.write(TestFiles.bytes(word));
        }
        ByteArrayOutputStream encrypted = new ByteArrayOutputStream();
        container.writeFilesystem(encrypted);
        container.close();

        assertThat(refused("anfrage.docx", encrypted.toByteArray(), HttpStatus.UNPROCESSABLE_ENTITY).getMessage())
                .contains("Kennwort");
    }

    /** A .docx whose main part inflates to {@code size} bytes of the same character, written as a stream. */
    private static byte[] zipBomb(long size) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(TestFiles.CONTENT_TYPES.getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("_rels/.rels"));
            zip.write(TestFiles.RELATIONSHIPS.getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] chunk = new byte[64 * 1024];
            Arrays.fill(chunk, (byte) 'a');
            for (long written = 0; written < size; written += chunk.length) {
                zip.write(chunk);
            }
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    @Test
    void refusesADocumentWithMoreLinesThanAllowed() {
        byte[] text = "Frage?\n".repeat(DocumentLimits.MAX_LINES + 1).getBytes(StandardCharsets.UTF_8);

        assertThat(refused("anfrage.txt", text, HttpStatus.BAD_REQUEST).getMessage())
                .contains("„anfrage.txt“", "mehr als " + DocumentLimits.MAX_LINES + " Zeilen");
    }

    @Test
    void readsADocumentWithAsManyLinesAsAllowed() {
        byte[] text = "Frage?\n".repeat(DocumentLimits.MAX_LINES).getBytes(StandardCharsets.UTF_8);

        assertThat(reader.read("anfrage.txt", text).lines()).hasSize(DocumentLimits.MAX_LINES);
    }

    @Test
    void refusesALineLongerThanAllowedAndNamesIt() {
        byte[] text = ("Titel\n" + "x".repeat(DocumentLimits.MAX_LINE_LENGTH + 1) + "?\n").getBytes(StandardCharsets.UTF_8);

        assertThat(refused("anfrage.txt", text, HttpStatus.BAD_REQUEST).getMessage())
                .contains("Zeile 2", "„anfrage.txt“", (DocumentLimits.MAX_LINE_LENGTH + 2) + " Zeichen",
                        "höchstens " + DocumentLimits.MAX_LINE_LENGTH);
    }

    @Test
    void refusesALongLineInAWordFileToo() {
        Random random = new Random(11);
        StringBuilder paragraph = new StringBuilder();
        while (paragraph.length() <= DocumentLimits.MAX_LINE_LENGTH) {
            paragraph.append((char) ('a' + random.nextInt(26))); // text that compresses like text, not like a ZIP bomb
        }
        XWPFDocument word = new XWPFDocument();
        word.createParagraph().createRun().setText(paragraph.toString());

        assertThat(refused("anfrage.docx", TestFiles.bytes(word), HttpStatus.BAD_REQUEST).getMessage()).contains("Zeile 1");
    }

    @Test
    void refusesTablesNestedTooDeeply() {
        String cell = "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Zelle</w:t></w:r></w:p>";
        String close = "</w:tc></w:tr></w:tbl>";
        byte[] deep = TestFiles.docxWithBody(cell.repeat(DocxReader.MAX_TABLE_DEPTH + 1) + close.repeat(DocxReader.MAX_TABLE_DEPTH + 1));

        assertThat(refused("anfrage.docx", deep, HttpStatus.UNPROCESSABLE_ENTITY).getMessage())
                .contains("mehr als " + DocxReader.MAX_TABLE_DEPTH + " Ebenen");
        assertThat(reader.read("anfrage.docx", TestFiles.docxWithBody(cell.repeat(DocxReader.MAX_TABLE_DEPTH)
                + close.repeat(DocxReader.MAX_TABLE_DEPTH))).lines()).singleElement().asString()
                .isEqualTo(String.join(" ", java.util.Collections.nCopies(DocxReader.MAX_TABLE_DEPTH, "Zelle")));
    }

    private ApiProblem refused(String name, byte[] content, HttpStatus status) {
        ApiProblem problem = catchThrowableOfType(ApiProblem.class, () -> reader.read(name, content));
        assertThat(problem).as("refused with ApiProblem").isNotNull();
        assertThat(problem.status()).isEqualTo(status);
        assertThat(problem.getMessage())
                .as("German detail without library text")
                .containsAnyOf("Datei", "Word", "Dokument")
                .containsAnyOf("ist", "kann", "enthält", "hat")
                .doesNotContain("Exception", "java.", "org.", "poi", "POI", "zip bomb", "Zip bomb", "null")
                .doesNotContainPattern("\\b[a-z]+\\.[a-z]+\\.[A-Z]\\w+");
        return problem;
    }
}
