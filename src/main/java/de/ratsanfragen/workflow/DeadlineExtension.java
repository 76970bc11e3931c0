package de.ratsanfragen.workflow;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/inquiries/{id}/deadline}: the OB office extends an inquiry's deadline with a reason
 * ({@link DeadlineExtensions#extend}, which the monitor's drill-down page calls too).
 */
@RestController
class DeadlineExtension {

    /**
     * @param dueDate the new deadline
     * @param reason  why (the faction reads it)
     */
    record Extension(@NotNull(message = "fehlt") LocalDate dueDate,
                     @jakarta.validation.constraints.Size(max = de.ratsanfragen.inquiry.InquiryLimits.MAX_REASON_LENGTH,
                             message = "ist länger als {max} Zeichen") String reason) {
    }

    private final DeadlineExtensions extensions;

    DeadlineExtension(DeadlineExtensions extensions) {
        this.extensions = extensions;
    }

    @PostMapping(path = "/api/inquiries/{id}/deadline", consumes = "application/json", produces = "application/json")
    public DeadlineExtensions.Extended extend(@PathVariable UUID id, @Valid @RequestBody Extension extension) {
        return extensions.extend(id, extension.dueDate(), extension.reason());
    }
}
