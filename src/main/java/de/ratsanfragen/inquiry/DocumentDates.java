package de.ratsanfragen.inquiry;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as German documents write them ("2.12.2025", "02. 12. 2025"); an impossible date is a warning. */
final class DocumentDates {

    private static final Pattern DATE = Pattern.compile("(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4})");

    private DocumentDates() {
    }

    static boolean containsDate(String line) {
        return DATE.matcher(line).find();
    }

    /** The first date in the lines, or {@code null}. */
    static LocalDate first(List<String> lines, List<String> warnings) {
        for (String line : lines) {
            Matcher date = DATE.matcher(line);
            if (date.find()) {
                return of(date.group(1), date.group(2), date.group(3), "", warnings);
            }
        }
        return null;
    }

    static LocalDate of(String day, String month, String year, String where, List<String> warnings) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException e) {
            warnings.add(where + "„" + day + "." + month + "." + year + "“ ist kein gültiges Datum.");
            return null;
        }
    }
}
