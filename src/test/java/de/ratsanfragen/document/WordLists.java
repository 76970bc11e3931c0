package de.ratsanfragen.document;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/** Word's automatic lists, made in the test the way Word stores them in {@code word/numbering.xml}. */
public final class WordLists {

    private WordLists() {
    }

    /**
     * A list definition with an instance of it.
     *
     * @param formatsAndTexts per level from 0 on: the number format ({@code decimal}, {@code lowerLetter},
     *                        {@code bullet} …) and the level text ({@code %1.}, {@code %2)}, {@code •} …)
     * @return the instance's {@code numId}, for {@link #item}
     */
    public static BigInteger define(XWPFDocument word, String... formatsAndTexts) {
        XWPFNumbering numbering = word.createNumbering();
        CTAbstractNum definition = CTAbstractNum.Factory.newInstance();
        definition.setAbstractNumId(BigInteger.valueOf(numbering.getAbstractNums().size()));
        for (int i = 0; i < formatsAndTexts.length; i += 2) {
            CTLvl level = definition.addNewLvl();
            level.setIlvl(BigInteger.valueOf(i / 2));
            level.addNewStart().setVal(BigInteger.ONE);
            level.addNewNumFmt().setVal(STNumberFormat.Enum.forString(formatsAndTexts[i]));
            level.addNewLvlText().setVal(formatsAndTexts[i + 1]);
        }
        return numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(definition, numbering)));
    }

    /** Another instance of the list that {@code numId} belongs to, as Word makes for "Restart at". */
    public static BigInteger restart(XWPFDocument word, BigInteger numId, int level, int start) {
        XWPFNumbering numbering = word.getNumbering();
        BigInteger restarted = numbering.addNum(numbering.getAbstractNumID(numId));
        CTNumLvl override = numbering.getNum(restarted).getCTNum().addNewLvlOverride();
        override.setIlvl(BigInteger.valueOf(level));
        override.addNewStartOverride().setVal(BigInteger.valueOf(start));
        return restarted;
    }

    /** A paragraph in the list, at {@code level} (0 for the top level). */
    public static XWPFParagraph item(XWPFDocument word, BigInteger numId, int level, String text) {
        return item(word.createParagraph(), numId, level, text);
    }

    public static XWPFParagraph item(XWPFParagraph paragraph, BigInteger numId, int level, String text) {
        paragraph.setNumID(numId);
        paragraph.setNumILvl(BigInteger.valueOf(level));
        paragraph.createRun().setText(text);
        return paragraph;
    }
}
