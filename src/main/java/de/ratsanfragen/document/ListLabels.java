package de.ratsanfragen.document;

import static de.ratsanfragen.document.DocxReader.W;
import static de.ratsanfragen.document.DocxReader.children;
import static de.ratsanfragen.document.DocxReader.wordName;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Element;

/**
 * The labels Word draws in front of automatically numbered paragraphs ("1.", "a)", bullets). They are
 * not in the paragraph's text: Word computes them from {@code word/numbering.xml} while it lays the
 * document out. The importers recognise questions by their labels, so they are computed here the same
 * way, paragraph by paragraph in document order.
 * <p>
 * A paragraph is numbered by its own {@code w:numPr} or by its style's; {@code w:numId} names an
 * instance ({@code w:num}) of a list definition ({@code w:abstractNum}) that holds one {@code w:lvl} per
 * level. As in Word, all instances of one definition count together, and an instance that overrides a
 * level's start ({@code w:startOverride}) restarts that level where it is first used. Not followed:
 * {@code w:lvlRestart} (a level restarts after any higher level) and {@code w:isLgl}.
 */
final class ListLabels {

    private static final Logger log = LoggerFactory.getLogger(ListLabels.class);
    private static final int LEVELS = 9;
    /** Style inheritance and list-style links are followed this far, no further: a cycle must end. */
    private static final int MAX_HOPS = 10;
    /** Letters and Roman numerals beyond this are written as digits: a crafted start must not make a huge label. */
    private static final int MAX_SPELLED = 26 * 10;

    private final Map<String, Element> nums = new HashMap<>();
    private final Map<String, Element> abstractNums = new HashMap<>();
    private final Map<String, Element> styles = new HashMap<>();
    /** The running count per list definition and level; null while a level has not been used since its restart. */
    private final Map<String, Integer[]> counters = new HashMap<>();
    private final Set<String> usedNums = new HashSet<>();

    ListLabels(XWPFDocument document) {
        XWPFNumbering numbering = document.getNumbering();
        if (numbering != null) {
            for (XWPFNum num : numbering.getNums()) {
                Element element = (Element) num.getCTNum().getDomNode();
                nums.put(element.getAttributeNS(W, "numId"), element);
            }
            for (XWPFAbstractNum abstractNum : numbering.getAbstractNums()) {
                Element element = (Element) abstractNum.getCTAbstractNum().getDomNode();
                abstractNums.put(element.getAttributeNS(W, "abstractNumId"), element);
            }
        }
        XWPFStyles styleDefinitions = document.getStyles();
        if (styleDefinitions != null) {
            for (XWPFStyle style : styleDefinitions.getStyles()) {
                styles.put(style.getStyleId(), (Element) style.getCTStyle().getDomNode());
            }
        }
    }

    /**
     * The label Word shows in front of this paragraph ("1.", "a)", "-" for any bullet), or "" if it
     * has none; counts the paragraph, as Word does, even if it is empty.
     */
    String next(Element paragraph) {
        if (nums.isEmpty()) {
            return "";
        }
        try {
            return label(paragraph);
        } catch (RuntimeException e) {
            // numbering only decorates the text: a definition we cannot follow must not cost the document
            log.debug("Nummerierung nicht lesbar", e);
            return "";
        }
    }

    private String label(Element paragraph) {
        Element properties = child(paragraph, "pPr");
        Element numPr = child(properties, "numPr");
        String numId = value(numPr, "numId");
        String level = value(numPr, "ilvl");
        String style = value(properties, "pStyle");
        if (numId == null && style != null) {
            // a list style or a numbered heading: the style holds the list, the level may be implied
            Element styleNumPr = styleNumbering(style);
            numId = value(styleNumPr, "numId");
            level = level != null ? level : value(styleNumPr, "ilvl");
            level = level != null ? level : levelNamingStyle(numId, style);
        }
        // numId 0 switches a style's numbering off
        Element num = numId == null || numId.equals("0") ? null : nums.get(numId);
        Element list = num == null ? null : listDefinition(num);
        int ilvl = number(level, 0);
        if (list == null || ilvl < 0 || ilvl >= LEVELS) {
            return "";
        }

        String listId = list.getAttributeNS(W, "abstractNumId");
        Integer[] counter = counters.computeIfAbsent(listId, key -> new Integer[LEVELS]);
        if (usedNums.add(numId)) {
            restartOverriddenLevels(num, counter);
        }
        counter[ilvl] = counter[ilvl] == null ? start(num, list, ilvl) : counter[ilvl] + 1;
        Arrays.fill(counter, ilvl + 1, LEVELS, null);
        return render(num, list, ilvl, counter);
    }

    /** {@code %1}…{@code %9} in the level's text replaced by the counts of those levels. */
    private String render(Element num, Element list, int ilvl, Integer[] counter) {
        Element definition = level(num, list, ilvl);
        String format = format(definition);
        if (format.equals("bullet")) {
            return "-"; // whatever glyph Word draws (•, a Symbol-font character), it reads as a dash
        }
        String text = value(definition, "lvlText");
        if (text == null) {
            return "";
        }
        StringBuilder label = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int referenced = i + 1 < text.length() && c == '%' ? text.charAt(i + 1) - '1' : -1;
            if (referenced >= 0 && referenced < LEVELS) {
                Integer count = counter[referenced];
                label.append(formatted(count != null ? count : start(num, list, referenced),
                        format(level(num, list, referenced))));
                i++;
            } else {
                label.append(c);
            }
        }
        return label.toString().strip();
    }

    private static String formatted(int count, String format) {
        boolean spellable = count >= 1 && count <= MAX_SPELLED;
        return switch (format) {
            case "decimalZero" -> count >= 0 && count < 10 ? "0" + count : String.valueOf(count);
            case "lowerLetter" -> spellable ? letters(count) : String.valueOf(count);
            case "upperLetter" -> spellable ? letters(count).toUpperCase(Locale.ROOT) : String.valueOf(count);
            case "lowerRoman" -> spellable ? roman(count).toLowerCase(Locale.ROOT) : String.valueOf(count);
            case "upperRoman" -> spellable ? roman(count) : String.valueOf(count);
            case "bullet", "none" -> "";
            // decimal and its variants (full width, enclosed …) and ordinal ("1." in German) are digits;
            // formats we do not know (Chinese counting, spelled-out numbers …) too, so the count is not lost
            default -> String.valueOf(count);
        };
    }

    /** Word's letters: a … z, then aa … zz, then aaa … */
    private static String letters(int count) {
        char letter = (char) ('a' + (count - 1) % 26);
        return String.valueOf(letter).repeat((count - 1) / 26 + 1);
    }

    private static String roman(int count) {
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder roman = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            for (; count >= values[i]; count -= values[i]) {
                roman.append(symbols[i]);
            }
        }
        return roman.toString();
    }

    /** The list definition of an instance; a list style's definition points on to the definition with the levels. */
    private Element listDefinition(Element num) {
        Element list = abstractNums.get(value(num, "abstractNumId"));
        for (int hop = 0; hop < MAX_HOPS && list != null && value(list, "numStyleLink") != null; hop++) {
            Element linked = nums.get(value(styleNumbering(value(list, "numStyleLink")), "numId"));
            Element next = linked == null ? null : abstractNums.get(value(linked, "abstractNumId"));
            if (next == null || next == list) {
                break;
            }
            list = next;
        }
        return list;
    }

    /** The numbering of a paragraph style, also inherited from the style it is based on. */
    private Element styleNumbering(String styleId) {
        String id = styleId;
        for (int hop = 0; hop < MAX_HOPS && id != null; hop++) {
            Element style = styles.get(id);
            Element numPr = child(child(style, "pPr"), "numPr");
            if (numPr != null) {
                return numPr;
            }
            id = value(style, "basedOn");
        }
        return null;
    }

    /** Numbered headings name their style in the level ({@code w:lvl/w:pStyle}) rather than the level in the style. */
    private String levelNamingStyle(String numId, String style) {
        Element num = numId == null ? null : nums.get(numId);
        Element list = num == null ? null : listDefinition(num);
        if (list == null) {
            return null;
        }
        for (Element level : children(list)) {
            if (wordName(level).equals("lvl") && style.equals(value(level, "pStyle"))) {
                return level.getAttributeNS(W, "ilvl");
            }
        }
        return null;
    }

    private void restartOverriddenLevels(Element num, Integer[] counter) {
        for (Element override : children(num)) {
            int ilvl = number(override.getAttributeNS(W, "ilvl"), -1);
            if (wordName(override).equals("lvlOverride") && child(override, "startOverride") != null
                    && ilvl >= 0 && ilvl < LEVELS) {
                counter[ilvl] = null;
            }
        }
    }

    private int start(Element num, Element list, int ilvl) {
        String override = value(override(num, ilvl), "startOverride");
        return number(override != null ? override : value(level(num, list, ilvl), "start"), 1);
    }

    /** A level as the instance shows it: replaced by the instance, or as the list definition has it. */
    private Element level(Element num, Element list, int ilvl) {
        Element replaced = child(override(num, ilvl), "lvl");
        if (replaced != null) {
            return replaced;
        }
        for (Element level : children(list)) {
            if (wordName(level).equals("lvl") && number(level.getAttributeNS(W, "ilvl"), -1) == ilvl) {
                return level;
            }
        }
        return null;
    }

    private static Element override(Element num, int ilvl) {
        for (Element override : children(num)) {
            if (wordName(override).equals("lvlOverride") && number(override.getAttributeNS(W, "ilvl"), -1) == ilvl) {
                return override;
            }
        }
        return null;
    }

    private static String format(Element level) {
        String format = value(level, "numFmt");
        return format == null ? "decimal" : format;
    }

    private static int number(String value, int fallback) {
        try {
            return value == null ? fallback : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** The {@code w:val} of a child element, or null if there is no such child (or no parent). */
    private static String value(Element parent, String name) {
        Element child = child(parent, name);
        return child == null ? null : child.getAttributeNS(W, "val");
    }

    private static Element child(Element parent, String name) {
        if (parent == null) {
            return null;
        }
        for (Element child : children(parent)) {
            if (wordName(child).equals(name)) {
                return child;
            }
        }
        return null;
    }
}
