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
    /** Above this share of control characters the "text" is really a binary file. */
    private static final double MAX_CONTROL_SHARE = 0.01;

    private TextReader() {
    }

    static SourceDocument read(String name, byte[] content) {
        List<String> warnings = new ArrayList<>();
        String text = decode(content, warnings);
        if (looksBinary(text)) {
            throw FileSignature.Foreign.BINARY.problem(name);
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        return new SourceDocument(name, text.lines().toList(), warnings);
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

    /** NUL never occurs in text; a few form feeds or stray control bytes may. */
    private static boolean looksBinary(String text) {
        long control = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return true;
            }
            if ((Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == '\uFFFD') {
                control++;
            }
        }
        return control > 0 && control >= text.length() * MAX_CONTROL_SHARE;
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
