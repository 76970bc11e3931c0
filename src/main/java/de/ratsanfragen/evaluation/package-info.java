/**
 * Evaluated municipal concepts: their measures (Erfurt: Handlungsfeld → Empfehlung → Maßnahme;
 * Jena: Ziel) with status and status notes, the report importers, and the statistics a report
 * states about itself. Public surface: {@link de.ratsanfragen.evaluation.Measure},
 * {@link de.ratsanfragen.evaluation.MeasureStatus}, {@link de.ratsanfragen.evaluation.ImportedEvaluation},
 * {@link de.ratsanfragen.evaluation.EvaluationStatistics}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Evaluation",
        allowedDependencies = {"document", "organization", "platform"})
package de.ratsanfragen.evaluation;
