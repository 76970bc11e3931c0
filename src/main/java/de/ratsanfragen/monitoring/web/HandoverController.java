package de.ratsanfragen.monitoring.web;

import java.util.List;

import de.ratsanfragen.inquiry.ItemHandover;
import de.ratsanfragen.inquiry.ItemHandovers;
import de.ratsanfragen.monitoring.UnitDeadlines;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/units/{code}/handovers}: the items the OB office routed away from a unit (its task ended), newest
 * first — for the unit's members only, as in the section „Abgegebene Fragen“ of {@code /fristen}.
 */
@RestController
class HandoverController {

    private final UnitDeadlines units;
    private final ItemHandovers handovers;

    HandoverController(UnitDeadlines units, ItemHandovers handovers) {
        this.units = units;
        this.handovers = handovers;
    }

    @GetMapping(path = "/api/units/{code}/handovers", produces = MediaType.APPLICATION_JSON_VALUE)
    List<ItemHandover> handovers(@PathVariable String code) {
        return handovers.ofUnits(List.of(units.ownUnit(code).code()));
    }
}
