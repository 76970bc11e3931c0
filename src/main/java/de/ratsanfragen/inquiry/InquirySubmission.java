package de.ratsanfragen.inquiry;

import java.time.LocalDate;
import java.util.List;

import de.ratsanfragen.organization.RoutingTag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An inquiry sent as JSON.
 *
 * @param title     subject
 * @param faction   faction code; only the OB office names one, a faction submits for itself
 * @param committee committee addressed, optional
 * @param date      date of the inquiry, optional ({@code 2025-12-02})
 * @param items     the questions and remarks in order
 */
public record InquirySubmission(
        @NotBlank(message = "fehlt") @Size(max = InquiryLimits.MAX_TITLE_LENGTH, message = "ist länger als {max} Zeichen") String title,
        String faction,
        @Size(max = 200, message = "ist länger als 200 Zeichen") String committee,
        LocalDate date,
        @NotEmpty(message = "fehlt oder ist leer") @Size(max = InquiryLimits.MAX_ITEMS, message = "hat mehr als {max} Einträge")
        List<@Valid @NotNull(message = "fehlt") Item> items) {

    /**
     * @param text        the question or remark
     * @param kind        {@code QUESTION} or {@code REMARK}; without it, a text with "?" is a question
     * @param routing     a routing tag such as {@code V: D01/ A11}, optional
     * @param measureRefs codes of the measures it is about, optional
     */
    public record Item(
            @NotBlank(message = "fehlt") @Size(max = InquiryLimits.MAX_ITEM_LENGTH, message = "ist länger als {max} Zeichen") String text,
            ItemKind kind,
            @Size(max = RoutingTag.MAX_LENGTH, message = "ist länger als {max} Zeichen") String routing,
            @Size(max = InquiryLimits.MAX_QUOTED_MEASURES, message = "hat mehr als {max} Einträge")
            List<@NotNull(message = "fehlt") @Pattern(regexp = "HF\\d{1,3}(/E\\d{1,3}(/M\\d{1,3})?)?|Z\\d{1,4}",
                    message = "ist kein Maßnahmen-Code wie HF1/E2/M1, HF8 oder Z18") String> measureRefs) {
    }
}
