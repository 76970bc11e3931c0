package de.ratsanfragen.deadline;

/**
 * An inquiry type the council configured, as the triage offers it.
 *
 * @param key      its name in the configuration and the process ({@code GROSSE_ANFRAGE})
 * @param label    its German name („Große Anfrage“)
 * @param period   its period in words („8 Wochen“)
 * @param standard whether it applies when the triage names no type
 */
public record InquiryType(String key, String label, String period, boolean standard) {
}
