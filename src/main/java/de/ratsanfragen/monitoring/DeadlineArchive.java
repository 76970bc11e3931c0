package de.ratsanfragen.monitoring;

import java.time.LocalDate;
import java.util.List;

import de.ratsanfragen.inquiry.ArchiveQuery;
import de.ratsanfragen.inquiry.ArchivedInquiry;
import de.ratsanfragen.inquiry.InquiryCatalog;
import de.ratsanfragen.organization.OrganizationDirectory;
import de.ratsanfragen.organization.Unit;
import de.ratsanfragen.organization.UnitKind;
import de.ratsanfragen.platform.ApiProblem;
import de.ratsanfragen.platform.CouncilClock;
import de.ratsanfragen.platform.CouncilTime;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * The monitor's archive: released and withdrawn inquiries, newest receipt first, a bounded page at a time,
 * filtered by year of receipt, faction and text in the subject — the one source of {@code /monitor/archiv}
 * and {@code GET /api/deadlines/archive}. Each row leads to its drill-down ({@link DeadlineMonitor#detail}).
 */
@Service
public class DeadlineArchive {

    /** Rows per page unless asked otherwise, and at most. */
    static final int DEFAULT_SIZE = 25;
    static final int MAX_SIZE = 100;
    /** Pages reach this far back at most (with the largest pages: 50,000 rows); narrower filters reach the rest. */
    static final int MAX_PAGE = 500;
    /** The first year the archive can be asked for. */
    static final int FIRST_YEAR = 2000;
    static final int MAX_TEXT_LENGTH = 200;

    /**
     * A page of the archive.
     *
     * @param rows    the page's inquiries
     * @param page    its number, from 1
     * @param size    rows per page
     * @param hasNext whether another page follows
     */
    public record Page(List<ArchivedDeadline> rows, int page, int size, boolean hasNext) {
    }

    private final InquiryCatalog inquiries;
    private final OrganizationDirectory directory;
    private final CouncilClock clock;

    DeadlineArchive(InquiryCatalog inquiries, OrganizationDirectory directory, CouncilClock clock) {
        this.inquiries = inquiries;
        this.directory = directory;
        this.clock = clock;
    }

    /**
     * The page the filter asks for.
     *
     * @throws ApiProblem 400 for a year that is no year (or out of range), an unknown faction, a text too long,
     *                    a page or size that is no number or out of range
     */
    public Page archive(ArchiveFilter filter) {
        int thisYear = clock.today().getYear();
        Integer year = filter.year() == null ? null : number(filter.year(), "year", "Das Jahr", FIRST_YEAR, thisYear);
        String faction = filter.faction() == null ? null : faction(filter.faction());
        if (filter.text() != null && filter.text().length() > MAX_TEXT_LENGTH) {
            throw invalid("Der Suchtext ist länger als " + MAX_TEXT_LENGTH + " Zeichen.");
        }
        int page = filter.page() == null ? 1 : number(filter.page(), "page", "Die Seite", 1, MAX_PAGE);
        int size = filter.size() == null ? DEFAULT_SIZE : number(filter.size(), "size", "Die Seitengröße", 1, MAX_SIZE);
        // one row more than the page: whether another page follows, without counting the whole archive
        List<ArchivedInquiry> found = inquiries.archived(new ArchiveQuery(year, faction, filter.text(), (page - 1) * size, size + 1));
        List<ArchivedDeadline> rows = found.stream().limit(size).map(this::row).toList();
        return new Page(rows, page, size, found.size() > size);
    }

    private ArchivedDeadline row(ArchivedInquiry inquiry) {
        LocalDate released = inquiry.releasedAt() == null ? null : inquiry.releasedAt().atZone(CouncilTime.ZONE).toLocalDate();
        Boolean onTime = released == null || inquiry.dueDate() == null ? null : !released.isAfter(inquiry.dueDate());
        return new ArchivedDeadline(inquiry.id(), inquiry.reference(), directory.find(inquiry.faction()).map(Unit::name).orElse(inquiry.faction()),
                inquiry.title(), inquiry.state(), inquiry.state().label(), inquiry.receivedAt().atZone(CouncilTime.ZONE).toLocalDate(),
                inquiry.dueDate(), released, onTime, inquiry.items(), inquiry.extensions());
    }

    private String faction(String value) {
        Unit unit = directory.find(value).filter(found -> found.kind() == UnitKind.FACTION)
                .orElseThrow(() -> invalid("„" + value + "“ ist keine Fraktion im Organisationsverzeichnis."));
        return unit.code();
    }

    /** A whole number within its range, or a German 400 naming the filter. */
    private static int number(String value, String filter, String what, int min, int max) {
        int number;
        try {
            number = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw invalid(what + " („" + filter + "“) muss eine ganze Zahl sein, nicht „" + value + "“.");
        }
        if (number < min || number > max) {
            throw invalid(what + " („" + filter + "“) muss zwischen " + min + " und " + max + " liegen, nicht " + number + ".");
        }
        return number;
    }

    private static ApiProblem invalid(String detail) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, "Ungültiger Filter", detail);
    }
}
