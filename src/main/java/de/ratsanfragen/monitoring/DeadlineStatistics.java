package de.ratsanfragen.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import de.ratsanfragen.inquiry.InquiryHistory;
import de.ratsanfragen.inquiry.InquiryHistory.PeriodExtension;
import de.ratsanfragen.inquiry.InquiryHistory.PeriodInquiry;
import de.ratsanfragen.organization.OrganizationDirectory;
import de.ratsanfragen.organization.Unit;
import de.ratsanfragen.platform.ApiProblem;
import de.ratsanfragen.platform.CouncilClock;
import de.ratsanfragen.platform.CouncilTime;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * How the administration answered in a period: inquiries received and answered, the share answered by
 * the deadline in force (an agreed extension counts), median and 90th percentile of calendar days from
 * receipt to release — in total, per Dezernat and per unit (each counts the inquiries its routing tags
 * name) — and the extensions granted with their reasons.
 */
@Service
public class DeadlineStatistics {

    /** The longest period one query may cover. */
    static final int MAX_YEARS = 5;

    /**
     * The figures of one group (all inquiries, a Dezernat or a unit).
     *
     * @param code            the unit's code, {@code null} for the total
     * @param received        inquiries received in the period
     * @param answered        inquiries answered (released) in the period
     * @param answeredOnTime  of those, answered by their deadline
     * @param onTimePercent   {@code answeredOnTime} of {@code answered} in percent (one decimal), {@code null} if none answered
     * @param medianDays      median of days from receipt to release, {@code null} if none answered
     * @param p90Days         90th percentile (nearest rank) of those days, {@code null} if none answered
     */
    public record Figures(String code, String name, int received, int answered, int answeredOnTime, Double onTimePercent,
                          Double medianDays, Integer p90Days) {
    }

    /** The statistics of a period, {@code from} and {@code to} inclusive. */
    public record Statistics(LocalDate from, LocalDate to, Figures total, List<Figures> byDezernat, List<Figures> byUnit,
                             List<PeriodExtension> extensions) {
    }

    private final InquiryHistory history;
    private final OrganizationDirectory directory;
    private final CouncilClock clock;

    DeadlineStatistics(InquiryHistory history, OrganizationDirectory directory, CouncilClock clock) {
        this.history = history;
        this.directory = directory;
        this.clock = clock;
    }

    /**
     * The statistics for {@code from} to {@code to} (ISO dates, both days included); without {@code to}
     * up to today, without {@code from} from the first of January of the end's year.
     *
     * @throws ApiProblem 400 for an unreadable date, a period that ends before it begins or is longer than five years
     */
    public Statistics of(StatisticsPeriod period) {
        LocalDate to = date(period.to(), "to");
        if (to == null) {
            to = clock.today();
        }
        LocalDate from = date(period.from(), "from");
        if (from == null) {
            from = to.withDayOfYear(1);
        }
        if (to.isBefore(from)) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "Zeitraum verkehrt herum",
                    "Der Zeitraum endet (" + to + ") vor seinem Beginn (" + from + ").");
        }
        if (to.isAfter(from.plusYears(MAX_YEARS).minusDays(1))) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "Zeitraum zu lang",
                    "Ein Zeitraum darf höchstens " + MAX_YEARS + " Jahre umfassen; bitte in mehreren Abschnitten abfragen.");
        }
        Instant start = from.atStartOfDay(CouncilTime.ZONE).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(CouncilTime.ZONE).toInstant();
        List<PeriodInquiry> inquiries = history.receivedOrAnswered(start, end);
        LocalDate first = from;
        LocalDate last = to;
        Function<PeriodInquiry, Boolean> receivedInPeriod = inquiry -> within(inquiry.receivedOn(), first, last);
        Function<PeriodInquiry, Boolean> answeredInPeriod = inquiry -> within(inquiry.answeredOn(), first, last);
        return new Statistics(from, to,
                figures(null, "Alle Anfragen", inquiries, receivedInPeriod, answeredInPeriod),
                grouped(inquiries, PeriodInquiry::dezernate, receivedInPeriod, answeredInPeriod),
                grouped(inquiries, PeriodInquiry::units, receivedInPeriod, answeredInPeriod),
                history.extensions(start, end));
    }

    private List<Figures> grouped(List<PeriodInquiry> inquiries, Function<PeriodInquiry, Set<String>> groups,
                                  Function<PeriodInquiry, Boolean> received, Function<PeriodInquiry, Boolean> answered) {
        Map<String, List<PeriodInquiry>> byCode = new TreeMap<>();
        inquiries.forEach(inquiry -> groups.apply(inquiry).forEach(code -> byCode.computeIfAbsent(code, c -> new ArrayList<>()).add(inquiry)));
        return byCode.entrySet().stream()
                .map(entry -> figures(entry.getKey(), directory.find(entry.getKey()).map(Unit::name).orElse(entry.getKey()),
                        entry.getValue(), received, answered))
                .toList();
    }

    private static Figures figures(String code, String name, List<PeriodInquiry> inquiries, Function<PeriodInquiry, Boolean> received,
                                   Function<PeriodInquiry, Boolean> answered) {
        List<PeriodInquiry> done = inquiries.stream().filter(answered::apply).toList();
        int onTime = (int) done.stream().filter(inquiry -> inquiry.dueDate() != null && !inquiry.answeredOn().isAfter(inquiry.dueDate())).count();
        List<Long> days = done.stream().map(inquiry -> ChronoUnit.DAYS.between(inquiry.receivedOn(), inquiry.answeredOn()))
                .sorted(Comparator.naturalOrder()).toList();
        return new Figures(code, name, (int) inquiries.stream().filter(received::apply).count(), done.size(), onTime,
                done.isEmpty() ? null : Math.round(1000.0 * onTime / done.size()) / 10.0, median(days), percentile90(days));
    }

    /** The middle value, or the mean of the two middle values; {@code null} for none. */
    static Double median(List<Long> sorted) {
        if (sorted.isEmpty()) {
            return null;
        }
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle).doubleValue() : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
    }

    /** The 90th percentile by nearest rank: the smallest value that at least 90 % of the values do not exceed. */
    static Integer percentile90(List<Long> sorted) {
        if (sorted.isEmpty()) {
            return null;
        }
        int rank = (int) Math.ceil(0.9 * sorted.size());
        return sorted.get(rank - 1).intValue();
    }

    private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return day != null && !day.isBefore(from) && !day.isAfter(to);
    }

    private static LocalDate date(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "Ungültiges Datum",
                    "„" + value.strip() + "“ (" + name + ") ist kein Datum; bitte im Format JJJJ-MM-TT angeben, z. B. 2026-01-31.");
        }
    }
}
