package de.ratsanfragen.monitoring.web;

import java.util.List;

import de.ratsanfragen.inquiry.ItemHandovers;
import de.ratsanfragen.monitoring.UnitDeadlines;
import de.ratsanfragen.organization.Unit;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /fristen}: a unit's own open items and deadlines, for everyone working in a unit of the administration, and
 * the items the OB office routed away from its units („Abgegebene Fragen“).
 */
@Controller
class UnitPage {

    private final UnitDeadlines deadlines;
    private final ItemHandovers handovers;

    UnitPage(UnitDeadlines deadlines, ItemHandovers handovers) {
        this.deadlines = deadlines;
        this.handovers = handovers;
    }

    @GetMapping("/fristen")
    String page(Model model, HttpServletResponse response) {
        List<Unit> units = deadlines.ownUnits();
        if (units.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            model.addAttribute("denied", true);
            return "fristen";
        }
        model.addAttribute("units", units);
        model.addAttribute("rows", deadlines.ofOwnUnits());
        model.addAttribute("handovers", handovers.ofUnits(units.stream().map(Unit::code).toList()));
        return "fristen";
    }
}
