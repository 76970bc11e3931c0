/**
 * The inquiry process on Camunda 7, and only the process. {@link de.ratsanfragen.workflow.InquiryProcess} names
 * everything the BPMN files use (keys, element and form ids, variables, the delegate beans); the steps are
 * grouped by phase — {@code TriageSteps}, {@code AnsweringSteps}, {@code ApprovalSteps} — and read their forms
 * through {@code TaskInputs} and fill their read-only texts through {@code TaskTexts}. Each step asks the
 * {@code inquiry} module to move the inquiry ({@code InquiryLifecycle}, {@code InquiryRouting},
 * {@code InquiryAnswers}); the inquiry decides whether the move is allowed. Also here: task dates, the
 * deadline watch with the notices it records ({@link de.ratsanfragen.workflow.DeadlineNotices}) and the
 * extension API. Hosting the engine (identity, logins, the engine API's gate) is the {@code engine} module's;
 * this module and {@code engine} are the only ones that import Camunda. Other modules use
 * {@link de.ratsanfragen.workflow.OpenTaskDates} and {@link de.ratsanfragen.workflow.DeadlineNotices}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workflow", allowedDependencies = {"deadline", "engine", "evaluation", "inquiry", "notification", "organization", "platform"})
package de.ratsanfragen.workflow;
