package de.ratsanfragen.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the importers see of converted markup, also where the markup is broken. */
class MarkupTextTest {

    @Test
    void foldsEveryKindOfSpaceIntoOne() {
        assertThat(MarkupText.plain("  Frage\t\t1:\u00a0 wie\u2028geht\f\u000b es  weiter?  ")).isEqualTo("Frage 1: wie geht es weiter?");
        assertThat(MarkupText.plain("schon schlicht")).isEqualTo("schon schlicht");
    }

    @Test
    void removesTagsAndKeepsCheckboxesReadable() {
        assertThat(MarkupText.plain("<p>(x) <u>vollständig</u> umgesetzt <input checked=\"\" type=\"checkbox\"/> teilweise "
                + "<INPUT TYPE=\"checkbox\"> nicht</p>")).isEqualTo("(x) vollständig umgesetzt (x) teilweise () nicht");
        assertThat(MarkupText.boxes("☒ ja ☑ auch ☐ nein [X] gewählt [ ] offen <input type=\"text\">"))
                .isEqualTo("(x) ja (x) auch () nein (x) gewählt () offen <input type=\"text\">");
    }

    @Test
    void leavesUnclosedMarkupAsText() {
        assertThat(MarkupText.plain("a <b c <input checked")).isEqualTo("a <b c <input checked");
        assertThat(MarkupText.plain("<a<a<a> x <a")).isEqualTo("x <a");
    }

    @Test
    void readsMarkdownEmphasisEscapesAndEntities() {
        assertThat(MarkupText.plain("**fett** und *kursiv* für Mitarbeiter*innen, 3 \\* 4 &amp; 5 &lt; 6"))
                .isEqualTo("fett und kursiv für Mitarbeiter*innen, 3 * 4 & 5 < 6");
    }

    @Test
    void findsUnderlinedPassagesAlsoWithUnclosedOnesAround() {
        assertThat(MarkupText.underlined("<u>Amt 11</u>, <U>Amt 12</U> und <u>offen")).containsExactly("Amt 11", "Amt 12");
        assertThat(MarkupText.underlined("<u>nie geschlossen <u>auch nicht")).isEmpty();
    }
}
