package de.ratsanfragen.workflow;

import static io.holunda.camunda.bpm.data.CamundaBpmData.booleanVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.dateVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.intVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.stringVariable;

import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;

import io.holunda.camunda.bpm.data.factory.VariableFactory;

/**
 * The one place that names the inquiry processes: process keys, element ids, form ids and every
 * process variable with its type. The BPMN files in {@code bpmn/} use exactly these names
 * ({@code InquiryProcessModelTest} checks it).
 */
final class InquiryProcess {

    /** An inquiry from triage to release. */
    static final String KEY = "process_inquiry";
    /** One reminder or escalation mail, started by the deadline watch. */
    static final String NOTICE_KEY = "process_deadline_notice";

    static final String MESSAGE_DEADLINE_EXTENDED = "msg_deadline_extended";
    static final String MESSAGE_WITHDRAWN = "msg_inquiry_withdrawn";
    /** The OB office routed an open item anew: the item's work ({@link #SUBPROCESS_ITEM_WORK}) starts again from its routing. */
    static final String MESSAGE_ITEM_REROUTED = "msg_item_rerouted";

    static final String TASK_TRIAGE = "task_triage";
    static final String TASK_APPROVE = "task_approve";
    /** One item (multi-instance): contributions, comments, the lead's answer, declines and re-routing. */
    static final String SUBPROCESS_ANSWER_ITEM = "subprocess_answer_item";
    /** Inside one item: contributions, comments and the lead's answer, ended and begun anew by a re-routing. */
    static final String SUBPROCESS_ITEM_WORK = "subprocess_item_work";
    static final String TASK_CONTRIBUTE = "task_contribute";
    static final String TASK_COMMENT = "task_comment";
    static final String TASK_ANSWER = "task_answer_item";
    static final String TASK_REROUTE = "task_reroute_item";
    static final String TASK_SIGN_OFF = "task_sign_off";
    static final String SUBPROCESS_SIGN_OFF = "subprocess_sign_off";

    // the beans the BPMN calls as ${name}: delegates and task listeners
    static final String BEGIN_TRIAGE = "beginTriage";
    static final String COMPLETE_TRIAGE = "completeTriage";
    static final String PLAN_ANSWERING = "planAnswering";
    static final String SHOW_ITEMS_OVERVIEW = "showItemsOverview";
    static final String LOAD_ITEM = "loadItem";
    static final String COMPLETE_CONTRIBUTION = "completeContribution";
    static final String SHOW_CONTRIBUTIONS = "showContributions";
    static final String COMPLETE_ANSWER = "completeAnswer";
    static final String SHOW_DECLINES = "showDeclines";
    static final String COMPLETE_REROUTE = "completeReroute";
    static final String PLAN_SIGN_OFF = "planSignOff";
    static final String LOAD_SIGN_OFF = "loadSignOff";
    static final String COMPLETE_SIGN_OFF = "completeSignOff";
    static final String BEGIN_APPROVAL = "beginApproval";
    static final String COMPLETE_APPROVAL = "completeApproval";
    static final String COLLECT_RETURNS = "collectReturns";
    static final String RELEASE = "release";
    static final String NOTIFY_FACTION = "notifyFaction";
    static final String SEND_INTERIM_NOTICE = "sendInterimNotice";
    static final String SEND_DEADLINE_NOTICE = "sendDeadlineNotice";
    /** A contributor or consulted unit asked again finds its own earlier text in its form. */
    static final String SHOW_OWN_CONTRIBUTION = "showOwnContribution";
    /** Every bean name above: the BPMN files call exactly these ({@code InquiryProcessModelTest}). */
    static final List<String> BEANS = List.of(BEGIN_TRIAGE, COMPLETE_TRIAGE, PLAN_ANSWERING, SHOW_ITEMS_OVERVIEW, LOAD_ITEM,
            COMPLETE_CONTRIBUTION, SHOW_CONTRIBUTIONS, COMPLETE_ANSWER, SHOW_DECLINES, COMPLETE_REROUTE, PLAN_SIGN_OFF,
            LOAD_SIGN_OFF, COMPLETE_SIGN_OFF, BEGIN_APPROVAL, COMPLETE_APPROVAL, COLLECT_RETURNS, RELEASE, NOTIFY_FACTION,
            SEND_INTERIM_NOTICE, SEND_DEADLINE_NOTICE, SHOW_OWN_CONTRIBUTION);

    static final String FORM_TRIAGE = "form_triage";
    static final String FORM_ANSWER = "form_answer_item";
    static final String FORM_CONTRIBUTE = "form_contribute";
    static final String FORM_COMMENT = "form_comment";
    static final String FORM_REROUTE = "form_reroute_item";
    static final String FORM_APPROVE = "form_approve";
    static final String FORM_SIGN_OFF = "form_sign_off";

    // the inquiry
    static final VariableFactory<String> INQUIRY_ID = stringVariable("inquiryId");
    static final VariableFactory<String> REFERENCE = stringVariable("reference");
    static final VariableFactory<String> TITLE = stringVariable("inquiryTitle");
    static final VariableFactory<String> FACTION = stringVariable("faction");
    static final VariableFactory<String> OB_OFFICE = stringVariable("obOffice");
    static final VariableFactory<String> ITEMS_OVERVIEW = stringVariable("itemsOverview");
    /** Comma-separated, read by {@link ProcessLists} (no serialized Java objects in the engine's tables). */
    static final VariableFactory<String> ITEM_NUMBERS = stringVariable("itemNumbers");
    static final VariableFactory<String> DUE_DATE_TEXT = stringVariable("dueDateText");
    /** The configured inquiry types and their periods, shown in the triage form. */
    static final VariableFactory<String> INQUIRY_TYPES_TEXT = stringVariable("inquiryTypesText");
    /** The address of the triage workspace ({@code /anfragen/{id}/pruefung}), linked from the triage form. */
    static final VariableFactory<String> TRIAGE_PAGE = stringVariable("triagePage");
    /** The service's review page of the inquiry ({@code /anfragen/{id}/durchsicht}), linked from the sign-off and approval forms. */
    static final VariableFactory<String> REVIEW_PAGE = stringVariable("reviewPage");
    /** The type chosen in triage (a key of {@code ratsanfragen.deadlines.periods}), {@code null}: the default. */
    static final VariableFactory<String> CHOSEN_TYPE = stringVariable("chosenInquiryType");

    // deadlines: the triage's own date; every other task's dates follow from the final date and the receipt (TaskDates)
    static final VariableFactory<Date> TRIAGE_DUE = dateVariable("triageDue");
    /** The inquiry's final date ({@code 2026-12-04}); moved by an extension. */
    static final VariableFactory<String> FINAL_DUE = stringVariable("finalDue");
    static final VariableFactory<String> RECEIVED_ON = stringVariable("receivedOn");

    // one item
    static final VariableFactory<Integer> ITEM_NUMBER = intVariable("itemNumber");
    static final VariableFactory<String> ITEM_TEXT = stringVariable("itemText");
    static final VariableFactory<String> ITEM_SECTION = stringVariable("itemSection");
    static final VariableFactory<String> MEASURES_TEXT = stringVariable("measuresText");
    static final VariableFactory<String> ROUTING_TEXT = stringVariable("routingText");
    static final VariableFactory<String> LEAD = stringVariable("lead");
    /** Who gives the answer, as the response names them ({@code D01/A11, D03/A32}). */
    static final VariableFactory<String> GIVEN_BY = stringVariable("answeredBy");
    static final VariableFactory<String> CONTRIBUTORS = stringVariable("contributors");
    static final VariableFactory<String> CONSULTED = stringVariable("consulted");
    static final VariableFactory<String> CONTRIBUTOR = stringVariable("contributor");
    static final VariableFactory<String> CONTRIBUTIONS_TEXT = stringVariable("contributionsText");
    static final VariableFactory<Boolean> ITEM_DECLINED = booleanVariable("itemDeclined");
    static final VariableFactory<String> DECLINES_TEXT = stringVariable("declinesText");
    /** When the item's round began (local to the item): what a unit gave since is not asked for again after a re-routing. */
    static final VariableFactory<Date> ROUND_STARTED = dateVariable("roundStarted");

    // sign-off, per Dezernat (local to each instance of the sign-off subprocess)
    static final VariableFactory<String> DEZERNATE = stringVariable("dezernate");
    static final VariableFactory<String> DEZERNAT = stringVariable("dezernat");
    static final VariableFactory<String> SIGN_OFF_ITEMS = stringVariable("signOffItems");
    static final VariableFactory<String> SIGN_OFF_OVERVIEW = stringVariable("signOffOverview");

    // task form fields (names fixed by the users: scripts and the REST API use them)
    static final VariableFactory<String> ANSWER = stringVariable("answer");
    static final VariableFactory<Boolean> DECLINED = booleanVariable("declined");
    static final VariableFactory<String> DECLINE_REASON = stringVariable("declineReason");
    /** The lead's finding on the item's measures: one of the four statuses, or empty. */
    static final VariableFactory<String> PROPOSED_STATUS = stringVariable("proposedStatus");
    static final VariableFactory<Boolean> APPROVED = booleanVariable("approved");
    static final VariableFactory<String> COMMENT = stringVariable("comment");
    static final VariableFactory<String> ROUTING_CHANGES = stringVariable("routingChanges");
    static final VariableFactory<String> ROUTING_TAG = stringVariable("routingTag");
    /**
     * Transient, never stored: set by the service when the OB office re-routed a declined item through the API
     * and the inquiry already holds the new routing; the re-routing task's completion then does not route it again.
     */
    static final VariableFactory<Boolean> ROUTING_STORED = booleanVariable("routingStored");
    static final VariableFactory<String> INQUIRY_TYPE = stringVariable("inquiryType");
    static final VariableFactory<String> EXPLICIT_DUE_DATE = stringVariable("explicitDueDate");
    static final VariableFactory<String> EXPLICIT_DUE = stringVariable("explicitDue");
    static final VariableFactory<String> RETURN_ITEMS = stringVariable("returnItems");
    static final VariableFactory<String> REWORK_COMMENT = stringVariable("reworkComment");
    /**
     * Transient, never stored: the review page's send-back, per item with its comment and units (JSON list of
     * {@code inquiry.ItemReturn}); set only by the service ({@code InquiryReview}), never by a form.
     */
    static final VariableFactory<String> ITEM_RETURNS = stringVariable("itemReturns");

    /**
     * What a completion of each task may set: the task form's own input fields, in the form's order, and nothing else.
     * Everything else in the processes (the inquiry id, the units that hold tasks, the dates) is the
     * service's and no completion may overwrite it ({@code CompletionInputs}).
     */
    static final Map<String, List<String>> TASK_INPUTS = Map.of(
            TASK_TRIAGE, names(ROUTING_CHANGES, INQUIRY_TYPE, EXPLICIT_DUE_DATE),
            TASK_CONTRIBUTE, names(ANSWER, DECLINED, DECLINE_REASON),
            TASK_COMMENT, names(ANSWER, DECLINED, DECLINE_REASON),
            TASK_ANSWER, names(ANSWER, PROPOSED_STATUS, DECLINED, DECLINE_REASON),
            TASK_REROUTE, names(ROUTING_TAG),
            TASK_SIGN_OFF, names(APPROVED, RETURN_ITEMS, COMMENT),
            TASK_APPROVE, names(APPROVED, RETURN_ITEMS, COMMENT));

    // a deadline notice (process_deadline_notice)
    static final VariableFactory<String> NOTICE_KIND = stringVariable("noticeKind");
    static final VariableFactory<String> NOTICE_TASK_ID = stringVariable("noticeTaskId");
    static final VariableFactory<String> NOTICE_TASK_NAME = stringVariable("noticeTaskName");
    static final VariableFactory<String> NOTICE_UNIT = stringVariable("noticeUnit");
    static final VariableFactory<String> NOTICE_ITEMS = stringVariable("noticeItems");
    static final VariableFactory<Date> NOTICE_DUE = dateVariable("noticeDue");
    /** The date that passed: the task's follow-up date for a reminder, its due date for an escalation. */
    static final VariableFactory<Date> NOTICE_DATE = dateVariable("noticeDate");

    /** Longest answer a unit may give (about ten pages). */
    static final int MAX_ANSWER_LENGTH = de.ratsanfragen.inquiry.Contribution.MAX_TEXT_LENGTH;

    private InquiryProcess() {
    }

    private static List<String> names(VariableFactory<?>... variables) {
        return Arrays.stream(variables).map(VariableFactory::getName).toList();
    }
}
