package de.ratsanfragen.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class DocumentReaderTextTest {

    private final DocumentReader reader = new DocumentReader();

    @Test
    void readsUtf8() {
        SourceDocument document = reader.read("anfrage.txt", "Grüße aus Erfurt\nV: D01/ A11".getBytes(StandardCharsets.UTF_8));

        assertThat(document.fileName()).isEqualTo("anfrage.txt");
        assertThat(document.lines()).containsExactly("Grüße aus Erfurt", "V: D01/ A11");
        assertThat(document.warnings()).isEmpty();
    }

    @Test
    void stripsTheUtf8ByteOrderMark() {
        byte[] text = "Grüße\nzweite Zeile".getBytes(StandardCharsets.UTF_8);
        byte[] content = new byte[text.length + 3];
        content[0] = (byte) 0xEF;
        content[1] = (byte) 0xBB;
        content[2] = (byte) 0xBF;
        System.arraycopy(text, 0, content, 3, text.length);

        SourceDocument document = reader.read("anfrage.txt", content);

        assertThat(document.lines()).containsExactly("Grüße", "zweite Zeile");
        assertThat(document.warnings()).isEmpty();
    }

    @Test
    void readsUtf16WithByteOrderMark() {
        // Java's "UTF-16" encoder writes a big-endian BOM; Notepad's "Unicode" is little-endian with BOM
        byte[] littleEndian = withBom(new byte[] {(byte) 0xFF, (byte) 0xFE}, "Grüße\r\nÖffnung", StandardCharsets.UTF_16LE);
        byte[] bigEndian = "Grüße\r\nÖffnung".getBytes(StandardCharsets.UTF_16);

        assertThat(reader.read("le.txt", littleEndian).lines()).containsExactly("Grüße", "Öffnung");
        assertThat(reader.read("be.txt", bigEndian).lines()).containsExactly("Grüße", "Öffnung");
        assertThat(reader.read("le.txt", littleEndian).warnings()).isEmpty();
    }

    @Test
    void fallsBackToWindows1252WithAWarning() {
        byte[] content = "Grüße aus Erfurt – Maßnahme „M1“".getBytes(Charset.forName("windows-1252"));

        SourceDocument document = reader.read("anfrage.txt", content);

        assertThat(document.lines()).containsExactly("Grüße aus Erfurt – Maßnahme „M1“");
        assertThat(document.warnings()).singleElement().asString()
                .contains("nicht in UTF-8").contains("Windows-1252").contains("Umlaute prüfen");
    }

    @Test
    void normalisesLineEndings() {
        SourceDocument document = reader.read("anfrage.txt", "eins\r\nzwei\rdrei\n\nvier\r\n".getBytes(StandardCharsets.UTF_8));

        assertThat(document.lines()).containsExactly("eins", "zwei", "drei", "", "vier");
    }

    @Test
    void readsWordsManualLineBreaksAndPageBreaksAsLineBreaks() {
        byte[] content = "1. Wie viele?\u000Bgemeint sind Plätze\r\n2. Wann?\fAnlage".getBytes(StandardCharsets.UTF_8);

        SourceDocument document = reader.read("anfrage.txt", content);

        assertThat(document.lines()).containsExactly("1. Wie viele?", "gemeint sind Plätze", "2. Wann?", "Anlage");
        assertThat(document.warnings()).isEmpty();
    }

    @Test
    void aFewStrayControlCharactersDoNotMakeTextBinary() {
        String bell = "Frage\u0007?";
        String log = "\u001B[1mFrage:\u001B[0m Wie viele Anträge auf Schulwegbegleitung sind derzeit offen? ".repeat(5);

        assertThat(reader.read("kurz.txt", bell.getBytes(StandardCharsets.UTF_8)).lines()).containsExactly(bell);
        assertThat(reader.read("log.txt", log.getBytes(StandardCharsets.UTF_8)).lines()).hasSize(1);
        assertThat(reader.read("kaputt.txt", "Gr\uFFFD\uFFFDe".getBytes(StandardCharsets.UTF_8)).lines())
                .containsExactly("Gr\uFFFD\uFFFDe");
    }

    @Test
    void keepsTabsAndMarkupForTheImporter() {
        String row = "M1: Text\t<u>Personal- und Organisationsamt</u>\tfortlaufend\t(x) vollständig umgesetzt";

        assertThat(reader.read("seed.txt", row.getBytes(StandardCharsets.UTF_8)).lines()).containsExactly(row);
    }

    @Test
    void readsTextUnderAnyOtherNameOrNone() {
        byte[] content = "Frage?\nV: D01".getBytes(StandardCharsets.UTF_8);

        assertThat(reader.read("anfrage.md", content).lines()).containsExactly("Frage?", "V: D01");
        assertThat(reader.read(null, content).fileName()).isEqualTo("Dokument");
        assertThat(reader.read("C:\\Users\\fraktion\\anfrage", content).fileName()).isEqualTo("anfrage");
    }

    private static byte[] withBom(byte[] bom, String text, Charset charset) {
        byte[] encoded = text.getBytes(charset);
        byte[] content = new byte[bom.length + encoded.length];
        System.arraycopy(bom, 0, content, 0, bom.length);
        System.arraycopy(encoded, 0, content, bom.length, encoded.length);
        return content;
    }
}
