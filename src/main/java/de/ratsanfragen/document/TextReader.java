package de.ratsanfragen.document;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Plain text in the encodings Windows and the rest of the world save it in. */
final class TextReader {

    static final String ASSUMED_WINDOWS_1252 = "Die Datei ist nicht in UTF-8 gespeichert; sie wurde als Windows-1252 "
            + "gelesen – bitte Umlaute prüfen.";

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /**
     * From this share of stray control characters on, the "text" is really a binary file: binary data
     * read as text has one in about every eight characters, real text at most a few strays.
     */
    private static final double BINARY_CONTROL_SHARE = 0.05;
    /** Fewer stray control characters than this never make a file binary, however short it is. */
    private static final int MIN_BINARY_CONTROLS = 3;

    private TextReader() {
    }

    static SourceDocument read(String name, byte[] content) {
        List<String> warnings = new ArrayList<>();
        String text = decode(content, warnings);
        if (looksBinary(text)) {
            throw FileSignature.Foreign.BINARY.problem(name);
        }
        // Word's .txt export writes a manual line break (Shift+Enter) as a vertical tab, a page break as a form feed
        text = text.replace("\r\n", "\n").replace('\r', '\n').replace('\u000B', '\n').replace('\f', '\n');
        // one line more than allowed is enough to refuse: 10 MB of line breaks must not become 10 million strings
        return new SourceDocument(name, text.lines().limit(DocumentLimits.MAX_LINES + 1L).toList(), warnings);
    }

    private static String decode(byte[] content, List<String> warnings) {
        if (startsWith(content, 0xFF, 0xFE)) {
            return new String(content, 2, content.length - 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(content, 0xFE, 0xFF)) {
            return new String(content, 2, content.length - 2, StandardCharsets.UTF_16BE);
        }
        int start = startsWith(content, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, start, content.length - start))
                    .toString();
        } catch (CharacterCodingException e) {
            // Not UTF-8: older Windows editors and Excel's "Text" export write Windows-1252
            warnings.add(ASSUMED_WINDOWS_1252);
            return new String(content, start, content.length - start, WINDOWS_1252);
        }
    }

    /**
     * NUL never occurs in text. Line, page and Word's manual line breaks are text; a stray BEL or ESC
     * (a copied terminal log) or a replacement character from an earlier bad conversion does not make
     * a text binary, only a substantial share of control characters does.
     */
    private static boolean looksBinary(String text) {
        long control = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return true;
            }
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\u000B') {
                control++;
            }
        }
        return control >= MIN_BINARY_CONTROLS && control >= text.length() * BINARY_CONTROL_SHARE;
    }

    private static boolean startsWith(byte[] content, int... signature) {
        if (content.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((content[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
