package de.ratsanfragen.deadline;

/** How the amount of a period is counted. */
enum PeriodUnit {
    /** Every day counts; a due date on a weekend or holiday moves to the next working day. */
    CALENDAR_DAYS,
    /** Only working days count (Monday to Friday without the state's public holidays). */
    WORKING_DAYS,
    /** Seven calendar days each; moved like calendar days. */
    WEEKS
}
