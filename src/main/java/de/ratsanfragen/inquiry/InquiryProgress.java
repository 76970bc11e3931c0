package de.ratsanfragen.inquiry;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import de.ratsanfragen.platform.CouncilTime;
import de.ratsanfragen.evaluation.EvaluationCatalog;
import de.ratsanfragen.evaluation.Measure;
import de.ratsanfragen.evaluation.MeasureStatus;
import de.ratsanfragen.organization.OrganizationDirectory;
import de.ratsanfragen.organization.RoutingTag;
import de.ratsanfragen.organization.Unit;
import de.ratsanfragen.platform.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How an inquiry moves on while it is answered: its state, the routing of its items, what the units
 * write. Called by the workflow (as the system, not as a user) and by the OB office's routing API.
 */
@Service
public class InquiryProgress {

    /** States of an inquiry, in the order it passes them. */
    public static final String IN_TRIAGE = "IN_TRIAGE";
    public static final String IN_PROGRESS = "IN_PROGRESS";
    public static final String IN_SIGN_OFF = "IN_SIGN_OFF";
    public static final String IN_APPROVAL = "IN_APPROVAL";
    public static final String RELEASED = "RELEASED";
    public static final String WITHDRAWN = "WITHDRAWN";
    /** Item state while the OB office re-routes it, after a unit declined it. */
    public static final String DECLINED = "DECLINED";
    /** Item state once its answer is given. */
    public static final String ANSWERED = "ANSWERED";
    /** Item state once its Dezernate signed it off, while other items are reworked. */
    public static final String SIGNED_OFF = "SIGNED_OFF";
    /** Item state while it waits, sent back by a sign-off or the approval, for its next round. */
    public static final String RETURNED = "RETURNED";
    /**
     * Item states in which a unit still has to answer: an item sent back keeps its old answer while it is
     * reworked (returned, then in progress again), and does not count as answered.
     */
    static final List<String> AWAITING_ANSWER = List.of(IN_TRIAGE, IN_PROGRESS, DECLINED, RETURNED);
    /** Kinds of deadline notices. */
    public static final String REMINDER = "REMINDER";
    public static final String ESCALATION = "ESCALATION";

    private static final ZoneId COUNCIL_TIME = CouncilTime.ZONE;

    /**
     * An item as the workflow's tasks show it.
     *
     * @param number   its number
     * @param kind     question or remark
     * @param text     the faction's text
     * @param section  where it stands (Handlungsfeld, Empfehlung, heading), or {@code null}
     * @param routing  its routing, or {@code null}
     * @param hints    routing hints from the document
     * @param measures   the measures it is about
     * @param answer     its answer once given, else {@code null}
     * @param answeredBy the units that gave it ({@code D01/A11}), else {@code null}
     * @param proposedStatus the implementation status the answering unit found for the item's measures, or {@code null}
     */
    public record ItemFacts(int number, ItemKind kind, String text, Section section, RoutingTag routing, List<String> hints,
                            List<Measure> measures, String answer, String answeredBy, MeasureStatus proposedStatus) {

        /** The section's heading as written, or {@code null}. */
        public String heading() {
            return section == null ? null : section.heading();
        }
    }

    /**
     * @param id         the inquiry
     * @param reference  {@code ANF-2026-0001}
     * @param title      its subject
     * @param faction    the faction's name
     * @param receivedOn the day it was received (council time)
     * @param dueDate    its deadline, or {@code null} before triage
     * @param state      its state ({@link #IN_PROGRESS} …)
     * @param committee    the committee it is addressed to, or {@code null}
     * @param documentDate the date the faction wrote on it, or {@code null}
     * @param items      its items
     */
    public record InquiryFacts(UUID id, String reference, String title, String faction, LocalDate receivedOn,
                               LocalDate dueDate, String state, String committee, LocalDate documentDate,
                               List<ItemFacts> items) {

        public ItemFacts item(int number) {
            return items.stream().filter(item -> item.number() == number).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("inquiry " + reference + " has no item " + number));
        }
    }

    private final InquiryRepository repository;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final EvaluationCatalog evaluations;
    private final OrganizationDirectory directory;

    InquiryProgress(InquiryRepository repository, EvaluationCatalog evaluations, OrganizationDirectory directory,
                    org.springframework.context.ApplicationEventPublisher events) {
        this.repository = repository;
        this.events = events;
        this.evaluations = evaluations;
        this.directory = directory;
    }

    @Transactional(readOnly = true)
    public InquiryFacts facts(UUID id) {
        InquiryRepository.Row row = repository.find(id).orElseThrow(() -> unknown(id));
        Map<String, Measure> measures = row.evaluationId() == null ? Map.of()
                : evaluations.measures(row.evaluationId()).orElse(List.of()).stream()
                .collect(Collectors.toMap(Measure::code, Function.identity(), (a, b) -> a));
        Map<Integer, InquiryRepository.Answer> answers = repository.answers(id);
        List<ItemFacts> items = repository.items(id).stream()
                .map(item -> {
                    InquiryRepository.Answer answer = answers.get(item.number());
                    return new ItemFacts(item.number(), item.kind(), item.text(), item.section(), item.routing(), item.routingHints(),
                            item.measureRefs().stream().map(measures::get).filter(java.util.Objects::nonNull).toList(),
                            answer == null ? null : answer.text(), answer == null ? null : answer.answeredBy(),
                            answer == null ? null : answer.proposedStatus());
                })
                .toList();
        String faction = directory.find(row.faction()).map(Unit::name).orElse(row.faction());
        return new InquiryFacts(id, row.reference(), row.title(), faction,
                row.receivedAt().atZone(COUNCIL_TIME).toLocalDate(), row.dueDate(), row.state(), row.committee(), row.documentDate(), items);
    }

    /** Code of the faction that submitted the inquiry. */
    @Transactional(readOnly = true)
    public String factionCode(UUID id) {
        return repository.find(id).orElseThrow(() -> unknown(id)).faction();
    }

    /** The inquiry is in this state now (a release goes through {@link #release}). */
    @Transactional
    public void enterState(UUID id, String state) {
        if (RELEASED.equals(state)) {
            throw new IllegalArgumentException("a release needs its moment: use release(id, releasedAt)");
        }
        repository.updateState(id, state);
    }

    /**
     * The OB office released the answer at this moment (the engine's clock): the inquiry is answered,
     * the proposed measure statuses are recorded and the release is published ({@link InquiryReleased})
     * in the same transaction.
     *
     * @throws ApiProblem 409 when the inquiry is no longer in approval
     */
    @Transactional
    public void release(UUID id, java.time.Instant releasedAt) {
        if (repository.release(id, releasedAt) == 0) {
            throw new ApiProblem(HttpStatus.CONFLICT, "Nicht mehr möglich",
                    "Die Anfrage ist nicht mehr in der Freigabe (zum Beispiel inzwischen zurückgezogen) und wird nicht freigegeben.");
        }
        InquiryRepository.Row row = repository.find(id).orElseThrow(() -> unknown(id));
        recordProposedStatuses(row);
        events.publishEvent(new InquiryReleased(id, row.reference()));
    }

    @Transactional
    public void setDueDate(UUID id, LocalDate dueDate) {
        repository.updateDueDate(id, dueDate);
    }

    /**
     * Records an extension of the deadline (with its reason) and sets the new date — only while the
     * inquiry is being answered (in progress, sign-off or approval), checked in the same statement.
     *
     * @return {@code false} if the inquiry is no longer being answered (released or withdrawn meanwhile)
     */
    @Transactional
    public boolean extendDeadline(UUID id, LocalDate previousDue, LocalDate newDue, String reason, String extendedBy) {
        if (repository.updateDueDateWhileIn(id, newDue, List.of(IN_PROGRESS, IN_SIGN_OFF, IN_APPROVAL)) == 0) {
            return false;
        }
        repository.insertExtension(id, previousDue, newDue, reason, extendedBy);
        return true;
    }

    /**
     * An extension of the deadline.
     *
     * @param id          its number (in the order of extensions)
     * @param previousDue the deadline before
     * @param newDue      the deadline after
     * @param reason      why (the faction reads it)
     */
    public record Extension(long id, LocalDate previousDue, LocalDate newDue, String reason) {
    }

    /** The oldest extension the faction has not been told of yet. */
    @Transactional(readOnly = true)
    public java.util.Optional<Extension> oldestUnnotifiedExtension(UUID id) {
        return repository.oldestUnnotifiedExtension(id);
    }

    /** The faction has been told of this extension. */
    @Transactional
    public void extensionNotified(long extensionId) {
        repository.markExtensionNotified(extensionId);
    }

    /** With the release, every status a unit proposed goes into its measures' history. */
    private void recordProposedStatuses(InquiryRepository.Row row) {
        if (row.evaluationId() == null) {
            return;
        }
        Map<Integer, InquiryRepository.Answer> answers = repository.answers(row.id());
        for (InquiryItem item : repository.items(row.id())) {
            InquiryRepository.Answer answer = answers.get(item.number());
            if (answer != null && answer.proposedStatus() != null) {
                item.measureRefs().forEach(code -> evaluations.recordStatusChange(row.evaluationId(), code,
                        answer.proposedStatus(), answer.answeredBy(), row.reference()));
            }
        }
    }

    /** Numbers of the items that have no routing yet. */
    @Transactional(readOnly = true)
    public List<Integer> unrouted(UUID id) {
        return repository.items(id).stream().filter(item -> item.routing() == null || item.routing().assignments().isEmpty())
                .map(InquiryItem::number).toList();
    }

    /**
     * The OB office sets an item's routing by hand: while the inquiry is in triage, or for an item a unit
     * declined („nicht zuständig“), which then moves on to its new units ({@link ItemRerouted}: the
     * workflow completes the item's re-routing task with the tag). Otherwise the item's tasks are out
     * and follow the tag they were created with.
     */
    @Transactional
    public RoutingTag correctRouting(UUID id, int number, String tag) {
        InquiryRepository.Row row = repository.find(id).orElseThrow(() -> unknown(id));
        if (InquiryIntake.SUBMITTED.equals(row.state()) || IN_TRIAGE.equals(row.state())) {
            return route(id, number, tag);
        }
        InquiryItem item = repository.items(id).stream().filter(candidate -> candidate.number() == number).findFirst()
                .orElseThrow(() -> new ApiProblem(HttpStatus.NOT_FOUND, "Nicht gefunden",
                        "Die Anfrage " + row.reference() + " hat keine Frage " + number + "."));
        if (!DECLINED.equals(item.state())) {
            throw new ApiProblem(HttpStatus.CONFLICT, "Prüfung abgeschlossen",
                    "Die Anfrage " + row.reference() + " ist bereits verteilt; der V-Vermerk von Frage " + number
                            + " ändert sich nur noch, wenn eine Einheit sie als „nicht zuständig“ zurückgibt.");
        }
        RoutingTag routing = route(id, number, tag);
        events.publishEvent(new ItemRerouted(id, number, tag.strip()));
        return routing;
    }

    /**
     * Sets or corrects an item's routing. Only a tag the directory fully understands is taken: an
     * unknown unit or an unreadable part is refused with the parser's German warnings.
     */
    @Transactional
    public RoutingTag route(UUID id, int number, String tag) {
        InquiryRepository.Row row = repository.find(id).orElseThrow(() -> unknown(id));
        if (RELEASED.equals(row.state())) {
            throw new ApiProblem(HttpStatus.CONFLICT, "Bereits beantwortet",
                    "Die Anfrage " + row.reference() + " ist freigegeben; ihre Zuständigkeiten ändern sich nicht mehr.");
        }
        RoutingTag routing = directory.parseRoutingTag(tag);
        if (routing.assignments().isEmpty() || !routing.warnings().isEmpty()) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "V-Vermerk nicht verwendbar",
                    "Der V-Vermerk „" + (tag == null ? "" : tag.strip()) + "“ kann so nicht übernommen werden: "
                            + String.join(" ", routing.warnings()));
        }
        if (repository.updateRouting(id, number, routing) == 0) {
            throw new ApiProblem(HttpStatus.NOT_FOUND, "Nicht gefunden",
                    "Die Anfrage " + row.reference() + " hat keine Frage " + number + ".");
        }
        return routing;
    }

    /** Which unit holds the item now, and in which state. */
    @Transactional
    public void hold(UUID id, int number, String state, String unit) {
        repository.updateItemState(id, number, state, unit);
    }

    /** A task for the item passed its due date. */
    @Transactional
    public void markOverdue(UUID id, int number) {
        repository.markOverdue(id, number);
    }

    /** These items are now in this state, held by this unit (one statement for a Dezernat's sign-off). */
    @Transactional
    public void holdItems(UUID id, List<Integer> numbers, String state, String unit) {
        if (!numbers.isEmpty()) {
            repository.updateItemStates(id, numbers, state, unit);
        }
    }

    /** Every item of the inquiry is now in this state, held by this unit ({@code null}: nobody). */
    @Transactional
    public void holdAll(UUID id, String state, String unit) {
        repository.updateAllItemStates(id, state, unit);
    }

    /** The extended deadline lies ahead again: no item is overdue any more. */
    @Transactional
    public void clearOverdue(UUID id) {
        repository.clearOverdue(id);
    }

    /**
     * A Dezernat (or the OB office) sends an item back with a comment. It waits, with every comment it
     * receives in this round, until {@link #takeReturned} starts the next round.
     */
    @Transactional
    public void sendBack(UUID id, int number, String from, String comment) {
        if (repository.sendBack(id, number, from + ": " + comment, from) == 0) {
            throw new IllegalArgumentException("inquiry " + id + " has no item " + number);
        }
    }

    /** The items sent back since the last round began, each once; the next round begins with them. */
    @Transactional
    public List<Integer> takeReturned(UUID id) {
        return repository.takeReturned(id);
    }

    /** Why the item was sent back last (who and what to change), or {@code null} if it never was. */
    @Transactional(readOnly = true)
    public String returnNote(UUID id, int number) {
        return repository.returnNote(id, number);
    }

    /**
     * Records a reminder or escalation for a task's date before it is sent.
     *
     * @return {@code false} if the same notice for the same date was already recorded: it is not sent twice
     */
    @Transactional
    public boolean recordNotice(String taskId, String kind, java.time.Instant dueAt, UUID id, String unit,
                                List<Integer> items, java.time.Instant noticedAt) {
        return repository.insertNotice(taskId, kind, dueAt, id, unit,
                items.stream().map(String::valueOf).collect(Collectors.joining(",")), noticedAt);
    }

    /** Keys {@code taskId/KIND/epochMillis} of the notices already recorded for these tasks. */
    @Transactional(readOnly = true)
    public java.util.Set<String> noticed(java.util.Collection<String> taskIds) {
        return repository.noticed(taskIds);
    }

    /**
     * The Dezernate and units that work or worked on the inquiry: named in a routing tag (to answer, to
     * contribute, to be consulted), or having written something for it (also a unit that declined and
     * was routed away).
     */
    @Transactional(readOnly = true)
    public java.util.Set<String> involvedUnits(UUID id) {
        java.util.Set<String> units = new java.util.HashSet<>(repository.contributingUnits(id));
        Involvement involved = Involvement.of(repository.items(id).stream().map(InquiryItem::routing).toList());
        units.addAll(involved.dezernate());
        units.addAll(involved.units());
        return units;
    }

    /**
     * The OB office corrects a released answer (for a new version of the response): kept as its own
     * contribution beside the original, which stays; the item's answer becomes the corrected text.
     */
    @Transactional
    public void correctAnswer(UUID id, int number, String text, String correctedBy) {
        InquiryRepository.Row row = repository.find(id).orElseThrow(() -> unknown(id));
        if (!RELEASED.equals(row.state())) {
            throw new ApiProblem(HttpStatus.CONFLICT, "Noch nicht freigegeben",
                    "Antworten berichtigt der Bereich OB erst nach der Freigabe; vorher gehen Fragen über die Freigabe zurück.");
        }
        if (text == null || text.isBlank() || text.length() > Contribution.MAX_TEXT_LENGTH) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "Ungültige Berichtigung", "Die berichtigte Antwort zu Frage " + number
                    + " fehlt oder ist länger als " + Contribution.MAX_TEXT_LENGTH + " Zeichen.");
        }
        if (repository.correctAnswer(id, number, text.strip()) == 0) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "Ungültige Berichtigung", "Die Anfrage " + row.reference()
                    + " hat keine beantwortete Frage " + number + ".");
        }
        repository.insertContribution(id, number, new Contribution(directory.obOffice().code(), Contribution.Role.ANSWER,
                text.strip(), false, null, correctedBy, null));
    }

    /** Every state of an inquiry with its German name, in the order an inquiry passes them (for pages and exports). */
    public static final Map<String, String> STATE_LABELS = orderedLabels(
            InquiryIntake.SUBMITTED, "eingereicht",
            IN_TRIAGE, "in Prüfung durch den Bereich OB",
            IN_PROGRESS, "in Bearbeitung",
            IN_SIGN_OFF, "in Mitzeichnung",
            IN_APPROVAL, "in Freigabe",
            RELEASED, "beantwortet",
            WITHDRAWN, "zurückgezogen");

    /** Every state of an item with its German name (an item passes its inquiry's states and a few of its own). */
    public static final Map<String, String> ITEM_STATE_LABELS = withItemStates(
            DECLINED, "abgegeben, Zuständigkeit wird geklärt",
            ANSWERED, "beantwortet, wartet auf die anderen Fragen",
            RETURNED, "zur Überarbeitung zurückgegeben",
            SIGNED_OFF, "mitgezeichnet");

    private static Map<String, String> withItemStates(String... pairs) {
        Map<String, String> labels = new java.util.LinkedHashMap<>(STATE_LABELS);
        labels.putAll(orderedLabels(pairs));
        return java.util.Collections.unmodifiableMap(labels);
    }

    private static Map<String, String> orderedLabels(String... pairs) {
        Map<String, String> labels = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            labels.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(labels);
    }

    /** The states in which an inquiry is being answered (triage to approval). */
    public static final List<String> OPEN_STATES = List.of(IN_TRIAGE, IN_PROGRESS, IN_SIGN_OFF, IN_APPROVAL);

    /** Every inquiry being answered, with its progress, who holds its items and its extensions; by deadline. */
    @Transactional(readOnly = true)
    public List<OpenInquiry> open() {
        return openInquiries(null);
    }

    /** This inquiry if it is being answered (the monitor's drill-down: without reading every other one). */
    @Transactional(readOnly = true)
    public java.util.Optional<OpenInquiry> open(UUID id) {
        return openInquiries(java.util.Objects.requireNonNull(id)).stream().findFirst();
    }

    private List<OpenInquiry> openInquiries(UUID only) {
        Map<UUID, List<OpenInquiry.Extension>> extensions = repository.extensionsOfOpen(OPEN_STATES, only);
        Map<UUID, List<InquiryRepository.OpenItems>> items = repository.itemsOfOpen(OPEN_STATES, only);
        return repository.openRows(OPEN_STATES, only).stream().map(row -> {
            List<InquiryRepository.OpenItems> groups = items.getOrDefault(row.id(), List.of());
            Involvement involved = Involvement.of(groups.stream().map(InquiryRepository.OpenItems::routing).toList());
            java.util.Set<String> holders = new java.util.TreeSet<>();
            int count = 0;
            int answered = 0;
            int overdue = 0;
            for (InquiryRepository.OpenItems group : groups) {
                count += group.items();
                answered += group.answered();
                overdue += group.overdue();
                if (group.holder() != null) {
                    java.util.Arrays.stream(group.holder().split(",\\s*")).forEach(holders::add);
                }
            }
            return new OpenInquiry(row.id(), row.reference(), row.title(), row.faction(), row.receivedAt(), row.dueDate(),
                    row.state(), count, answered, overdue, involved.dezernate(), involved.units(), holders, extensions.getOrDefault(row.id(), List.of()));
        }).toList();
    }

    /**
     * An inquiry in brief, for lists of tasks: reference, subject, deadline and its items' texts.
     *
     * @param items item texts by number
     */
    public record Outline(UUID id, String reference, String title, LocalDate dueDate, Map<Integer, String> items) {
    }

    /** The outlines of these inquiries (two queries however many); an unknown id is left out. */
    @Transactional(readOnly = true)
    public Map<UUID, Outline> outlines(java.util.Collection<UUID> ids) {
        return ids.isEmpty() ? Map.of() : repository.outlines(ids);
    }

    /** How many reminders and escalations went out about each item (by item number; kinds {@link #REMINDER}, {@link #ESCALATION}). */
    @Transactional(readOnly = true)
    public Map<Integer, Map<String, Integer>> noticesByItem(UUID id) {
        return repository.noticesByItem(id);
    }

    /** Keeps what a unit wrote; nothing is overwritten, a later round adds to it. */
    @Transactional
    public void record(UUID id, int number, Contribution contribution) {
        repository.insertContribution(id, number, contribution);
    }

    @Transactional(readOnly = true)
    public List<Contribution> contributions(UUID id, int number) {
        return repository.contributions(id, number);
    }

    /**
     * The lead's answer: kept as its contribution like every other, and it becomes the item's answer as
     * it goes into the response, with the units that gave it ({@code D01/A11}).
     */
    @Transactional
    public void answer(UUID id, int number, Contribution answer, String answeredBy, MeasureStatus proposedStatus) {
        repository.insertAnswer(id, number, answer, answeredBy, proposedStatus, ANSWERED);
    }

    private static ApiProblem unknown(UUID id) {
        return new ApiProblem(HttpStatus.NOT_FOUND, "Nicht gefunden", "Eine Anfrage " + id + " gibt es nicht.");
    }
}
