package de.ratsanfragen.security;

import java.util.ArrayList;
import java.util.List;

import de.ratsanfragen.engine.WorkflowIdentity;
import de.ratsanfragen.organization.OrganizationDirectory;
import de.ratsanfragen.platform.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page of the service shows around its content: the council's name, who is logged in, and
 * the places this user can go — defined once here instead of in each page.
 */
@ControllerAdvice
class PageFrame {


    /** One entry of the navigation; {@code current} on the page it leads to. */
    record Link(String label, String href, boolean current) {
    }

    private final OrganizationDirectory directory;

    PageFrame(OrganizationDirectory directory) {
        this.directory = directory;
    }

    @ModelAttribute
    void frame(HttpServletRequest request, Model model) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            return;
        }
        model.addAttribute("council", directory.council().name());
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken || !authentication.isAuthenticated()) {
            return;
        }
        CurrentUser user = CurrentUser.get();
        model.addAttribute("user", user.userId());
        boolean inUnit = !directory.staffUnitsOf(user.units()).isEmpty();
        model.addAttribute("links", links(user, inUnit).stream()
                .map(link -> new Link(link.label(), link.href(), link.href().equals(path))).toList());
    }

    private static Link link(String label, String href) {
        return new Link(label, href, false);
    }

    /**
     * Factions: their inquiries; members of a unit: its deadlines; staff: calendar and Tasklist; the OB
     * office: monitor and statistics too; administrators: Cockpit.
     */
    static List<Link> links(CurrentUser user, boolean inUnit) {
        List<Link> links = new ArrayList<>();
        if (user.seesAllInquiries() || !user.factions().isEmpty()) {
            links.add(link("Anfragen", SecurityConfiguration.PAGES));
        }
        if (user.seesAllInquiries()) {
            links.add(link("Fristenmonitor", SecurityConfiguration.MONITOR));
            links.add(link("Statistik", SecurityConfiguration.MONITOR + "/statistik"));
            links.add(link("Archiv", SecurityConfiguration.MONITOR + "/archiv"));
        }
        if (inUnit) {
            links.add(link("Meine Fristen", SecurityConfiguration.UNIT_PAGE));
        }
        if (user.staff()) {
            links.add(link("Kalender", CalendarLinkPage.PAGE));
            links.add(link("Tasklist", WorkflowIdentity.TASKLIST_PATH));
        }
        if (user.administrator()) {
            links.add(link("Cockpit", WorkflowIdentity.COCKPIT_PATH));
        }
        return links;
    }
}
