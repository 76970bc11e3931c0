package de.ratsanfragen.document;

import static de.ratsanfragen.document.DocxReader.W;
import static de.ratsanfragen.document.DocxReader.children;
import static de.ratsanfragen.document.DocxReader.wordName;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
    /** Word's level texts are a few characters ("%1.%2."); a longer one gives no label. */
    private static final int MAX_LEVEL_TEXT = 64;

    private final Map<String, Element> nums = new HashMap<>();
    private final Map<String, Element> abstractNums = new HashMap<>();
    private final Map<String, Element> styles = new HashMap<>();
    /** The running count per list definition and level; null while a level has not been used since its restart. */
    private final Map<String, Integer[]> counters = new HashMap<>();
    private final Set<String> usedNums = new HashSet<>();
    // worked out once: read again per paragraph, a crafted definition with many elements cost quadratic time
    private final Map<String, Optional<Instance>> instances = new HashMap<>();
    private final Map<Element, Optional<Element>> definitions = new HashMap<>();
    private final Map<Element, Element[]> listLevels = new HashMap<>();
    private final Map<Element, Map<String, String>> levelsByStyle = new HashMap<>();
    private final Map<String, Optional<Element>> styleNumbers = new HashMap<>();
    private final Map<String, StyleList> styleLists = new HashMap<>();

    /**
     * One list instance ({@code w:num}) as it numbers paragraphs.
     *
     * @param listId    the list definition whose counts it shares with the other instances
     * @param levels    each level with its start, format and text, as the instance shows it
     * @param restarted the levels the instance restarts where it is first used
     */
    private record Instance(String listId, Level[] levels, List<Integer> restarted) {
    }

    /** @param text the level text ("%1.", "%2)"), or {@code null} for none */
    private record Level(int start, String format, String text) {
    }

    /** The list ({@code numId}) and level a paragraph style numbers with; either may be {@code null}. */
    private record StyleList(String numId, String level) {
    }

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
            StyleList styleList = styleLists.computeIfAbsent(style, this::styleList);
            numId = styleList.numId();
            level = level != null ? level : styleList.level();
        }
        // numId 0 switches a style's numbering off
        Instance instance = numId == null || numId.equals("0") ? null : instance(numId);
        int ilvl = number(level, 0);
        if (instance == null || ilvl < 0 || ilvl >= LEVELS) {
            return "";
        }

        Integer[] counter = counters.computeIfAbsent(instance.listId(), key -> new Integer[LEVELS]);
        if (usedNums.add(numId)) {
            instance.restarted().forEach(restarted -> counter[restarted] = null);
        }
        counter[ilvl] = counter[ilvl] == null ? instance.levels()[ilvl].start() : counter[ilvl] + 1;
        Arrays.fill(counter, ilvl + 1, LEVELS, null);
        return render(instance.levels(), ilvl, counter);
    }

    /** {@code %1}…{@code %9} in the level's text replaced by the counts of those levels. */
    private static String render(Level[] levels, int ilvl, Integer[] counter) {
        Level definition = levels[ilvl];
        if (definition.format().equals("bullet")) {
            return "-"; // whatever glyph Word draws (•, a Symbol-font character), it reads as a dash
        }
        String text = definition.text();
        if (text == null) {
            return "";
        }
        StringBuilder label = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int referenced = i + 1 < text.length() && c == '%' ? text.charAt(i + 1) - '1' : -1;
            if (referenced >= 0 && referenced < LEVELS) {
                Integer count = counter[referenced];
                label.append(formatted(count != null ? count : levels[referenced].start(), levels[referenced].format()));
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

    /** The instance with this {@code numId}, worked out on its first use; {@code null} without one or without levels. */
    private Instance instance(String numId) {
        return instances.computeIfAbsent(numId, id -> {
            Element num = nums.get(id);
            Element list = num == null ? null : definitions.computeIfAbsent(num, this::listDefinition).orElse(null);
            if (list == null) {
                return Optional.empty();
            }
            Element[] overrides = new Element[LEVELS];
            List<Integer> restarted = new ArrayList<>();
            for (Element override : children(num)) {
                int ilvl = number(override.getAttributeNS(W, "ilvl"), -1);
                if (wordName(override).equals("lvlOverride") && ilvl >= 0 && ilvl < LEVELS) {
                    overrides[ilvl] = overrides[ilvl] == null ? override : overrides[ilvl];
                    if (child(override, "startOverride") != null) {
                        restarted.add(ilvl);
                    }
                }
            }
            Element[] defined = listLevels.computeIfAbsent(list, ListLabels::levelsOf);
            Level[] levels = new Level[LEVELS];
            for (int ilvl = 0; ilvl < LEVELS; ilvl++) {
                Element replaced = child(overrides[ilvl], "lvl");
                Element level = replaced != null ? replaced : defined[ilvl];
                String startOverride = value(overrides[ilvl], "startOverride");
                levels[ilvl] = new Level(number(startOverride != null ? startOverride : value(level, "start"), 1),
                        format(level), levelText(level));
            }
            return Optional.of(new Instance(list.getAttributeNS(W, "abstractNumId"), levels, restarted));
        }).orElse(null);
    }

    /** The list definition of an instance; a list style's definition points on to the definition with the levels. */
    private Optional<Element> listDefinition(Element num) {
        Element list = abstractNums.get(value(num, "abstractNumId"));
        for (int hop = 0; hop < MAX_HOPS && list != null && value(list, "numStyleLink") != null; hop++) {
            Element linked = nums.get(value(styleNumbering(value(list, "numStyleLink")), "numId"));
            Element next = linked == null ? null : abstractNums.get(value(linked, "abstractNumId"));
            if (next == null || next == list) {
                break;
            }
            list = next;
        }
        return Optional.ofNullable(list);
    }

    /** The levels a list definition defines, by {@code w:ilvl}; the first definition of a level counts. */
    private static Element[] levelsOf(Element list) {
        Element[] levels = new Element[LEVELS];
        for (Element level : children(list)) {
            int ilvl = number(level.getAttributeNS(W, "ilvl"), -1);
            if (wordName(level).equals("lvl") && ilvl >= 0 && ilvl < LEVELS && levels[ilvl] == null) {
                levels[ilvl] = level;
            }
        }
        return levels;
    }

    /** The list a paragraph style numbers with, and at which level. */
    private StyleList styleList(String style) {
        Element numPr = styleNumbering(style);
        String numId = value(numPr, "numId");
        String level = value(numPr, "ilvl");
        return new StyleList(numId, level != null ? level : levelNamingStyle(numId, style));
    }

    /** The numbering of a paragraph style, also inherited from the style it is based on. */
    private Element styleNumbering(String styleId) {
        if (styleId == null) {
            return null;
        }
        return styleNumbers.computeIfAbsent(styleId, id -> {
            String current = id;
            for (int hop = 0; hop < MAX_HOPS && current != null; hop++) {
                Element style = styles.get(current);
                Element numPr = child(child(style, "pPr"), "numPr");
                if (numPr != null) {
                    return Optional.of(numPr);
                }
                current = value(style, "basedOn");
            }
            return Optional.empty();
        }).orElse(null);
    }

    /** Numbered headings name their style in the level ({@code w:lvl/w:pStyle}) rather than the level in the style. */
    private String levelNamingStyle(String numId, String style) {
        Element num = numId == null ? null : nums.get(numId);
        Element list = num == null ? null : definitions.computeIfAbsent(num, this::listDefinition).orElse(null);
        if (list == null) {
            return null;
        }
        return levelsByStyle.computeIfAbsent(list, definition -> {
            Map<String, String> byStyle = new HashMap<>();
            for (Element level : children(definition)) {
                String named = value(level, "pStyle");
                if (wordName(level).equals("lvl") && named != null) {
                    byStyle.putIfAbsent(named, level.getAttributeNS(W, "ilvl"));
                }
            }
            return byStyle;
        }).get(style);
    }

    private static String format(Element level) {
        String format = value(level, "numFmt");
        return format == null ? "decimal" : format;
    }

    /** The level's text; one longer than any label Word would draw is none (a crafted one would repeat in every paragraph). */
    private static String levelText(Element level) {
        String text = value(level, "lvlText");
        return text == null || text.length() > MAX_LEVEL_TEXT ? null : text;
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
