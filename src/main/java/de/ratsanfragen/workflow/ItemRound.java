package de.ratsanfragen.workflow;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import de.ratsanfragen.inquiry.Contribution;
import de.ratsanfragen.platform.CouncilClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * One round of an item (the first, or the rework after it was sent back) and what its units already gave in it.
 * When the OB office routes an open item anew, a unit that already gave its contribution or comment in this round
 * is not asked again in that role; a unit new in a role is. A decline is no contribution: a unit that declined and
 * is named again is asked again.
 */
@Component
class ItemRound {

    private final CouncilClock clock;

    ItemRound(CouncilClock clock) {
        this.clock = clock;
    }

    /** When the item's round began: set in the item's own scope when it is loaded first in this round. */
    Instant started(DelegateExecution item) {
        Date started = InquiryProcess.ROUND_STARTED.from(item).getLocalOrNull();
        if (started == null) {
            started = Date.from(clock.now());
            InquiryProcess.ROUND_STARTED.on(item).setLocal(started);
        }
        return started.toInstant();
    }

    /** The units to ask in this role: all but those that gave it (not declined) since the round began. */
    static List<String> stillToAsk(List<String> units, Contribution.Role role, List<Contribution> written, Instant since) {
        return units.stream().filter(unit -> written.stream().noneMatch(given -> given.unit().equals(unit) && given.role() == role
                && !given.declined() && !given.createdAt().isBefore(since))).toList();
    }
}
