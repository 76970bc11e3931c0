/**
 * Deadlines of inquiries: the legal period per inquiry type (calendar days, working days or weeks)
 * or an explicit date, moved off weekends and the public holidays of the council's federal state
 * (from jollyday, never a hand-written list), the internal due dates that stagger back from the final
 * one, reminder dates and extensions. Public surface: {@link de.ratsanfragen.deadline.DeadlineCalendar},
 * {@link de.ratsanfragen.deadline.Deadlines}, {@link de.ratsanfragen.deadline.Step} and
 * {@link de.ratsanfragen.deadline.StepDeadline}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Fristen", allowedDependencies = {"organization", "platform"})
package de.ratsanfragen.deadline;
