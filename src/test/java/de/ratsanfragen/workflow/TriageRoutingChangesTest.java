package de.ratsanfragen.workflow;

import static de.ratsanfragen.LinearTiming.assertLinear;
import static de.ratsanfragen.LinearTiming.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ratsanfragen.engine.TaskCompletionRefused;
import de.ratsanfragen.inquiry.InquiryLimits;
import org.junit.jupiter.api.Test;

/** The routing changes of the triage form: read line by line, refused in German, in linear time. */
class TriageRoutingChangesTest {

    @Test
    void readsOneChangePerLineAndSkipsBlankLines() {
        assertThat(TriageRoutingChanges.read("40: V: D01/ A17\n\n  7) V: D05\r\n12.V: D03/ A32 in Abstimmung mit D01"))
                .containsExactly(new TriageRoutingChanges.Change(40, "V: D01/ A17"), new TriageRoutingChanges.Change(7, "V: D05"),
                        new TriageRoutingChanges.Change(12, "V: D03/ A32 in Abstimmung mit D01"));
        assertThat(TriageRoutingChanges.read(null)).isEmpty();
    }

    @Test
    void aLineWithoutNumberIsRefusedAndQuotedShortened() {
        assertThatThrownBy(() -> TriageRoutingChanges.read("V: D01/ A17 " + "x".repeat(200)))
                .isInstanceOf(TaskCompletionRefused.class)
                .hasMessageStartingWith("Die Zeile „V: D01/ A17 xxx")
                .hasMessageContaining("…“ ist keine Zuständigkeit");
    }

    @Test
    void moreLinesThanAnInquiryHasItemsAreRefused() {
        String lines = "1: V: D01\n".repeat(InquiryLimits.MAX_ITEMS);

        assertThat(TriageRoutingChanges.read(lines)).hasSize(InquiryLimits.MAX_ITEMS);
        assertThatThrownBy(() -> TriageRoutingChanges.read(lines + "2: V: D03"))
                .isInstanceOf(TaskCompletionRefused.class).hasMessageContaining("mehr als " + InquiryLimits.MAX_ITEMS);
    }

    @Test
    void longLinesCostLinearTime() {
        assertLinear("one long change", size -> text("1: V: D01/ ", "A11/ ", "", size), 200_000, TriageRoutingChanges::read);
        assertLinear("spaces before no number", size -> text("", " ", "x", size), 200_000, text -> {
            try {
                TriageRoutingChanges.read(text);
            } catch (TaskCompletionRefused refused) {
                // expected: no number
            }
        });
    }
}
