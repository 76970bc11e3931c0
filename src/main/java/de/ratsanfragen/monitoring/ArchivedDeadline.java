package de.ratsanfragen.monitoring;

import java.time.LocalDate;
import java.util.UUID;

import de.ratsanfragen.inquiry.InquiryState;

/**
 * A released or withdrawn inquiry in the monitor's archive ({@code /monitor/archiv}, {@code GET /api/deadlines/archive}).
 *
 * @param faction    the faction's name
 * @param subject    the inquiry's title
 * @param state      {@code RELEASED} or {@code WITHDRAWN}
 * @param stateLabel the state in German
 * @param receivedOn the day it was received (council time)
 * @param dueDate    its deadline at the end, extensions included ({@code null} if it never had one)
 * @param releasedOn the day it was released, {@code null} for a withdrawn one
 * @param onTime     released on or before its deadline; {@code null} for a withdrawn one
 * @param items      its items
 * @param extensions how often its deadline was extended (the reasons are in its drill-down)
 */
public record ArchivedDeadline(UUID id, String reference, String faction, String subject, InquiryState state, String stateLabel,
                               LocalDate receivedOn, LocalDate dueDate, LocalDate releasedOn, Boolean onTime, int items,
                               int extensions) {
}
