package de.ratsanfragen.deadline;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

import de.ratsanfragen.deadline.DeadlineProperties.Period;
import de.ratsanfragen.deadline.DeadlineProperties.Stagger;
import de.ratsanfragen.organization.OrganizationDirectory;

/** Calendars built without Spring, with the same values as the defaults in application.yml. */
final class TestCalendars {

    private TestCalendars() {
    }

    static Map<String, Period> defaultPeriods() {
        Map<String, Period> periods = new LinkedHashMap<>();
        periods.put("ANFRAGE", new Period(2, PeriodUnit.WEEKS, null));
        periods.put("GROSSE_ANFRAGE", new Period(8, PeriodUnit.WEEKS, null));
        periods.put("KLEINE_ANFRAGE", new Period(14, PeriodUnit.CALENDAR_DAYS, null));
        return periods;
    }

    static Stagger defaultStagger() {
        return new Stagger(5, 3, 2, 1);
    }

    static DeadlineProperties defaults() {
        return new DeadlineProperties(defaultPeriods(), "ANFRAGE", defaultStagger(), 1, 3);
    }

    /** Erfurt's shipped directory: Thuringia. */
    static DeadlineCalendar erfurt() {
        return erfurt(defaults());
    }

    static DeadlineCalendar erfurt(DeadlineProperties properties) {
        return new DeadlineCalendar(properties, OrganizationDirectory.load(new ClassPathResource("organization/erfurt.yml")));
    }

    /** A directory of a Bavarian town, to show that the holidays follow the directory's state. */
    static DeadlineCalendar bavarianTown() {
        String yaml = """
                council:
                  name: Stadt Musterstadt
                  state: by
                units:
                  - code: OB
                    name: Büro Oberbürgermeister
                    kind: OB_OFFICE
                    mail: ob@musterstadt.example
                """;
        return new DeadlineCalendar(defaults(),
                OrganizationDirectory.load(new ByteArrayResource(yaml.getBytes(StandardCharsets.UTF_8), "musterstadt.yml")));
    }
}
