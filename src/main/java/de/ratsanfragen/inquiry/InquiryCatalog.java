package de.ratsanfragen.inquiry;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import de.ratsanfragen.evaluation.EvaluationCatalog;
import de.ratsanfragen.evaluation.Measure;
import de.ratsanfragen.organization.OrganizationDirectory;
import de.ratsanfragen.organization.Unit;
import de.ratsanfragen.platform.ApiProblem;
import de.ratsanfragen.platform.CouncilTime;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading inquiries for the other modules: the facts the process and the letter need, the state and the
 * audience (one cheap query each), the inquiries being answered and outlines for lists of tasks. Reads
 * only; moves go through {@link InquiryLifecycle}, routing through {@link InquiryRouting}, answers through
 * {@link InquiryAnswers}.
 */
@Service
@Transactional(readOnly = true)
public class InquiryCatalog {

    private final InquiryQueries queries;
    private final OpenInquiries open;
    private final ArchivedInquiries archived;
    private final AnswerStore answers;
    private final EvaluationCatalog evaluations;
    private final OrganizationDirectory directory;

    InquiryCatalog(InquiryQueries queries, OpenInquiries open, ArchivedInquiries archived, AnswerStore answers,
                   EvaluationCatalog evaluations, OrganizationDirectory directory) {
        this.queries = queries;
        this.open = open;
        this.archived = archived;
        this.answers = answers;
        this.evaluations = evaluations;
        this.directory = directory;
    }

    /** @throws ApiProblem 404 for an unknown inquiry */
    public InquiryFacts facts(UUID id) {
        InquiryQueries.Row row = queries.find(id).orElseThrow(() -> unknown(id));
        Map<String, Measure> measures = row.evaluationId() == null ? Map.of()
                : evaluations.measures(row.evaluationId()).orElse(List.of()).stream()
                .collect(Collectors.toMap(Measure::code, Function.identity(), (a, b) -> a));
        Map<Integer, AnswerStore.Answer> given = answers.answers(id);
        List<InquiryFacts.Item> items = queries.items(id).stream()
                .map(item -> facts(item, item.measureRefs().stream().map(measures::get).filter(Objects::nonNull).toList(),
                        given.get(item.number())))
                .toList();
        String faction = directory.find(row.faction()).map(Unit::name).orElse(row.faction());
        return new InquiryFacts(id, row.reference(), row.title(), faction, row.receivedAt().atZone(CouncilTime.ZONE).toLocalDate(),
                row.dueDate(), row.state(), row.committee(), row.documentDate(), items);
    }

    /**
     * One item as a task about it shows it — read alone, with only its own measures (a task of one item does
     * not read the inquiry's other items).
     *
     * @throws ApiProblem 404 for an unknown inquiry or item
     */
    public InquiryFacts.Item item(UUID id, int number) {
        InquiryQueries.ItemRow row = queries.item(id, number).orElseThrow(() -> new ApiProblem(HttpStatus.NOT_FOUND, "Nicht gefunden",
                "Die Anfrage " + id + " hat keine Frage " + number + "."));
        List<Measure> measures = row.evaluationId() == null ? List.of() : row.item().measureRefs().stream()
                .map(code -> evaluations.measure(row.evaluationId(), code)).flatMap(Optional::stream).toList();
        return facts(row.item(), measures, row.answer());
    }

    private static InquiryFacts.Item facts(InquiryItem item, List<Measure> measures, AnswerStore.Answer answer) {
        return new InquiryFacts.Item(item.number(), item.kind(), item.text(), item.section(), item.routing(), item.routingHints(),
                measures, answer == null ? null : answer.text(), answer == null ? null : answer.givenBy(),
                answer == null ? null : answer.proposedStatus(), item.state());
    }

    /** @throws ApiProblem 404 for an unknown inquiry */
    public InquiryState state(UUID id) {
        return queries.state(id).orElseThrow(() -> unknown(id));
    }

    /** Who may see the inquiry; empty for an unknown one. */
    public Optional<InquiryAudience> audience(UUID id) {
        return queries.audience(id);
    }

    /** Every inquiry being answered, with its progress, who holds its items and its extensions; by deadline. */
    public List<OpenInquiry> open() {
        return open.read(null);
    }

    /** This inquiry if it is being answered (the monitor's drill-down: without reading every other one). */
    public Optional<OpenInquiry> open(UUID id) {
        return open.read(Objects.requireNonNull(id)).stream().findFirst();
    }

    /**
     * This inquiry from triage on, in whatever state — being answered, released or withdrawn (the monitor's
     * drill-down, which answers for archived inquiries too); empty for an unknown or a just submitted one.
     */
    public Optional<OpenInquiry> tracked(UUID id) {
        List<InquiryState> states = new java.util.ArrayList<>(InquiryState.OPEN);
        states.add(InquiryState.RELEASED);
        states.add(InquiryState.WITHDRAWN);
        return open.read(Objects.requireNonNull(id), states).stream().findFirst();
    }

    /** A page of the released and withdrawn inquiries, newest receipt first (the query is checked by the caller). */
    public List<ArchivedInquiry> archived(ArchiveQuery query) {
        return archived.read(query);
    }

    /** The outlines of these inquiries (two queries however many); an unknown id is left out. */
    public Map<UUID, InquiryOutline> outlines(Collection<UUID> ids) {
        return ids.isEmpty() ? Map.of() : queries.outlines(ids);
    }

    /** Released items about an evaluated measure, by reference and number (what the council asked and was told). */
    public List<ReleasedAnswer> releasedAnswersAbout(UUID evaluationId, String code) {
        return queries.releasedAnswersAbout(evaluationId, code);
    }

    static ApiProblem unknown(UUID id) {
        return new ApiProblem(HttpStatus.NOT_FOUND, "Nicht gefunden", "Eine Anfrage " + id + " gibt es nicht.");
    }
}
