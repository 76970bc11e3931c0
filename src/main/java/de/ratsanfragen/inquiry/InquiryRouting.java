package de.ratsanfragen.inquiry;

import java.util.List;
import java.util.UUID;

import de.ratsanfragen.organization.OrganizationDirectory;
import de.ratsanfragen.organization.RoutingTag;
import de.ratsanfragen.platform.ApiProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who answers which item: the routing tags the OB office sets in triage, and the new routing of an item a
 * unit declined. Only a tag the directory fully understands is taken; the {@link Inquiry} decides when a
 * routing may still change.
 */
@Service
@Transactional
public class InquiryRouting {

    private final InquiryLifecycle lifecycle;
    private final InquiryQueries queries;
    private final OrganizationDirectory directory;
    private final ApplicationEventPublisher events;

    InquiryRouting(InquiryLifecycle lifecycle, InquiryQueries queries, OrganizationDirectory directory,
                   ApplicationEventPublisher events) {
        this.lifecycle = lifecycle;
        this.queries = queries;
        this.directory = directory;
        this.events = events;
    }

    /**
     * Sets or corrects an item's routing from a task of the process (triage, or the re-routing of a declined
     * item). An unknown unit or an unreadable part is refused with the parser's German warnings.
     */
    public RoutingTag route(UUID id, int number, String tag) {
        return lifecycle.move(id, List.of(number), inquiry -> {
            RoutingTag[] routing = new RoutingTag[1];
            inquiry.route(number, () -> routing[0] = parse(tag));
            return routing[0];
        });
    }

    /**
     * The OB office sets an item's routing through the API: while the inquiry is in triage, or for an item a
     * unit declined („nicht zuständig“), which then moves on to its new units ({@link ItemRerouted}: the
     * workflow completes the item's re-routing task, without routing it a second time).
     */
    public RoutingTag correct(UUID id, int number, String tag) {
        RoutingTag[] routing = new RoutingTag[1];
        boolean rerouted = lifecycle.move(id, List.of(number), inquiry -> {
            boolean declined = inquiry.state() != InquiryState.SUBMITTED && inquiry.state() != InquiryState.IN_TRIAGE
                    && inquiry.declined(number);
            inquiry.route(number, () -> routing[0] = parse(tag));
            return declined;
        });
        // after the routing is stored: the process reads it when it moves the item on
        if (rerouted) {
            events.publishEvent(new ItemRerouted(id, number, tag.strip()));
        }
        return routing[0];
    }

    /** Numbers of the items that have no routing yet. */
    @Transactional(readOnly = true)
    public List<Integer> unrouted(UUID id) {
        return queries.items(id).stream().filter(item -> item.routing() == null || item.routing().assignments().isEmpty())
                .map(InquiryItem::number).toList();
    }

    private RoutingTag parse(String tag) {
        RoutingTag routing = directory.parseRoutingTag(tag);
        if (routing.assignments().isEmpty() || !routing.warnings().isEmpty()) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "V-Vermerk nicht verwendbar",
                    "Der V-Vermerk „" + (tag == null ? "" : tag.strip()) + "“ kann so nicht übernommen werden: "
                            + String.join(" ", routing.warnings()));
        }
        return routing;
    }
}
