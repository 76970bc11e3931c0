package de.ratsanfragen.document;

import static de.ratsanfragen.document.DocxReader.CHECKED;
import static de.ratsanfragen.document.DocxReader.UNCHECKED;
import static de.ratsanfragen.document.DocxReader.W;
import static de.ratsanfragen.document.DocxReader.W14;
import static de.ratsanfragen.document.DocxReader.children;
import static de.ratsanfragen.document.DocxReader.content;
import static de.ratsanfragen.document.DocxReader.wordName;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The text of one Word paragraph ({@code w:p}) as markup lines: underlined runs wrapped in
 * {@code <u>…</u>} (adjacent ones merged), checkboxes of every kind Word knows as ☒/☐.
 */
final class ParagraphText {

    private final boolean inCell;
    private final List<String> lines = new ArrayList<>();
    private StringBuilder line = new StringBuilder();
    private boolean underlineOpen;

    /** @param inCell a line break in a table cell must not split the row: there it becomes a space */
    ParagraphText(boolean inCell) {
        this.inCell = inCell;
    }

    /** Runs in order, also inside hyperlinks, inserted (tracked) text, fields and inline content controls. */
    void inline(Element parent) {
        for (Element child : children(parent)) {
            switch (wordName(child)) {
                case "r" -> run(child);
                case "hyperlink", "ins", "moveTo", "smartTag", "customXml", "fldSimple", "dir", "bdo" -> inline(child);
                case "sdt" -> contentControl(child);
                default -> {
                    // paragraph properties, deleted text (del, moveFrom), bookmarks, comment marks
                }
            }
        }
    }

    List<String> finish() {
        closeUnderline();
        lines.add(line.toString());
        return lines;
    }

    private void contentControl(Element sdt) {
        Optional<Boolean> checkbox = checkboxControl(sdt);
        if (checkbox.isPresent()) {
            // its content is only the glyph Word draws for the state, in whatever font was chosen
            append(checkbox.get() ? CHECKED : UNCHECKED, false);
        } else {
            content(sdt).ifPresent(this::inline);
        }
    }

    private void run(Element run) {
        Element properties = child(run, W, "rPr");
        if (properties != null && isOn(child(properties, W, "vanish"), W)) {
            return; // hidden text: not what the reader of the document sees
        }
        boolean underlined = properties != null && isUnderlined(properties);
        String font = properties == null ? "" : font(properties);
        for (Element part : children(run)) {
            switch (wordName(part)) {
                case "t" -> append(symbolFontText(text(part), font), underlined);
                // a tab inside a paragraph only aligns text; kept as a tab it would read as a cell boundary
                case "tab", "ptab" -> append(" ", underlined);
                case "br", "cr" -> lineBreak();
                case "noBreakHyphen" -> append("-", underlined);
                case "sym" -> append(symbol(part), underlined);
                case "fldChar" -> formCheckbox(part).ifPresent(checked -> append(checked ? CHECKED : UNCHECKED, false));
                default -> {
                    // run properties, field instructions, deleted text, drawings and text boxes
                }
            }
        }
    }

    private void append(String text, boolean underlined) {
        if (text.isEmpty()) {
            return;
        }
        if (underlined != underlineOpen) {
            line.append(underlined ? "<u>" : "</u>");
            underlineOpen = underlined;
        }
        line.append(text);
    }

    private void lineBreak() {
        if (inCell) {
            append(" ", underlineOpen);
            return;
        }
        closeUnderline();
        lines.add(line.toString());
        line = new StringBuilder();
    }

    private void closeUnderline() {
        if (underlineOpen) {
            line.append("</u>");
            underlineOpen = false;
        }
    }

    /** Any underline style counts (single, double, dotted, words only …), only {@code none} does not. */
    private static boolean isUnderlined(Element properties) {
        Element underline = child(properties, W, "u");
        if (underline == null) {
            return false;
        }
        String style = underline.getAttributeNS(W, "val");
        return !style.isEmpty() && !style.equals("none");
    }

    /** A checkbox content control (Word 2010 and later): its state, or empty for any other control. */
    private static Optional<Boolean> checkboxControl(Element sdt) {
        Element properties = child(sdt, W, "sdtPr");
        Element checkbox = properties == null ? null : child(properties, W14, "checkbox");
        if (checkbox == null) {
            return Optional.empty();
        }
        Element checked = child(checkbox, W14, "checked");
        return Optional.of(checked != null && isOn(checked, W14));
    }

    /** A legacy checkbox form field ({@code FORMCHECKBOX}): its state sits where the field begins. */
    private static Optional<Boolean> formCheckbox(Element fieldChar) {
        Element data = child(fieldChar, W, "ffData");
        Element checkbox = data == null ? null : child(data, W, "checkBox");
        if (checkbox == null) {
            return Optional.empty();
        }
        Element checked = child(checkbox, W, "checked");
        Element byDefault = child(checkbox, W, "default");
        return Optional.of(checked != null ? isOn(checked, W) : byDefault != null && isOn(byDefault, W));
    }

    /** Word's on/off properties: present without a value means on. */
    private static boolean isOn(Element property, String namespace) {
        if (property == null) {
            return false;
        }
        String value = property.getAttributeNS(namespace, "val");
        return value.isEmpty() || value.equals("1") || value.equalsIgnoreCase("true") || value.equalsIgnoreCase("on");
    }

    private static String font(Element properties) {
        Element fonts = child(properties, W, "rFonts");
        return fonts == null ? "" : fonts.getAttributeNS(W, "ascii");
    }

    /** Insert ▸ Symbol: a character code in a symbol font. */
    private static String symbol(Element sym) {
        try {
            char code = (char) Integer.parseInt(sym.getAttributeNS(W, "char"), 16);
            return symbolFontText(String.valueOf(code), sym.getAttributeNS(W, "font"));
        } catch (NumberFormatException e) {
            return "";
        }
    }

    /**
     * Checkboxes typed in Wingdings (þ ý x checked, ¨ o empty) as ☒/☐. Word stores a symbol font's
     * characters either as plain bytes or shifted to U+F0xx; the shifted ones mean nothing as text.
     */
    private static String symbolFontText(String text, String font) {
        boolean wingdings = font.toLowerCase(Locale.ROOT).equals("wingdings");
        if (!wingdings && text.chars().noneMatch(c -> c >= 0xF000 && c <= 0xF0FF)) {
            return text;
        }
        StringBuilder mapped = new StringBuilder();
        for (char c : text.toCharArray()) {
            int code = c >= 0xF000 && c <= 0xF0FF ? c - 0xF000 : c;
            if (wingdings && (code == 0xFE || code == 0xFD || code == 'x')) {
                mapped.append(CHECKED);
            } else if (wingdings && (code == 0xA8 || code == 'o')) {
                mapped.append(UNCHECKED);
            } else if (c < 0xF000 || c > 0xF0FF) {
                mapped.append(c);
            }
        }
        return mapped.toString();
    }

    private static String text(Element element) {
        StringBuilder text = new StringBuilder();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(child.getNodeValue());
            }
        }
        return text.toString();
    }

    private static Element child(Element parent, String namespace, String name) {
        for (Element child : children(parent)) {
            if (namespace.equals(child.getNamespaceURI()) && name.equals(child.getLocalName())) {
                return child;
            }
        }
        return null;
    }
}
