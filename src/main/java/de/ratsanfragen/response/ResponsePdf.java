package de.ratsanfragen.response;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import de.ratsanfragen.platform.StartupProblem;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.springframework.stereotype.Component;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The response as PDF/A-2b: the model through an XHTML template (Thymeleaf in XML mode, so every text is
 * escaped: markup typed into an answer is printed, never interpreted) onto openhtmltopdf with the
 * project's own fonts embedded (Liberation Sans; no font of the machine is used) and an sRGB output
 * intent. Page numbers, the reference and „ENTWURF“ are page margin boxes, so they are on every page.
 */
@Component
class ResponsePdf {

    private static final String FONT_FAMILY = "Liberation Sans";
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private final SpringTemplateEngine templates;
    /** The four faces, read once at start: a missing font stops the start, never a release. */
    private final java.util.Map<String, byte[]> fonts = new java.util.LinkedHashMap<>();

    ResponsePdf() {
        for (String file : List.of("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf",
                "LiberationSans-BoldItalic.ttf")) {
            fonts.put(file, fontBytes(file));
        }
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("response/");
        resolver.setSuffix(".xhtml");
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setCharacterEncoding("UTF-8");
        templates = new SpringTemplateEngine();
        templates.setTemplateResolver(resolver);
    }

    byte[] render(ResponseDocument document) {
        Context context = new Context();
        context.setVariable("doc", document);
        context.setVariable("text", new ResponseText());
        String xhtml = templates.process("response", context);
        try (ByteArrayOutputStream pdf = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder()
                    .usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_B)
                    .useColorProfile(SRGB)
                    .withHtmlContent(xhtml, null)
                    .toStream(pdf);
            font(builder, "LiberationSans-Regular.ttf", 400, FontStyle.NORMAL);
            font(builder, "LiberationSans-Bold.ttf", 700, FontStyle.NORMAL);
            font(builder, "LiberationSans-Italic.ttf", 400, FontStyle.ITALIC);
            font(builder, "LiberationSans-BoldItalic.ttf", 700, FontStyle.ITALIC);
            builder.run();
            return pdf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("PDF der Antwort " + document.reference() + " konnte nicht erzeugt werden", e);
        }
    }

    private void font(PdfRendererBuilder builder, String file, int weight, FontStyle style) {
        byte[] font = fonts.get(file);
        builder.useFont(() -> new ByteArrayInputStream(font), FONT_FAMILY, weight, style, true);
    }

    private static byte[] fontBytes(String file) {
        try (InputStream stream = ResponsePdf.class.getResourceAsStream("/response/fonts/" + file)) {
            if (stream == null) {
                throw new StartupProblem("Antwortschreiben: die Schrift " + file + " fehlt im Programmpaket.",
                        "Das Programm vollständig neu bauen (src/main/resources/response/fonts enthält die Schriften).");
            }
            return stream.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Schrift " + file + " nicht lesbar", e);
        }
    }
}
