package de.ratsanfragen.response;

import java.util.List;

import de.ratsanfragen.inquiry.InquiryLimits;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * A correction of a released response by the OB office ({@code POST …/response/versions}).
 *
 * @param reason  why a new version is made, shown in the history
 * @param answers the answers it corrects, if any (the originals stay in the item's contributions)
 */
public record ResponseCorrection(@NotBlank(message = "fehlt")
                                 @Size(max = InquiryLimits.MAX_REASON_LENGTH, message = "ist länger als {max} Zeichen")
                                 String reason,
                                 @Size(max = InquiryLimits.MAX_ITEMS, message = "hat mehr als {max} Einträge")
                                 List<@Valid Answer> answers) {

    /** @param number the item; @param answer its corrected answer */
    public record Answer(@Positive(message = "muss eine Fragennummer sein") int number,
                         @NotBlank(message = "fehlt")
                         @Size(max = InquiryLimits.MAX_ITEM_LENGTH, message = "ist länger als {max} Zeichen")
                         String answer) {
    }
}
