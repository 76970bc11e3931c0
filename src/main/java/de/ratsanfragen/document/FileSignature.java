package de.ratsanfragen.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import de.ratsanfragen.platform.ApiProblem;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.springframework.http.HttpStatus;

/** What the first bytes of an upload say it is. */
final class FileSignature {

    private static final String RESAVE_AS_DOCX = "Bitte öffnen Sie die Datei in Word und speichern Sie sie als „Word-Dokument (*.docx)“.";
    private static final String UPLOAD_ORIGINAL = "Bitte laden Sie das Word-Dokument hoch, aus dem sie entstanden ist.";
    private static final String NO_IMAGES = "Bitte laden Sie das Dokument selbst hoch, nicht ein Foto oder einen Scan davon.";

    /** A format we recognise but do not read. */
    enum Foreign {
        PDF("eine PDF-Datei", UPLOAD_ORIGINAL),
        PNG("ein Bild (PNG)", NO_IMAGES),
        JPEG("ein Bild (JPEG)", NO_IMAGES),
        GIF("ein Bild (GIF)", NO_IMAGES),
        TIFF("ein Bild (TIFF)", NO_IMAGES),
        BMP("ein Bild (BMP)", NO_IMAGES),
        OLD_OFFICE("eine Datei im alten Office-Format (z. B. Word 97–2003, .doc)", RESAVE_AS_DOCX),
        RTF("eine RTF-Datei (Rich Text Format)", RESAVE_AS_DOCX),
        BINARY("keine Textdatei, sondern eine Binärdatei unbekannten Formats", ""),
        /** A .docx with a password is stored in an OLE2 container: the format is right, the content locked. */
        ENCRYPTED_OFFICE(null, null);

        private final String what;
        private final String hint;

        Foreign(String what, String hint) {
            this.what = what;
            this.hint = hint;
        }

        ApiProblem problem(String name) {
            if (this == ENCRYPTED_OFFICE) {
                return DocxReader.unreadable(name, "sie ist mit einem Kennwort geschützt",
                        "Bitte speichern Sie sie in Word ohne Kennwort und laden Sie sie erneut hoch.");
            }
            return new ApiProblem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Dateiformat nicht unterstützt",
                    ("„" + name + "“ ist " + what + ". " + DocumentReader.ACCEPTED + " " + hint).strip());
        }
    }

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] EMPTY_ZIP = {'P', 'K', 5, 6};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] TIFF_LE = {'I', 'I', '*', 0};
    private static final byte[] TIFF_BE = {'M', 'M', 0, '*'};

    private FileSignature() {
    }

    static boolean isZip(byte[] content) {
        return startsWith(content, ZIP) || startsWith(content, EMPTY_ZIP);
    }

    /** The format these bytes are in, if it is one we refuse; {@code null} for anything that may be text. */
    static Foreign recognize(byte[] content) {
        if (startsWith(content, "%PDF-")) {
            return Foreign.PDF;
        }
        if (startsWith(content, PNG)) {
            return Foreign.PNG;
        }
        if (startsWith(content, JPEG)) {
            return Foreign.JPEG;
        }
        if (startsWith(content, "GIF87a") || startsWith(content, "GIF89a")) {
            return Foreign.GIF;
        }
        if (startsWith(content, TIFF_LE) || startsWith(content, TIFF_BE)) {
            return Foreign.TIFF;
        }
        if (isBitmap(content)) {
            return Foreign.BMP;
        }
        if (startsWith(content, OLE2)) {
            return isEncryptedOoxml(content) ? Foreign.ENCRYPTED_OFFICE : Foreign.OLD_OFFICE;
        }
        if (startsWith(content, "{\\rtf")) {
            return Foreign.RTF;
        }
        return null;
    }

    /** "BM" alone could start a text line; a bitmap header also has four reserved zero bytes. */
    private static boolean isBitmap(byte[] content) {
        return content.length >= 14 && startsWith(content, "BM")
                && content[6] == 0 && content[7] == 0 && content[8] == 0 && content[9] == 0;
    }

    private static boolean isEncryptedOoxml(byte[] content) {
        try (POIFSFileSystem container = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            return container.getRoot().hasEntry("EncryptedPackage");
        } catch (IOException | RuntimeException e) {
            // not a readable OLE2 container: then it is no encrypted .docx either
            return false;
        }
    }

    private static boolean startsWith(byte[] content, String signature) {
        return startsWith(content, signature.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static boolean startsWith(byte[] content, byte[] signature) {
        if (content.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if (content[i] != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
