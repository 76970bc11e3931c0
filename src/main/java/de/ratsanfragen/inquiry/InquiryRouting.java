package de.ratsanfragen.inquiry;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.ratsanfragen.organization.OrganizationDirectory;
import de.ratsanfragen.organization.RoutingTag;
import de.ratsanfragen.platform.ApiProblem;
import de.ratsanfragen.platform.CouncilClock;
import de.ratsanfragen.platform.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who answers which item: the routing tags the OB office sets in triage, the new routing of an item a
 * unit declined, and of an open item at any time. Only a tag the directory fully understands is taken; the {@link Inquiry} decides when a
 * routing may still change.
 */
@Service
@Transactional
public class InquiryRouting {

    private final InquiryLifecycle lifecycle;
    private final InquiryQueries queries;
    private final OrganizationDirectory directory;
    private final ApplicationEventPublisher events;
    private final ItemHandovers handovers;
    private final CouncilClock clock;

    InquiryRouting(InquiryLifecycle lifecycle, InquiryQueries queries, OrganizationDirectory directory,
                   ApplicationEventPublisher events, ItemHandovers handovers, CouncilClock clock) {
        this.lifecycle = lifecycle;
        this.queries = queries;
        this.directory = directory;
        this.events = events;
        this.handovers = handovers;
        this.clock = clock;
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
     * The OB office sets an item's routing (the API's {@code PUT …/items/{n}/routing}, and the page that offers the
     * same): while the inquiry is in triage; for an item a unit declined („nicht zuständig“), which then moves on to
     * its new units; and for any open item its units are working on — another lead, units added or removed, other
     * consulted units ({@link Inquiry#reroute}). In the last two cases the workflow moves the item on
     * ({@link ItemRerouted}): the tasks of units that lose it end with a German note, and each unit that loses it
     * finds it on its page ({@link ItemHandovers}); what units wrote stays with the item. All of it happens in this
     * transaction, or nothing does.
     *
     * @throws ApiProblem 403 for anyone but the OB office (and administrators), 404 for an unknown inquiry or item,
     *                    400 for a tag the directory does not fully understand (unknown or faction unit, no unit),
     *                    409 for an item that is answered, in sign-off or approval, or an inquiry released or withdrawn
     */
    public RoutingTag correct(UUID id, int number, String tag) {
        CurrentUser user = CurrentUser.get();
        if (!InquiryAudience.seesEveryInquiry(user)) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "Keine Berechtigung", "Zuständigkeiten legt der Bereich Oberbürgermeister fest.");
        }
        RoutingTag[] routing = new RoutingTag[1];
        boolean declined = lifecycle.move(id, List.of(number), inquiry -> {
            Map<String, Contribution.Role> lost;
            boolean wasDeclined = false;
            if (inquiry.state() == InquiryState.SUBMITTED || inquiry.state() == InquiryState.IN_TRIAGE) {
                inquiry.route(number, () -> routing[0] = parse(tag));
                lost = Map.of();
            } else if (inquiry.declined(number)) {
                RoutingTag before = inquiry.routing(number);
                inquiry.route(number, () -> routing[0] = parse(tag));
                lost = ItemRoles.lost(before, routing[0]);
                wasDeclined = true;
            } else {
                lost = inquiry.reroute(number, () -> routing[0] = parse(tag));
            }
            handovers.record(id, number, lost, routing[0], user.userId(), clock.now());
            return wasDeclined;
        });
        // after the routing is stored: the process reads it when it moves the item on
        if (declined) {
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
