package de.ratsanfragen.organization;

import static de.ratsanfragen.LinearTiming.assertLinear;
import static de.ratsanfragen.LinearTiming.assertWithin;
import static de.ratsanfragen.LinearTiming.text;

import java.time.Duration;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The routing-tag grammar costs linear time on the worst tags we can build, also far beyond the
 * length the API accepts: the parser itself is timed here, without the length limit in front of it.
 */
class RoutingTagTimingTest {

    private static final OrganizationDirectory DIRECTORY = TestDirectories.erfurt();
    private static final RoutingTagParser PARSER = new RoutingTagParser(DIRECTORY);
    /** Characters of the smaller input; the larger has eight times as many. */
    private static final int SIZE = 2_000;

    static Stream<Arguments> worstTags() {
        return Stream.of(
                Arguments.of("unknown names between slashes", "V: D01/ ", "Amt x/ ", ""),
                Arguments.of("unknown names joined by und", "V: D01/ ", "Amt x und ", "Amt y"),
                Arguments.of("known units between slashes", "V: D01/ ", "A11/ Büro für Migration und Integration/ ", ""),
                Arguments.of("consulted units joined by und", "V: D01 in Abstimmung mit ", "Zauberei und ", "D05"),
                Arguments.of("consulted units between commas and slashes", "V: D01 in Absprache mit ", "x, y/ ", ""),
                Arguments.of("a trailer after every unit", "V: D01", " in Abstimmung mit D05", ""),
                Arguments.of("empty names", "V: D01", "/ ", " A11"),
                Arguments.of("empty sections", "V: ", "//", "D01"),
                Arguments.of("Dezernate without //", "V: ", "D01/ D03/ ", ""),
                Arguments.of("spaces", "V:", " ", "D01"),
                Arguments.of("punctuation parts", "V: D01/ A", "/-", "/11"),
                Arguments.of("role words", "V: D01/ ", "Leiterin der ", "Bereich OB"),
                Arguments.of("role words between slashes", "V: D01/ ", "Leiterin/ ", "Bereich OB"),
                Arguments.of("one long name", "V: D01/ ", "Migration", ""),
                Arguments.of("no prefix", "", "x ", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("worstTags")
    void costGrowsLinearly(String name, String prefix, String unit, String suffix) {
        assertLinear(name, size -> text(prefix, unit, suffix, size), SIZE, PARSER::parse);
    }

    /** The longest tag the API reads takes well under a millisecond; the cubic reader needed about 300 ms. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("worstTags")
    void theLongestTagAllowedIsReadAtOnce(String name, String prefix, String unit, String suffix) {
        String longest = text(prefix, unit, "", RoutingTag.MAX_LENGTH - suffix.length()) + suffix;
        assertWithin(name + " at " + RoutingTag.MAX_LENGTH + " characters", Duration.ofMillis(100), longest,
                DIRECTORY::parseRoutingTag);
    }
}
