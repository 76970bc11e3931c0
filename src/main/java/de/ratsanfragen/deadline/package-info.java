/**
 * Deadlines of inquiries: the legal period per inquiry type (calendar days, working days or weeks)
 * or an explicit date, moved off weekends and the public holidays of the council's federal state
 * (from jollyday, never a hand-written list), the internal due dates that stagger back from the final
 * one, reminder dates and extensions; the deadline chosen in triage with its rules and preview. Public surface:
 * {@link de.ratsanfragen.deadline.DeadlineCalendar}, {@link de.ratsanfragen.deadline.Deadlines},
 * {@link de.ratsanfragen.deadline.Step}, {@link de.ratsanfragen.deadline.StepDeadline},
 * {@link de.ratsanfragen.deadline.TriageDeadlines}, {@link de.ratsanfragen.deadline.InquiryType} and
 * {@link de.ratsanfragen.deadline.DeadlinePreview}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Fristen", allowedDependencies = {"organization", "platform"})
package de.ratsanfragen.deadline;
