package de.ratsanfragen.document;

import java.io.IOException;
import java.util.Locale;

import de.ratsanfragen.platform.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Turns an upload into a {@link SourceDocument}: Word ({@code .docx}) and plain text are read, everything
 * else is refused with a German message that says what the file is and what would be accepted.
 * The bytes decide, not the name: users rename files, and a {@code .doc} saved from Word may well be a
 * {@code .docx} inside.
 */
@Component
public class DocumentReader {

    static final String ACCEPTED = "Angenommen werden Word-Dokumente (.docx) und Textdateien (.txt).";

    /**
     * @param fileName the name it was uploaded under (may be {@code null}); only used in messages and for
     *                 a file that claims to be Word but is not
     * @param content  the uploaded bytes
     * @throws ApiProblem 400 for an empty file or one over the {@link DocumentLimits}, 415 for a format we do
     *                    not read (PDF, images, .doc, RTF, binary), 422 for a Word file that cannot be read
     *                    (broken, no Word inside, ZIP bomb, password); always with a German detail and never
     *                    with a library's message
     */
    public SourceDocument read(String fileName, byte[] content) {
        String name = displayName(fileName);
        if (content == null || content.length == 0) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "Die Datei ist leer.",
                    "Die Datei „" + name + "“ enthält keine Daten. Bitte wählen Sie das Dokument erneut aus.");
        }
        if (FileSignature.isZip(content)) {
            return DocumentLimits.check(DocxReader.read(name, content));
        }
        FileSignature.Foreign foreign = FileSignature.recognize(content);
        if (foreign != null) {
            throw foreign.problem(name);
        }
        if (hasWordExtension(name)) {
            // Named like a Word file, but no ZIP inside: cut off during the upload, or not Word at all
            throw DocxReader.unreadable(name, "sie ist beschädigt oder keine Word-Datei");
        }
        return DocumentLimits.check(TextReader.read(name, content));
    }

    /** Reads an upload as it arrives in a request; the name it was uploaded under is kept for messages. */
    public SourceDocument read(MultipartFile file) {
        try {
            return read(file.getOriginalFilename(), file.getBytes());
        } catch (IOException e) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "Upload abgebrochen",
                    "Die Datei „" + displayName(file.getOriginalFilename()) + "“ kam nicht vollständig an; bitte erneut senden.");
        }
    }

    /** The name as the user knows it: no client path, no control characters, not endless. */
    static String displayName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return "Dokument";
        }
        String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        name = name.replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            return "Dokument";
        }
        return name.length() <= 100 ? name : name.substring(0, 99) + "…";
    }

    private static boolean hasWordExtension(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".docx") || lower.endsWith(".docm") || lower.endsWith(".dotx");
    }
}
