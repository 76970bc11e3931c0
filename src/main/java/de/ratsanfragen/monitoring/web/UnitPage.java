package de.ratsanfragen.monitoring.web;

import java.util.List;

import de.ratsanfragen.monitoring.UnitDeadlines;
import de.ratsanfragen.organization.Unit;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /fristen}: a unit's own open items and deadlines, for everyone working in a unit of the administration. */
@Controller
class UnitPage {

    private final UnitDeadlines deadlines;

    UnitPage(UnitDeadlines deadlines) {
        this.deadlines = deadlines;
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
        return "fristen";
    }
}
