package de.ratsanfragen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import de.ratsanfragen.platform.ApiProblem;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Documents made from real ones by a seeded random generator, for the importers' fuzz tests: ordinary
 * damage (lines dropped, repeated, swapped, cut off, replaced by garbage) and damage aimed at the worst
 * cases of parsers (a line repeated thousands of times, long runs of the separators and markup they
 * split on or search for, huge lines, many lines joined into one).
 */
public final class Mutations {

    /** What the parsers split on or look for; a long run of one of them is where backtracking and rescanning hurt. */
    private static final List<String> RUNS = List.of("/", "//", " und ", "/ x", " ", "\t", "<", "<a", "<u>", "</u>", "<li>",
            "<input checked ", "**", "*a", "\\", "&amp;", "M1 und ", "M1, ", "(x) ", "() ", "1.", "a) ", "- ", ":",
            "Fraktion x zum ", "V: ", "V: D01/ A11", " in Abstimmung mit ", ", ", "Leiterin der ", "Handlungsfeld 1: ",
            "Empfehlung 1 ", "Aktueller Stand: ", "Kurzfassung Ziel 1:", "<b>Stand</b>\t", "# 1.1", "9", "?", "\u2028");
    private static final String GARBAGE = "V:/ D01A11Handlungsfeld Empfehlung M1: Aktueller Stand (x)()\t<u></u><p>?.,1)a)–„“ÄÖÜß\n";

    /** Time one document may take (issue 11); the importers need milliseconds for these sizes. */
    public static final Duration PER_DOCUMENT = Duration.ofSeconds(2);

    private Mutations() {
    }

    /**
     * Runs one import within {@link #PER_DOCUMENT} (in a thread of its own, which is fine for parsers
     * without shared state): it may succeed or be refused in German ({@link ApiProblem}); nothing else
     * may escape, and the refusal must not quote a Java exception.
     */
    public static void assertOnlyGermanRefusal(String name, ThrowingCallable importing) {
        Throwable thrown = assertTimeoutPreemptively(PER_DOCUMENT, () -> catchThrowable(importing), name + " took too long");
        if (thrown != null) {
            assertThat(thrown).as(name).isInstanceOf(ApiProblem.class);
            assertThat(thrown.getMessage()).as(name).doesNotContain("Exception");
        }
    }

    /**
     * Fuzz cases of one document, each a name and a text: {@code cuts} copies cut off at random places,
     * {@code ordinary} with {@link #mutate ordinary damage}, {@code worst} with {@link #worst worst cases}.
     */
    public static List<Arguments> cases(String name, String text, Random random, int cuts, int ordinary, int worst) {
        List<String> lines = text.lines().toList();
        List<Arguments> cases = new ArrayList<>();
        for (int i = 0; i < cuts; i++) {
            int cut = random.nextInt(text.length() + 1);
            cases.add(Arguments.of(name + " cut at " + cut, text.substring(0, cut)));
        }
        for (int i = 0; i < ordinary; i++) {
            cases.add(Arguments.of(name + " mutation " + i, mutate(lines, random)));
        }
        for (int i = 0; i < worst; i++) {
            cases.add(Arguments.of(name + " worst case " + i, worst(lines, random)));
        }
        return cases;
    }

    /** Between one and twenty ordinary mutations. */
    public static String mutate(List<String> lines, Random random) {
        List<String> copy = new ArrayList<>(lines);
        for (int i = 0; i < 1 + random.nextInt(20) && !copy.isEmpty(); i++) {
            int at = random.nextInt(copy.size());
            switch (random.nextInt(5)) {
                case 0 -> copy.remove(at);
                case 1 -> copy.add(at, copy.get(random.nextInt(copy.size())));
                case 2 -> Collections.swap(copy, at, random.nextInt(copy.size()));
                case 3 -> copy.set(at, copy.get(at).substring(0, random.nextInt(copy.get(at).length() + 1)));
                default -> copy.set(at, garbage(random));
            }
        }
        return String.join("\n", copy);
    }

    /** One to three mutations aimed at the worst case; the result stays under about two megabytes. */
    public static String worst(List<String> lines, Random random) {
        List<String> copy = new ArrayList<>(lines.isEmpty() ? List.of("") : lines);
        for (int i = 0; i < 1 + random.nextInt(3); i++) {
            int at = random.nextInt(copy.size());
            String line = copy.get(at);
            switch (random.nextInt(5)) {
                case 0 -> copy.addAll(at, Collections.nCopies(100 + random.nextInt(3_000), line));
                case 1 -> {
                    int position = random.nextInt(line.length() + 1);
                    copy.set(at, line.substring(0, position) + run(random) + line.substring(position));
                }
                case 2 -> copy.set(at, line.isEmpty() ? run(random) : line.repeat(1 + (5_000 + random.nextInt(40_000)) / (line.length() + 1)));
                case 3 -> {
                    List<String> joined = copy.subList(at, Math.min(copy.size(), at + 1 + random.nextInt(2_000)));
                    String one = String.join(" ", joined);
                    joined.clear();
                    copy.add(at, one);
                }
                default -> copy.add(at, run(random));
            }
        }
        return String.join("\n", copy);
    }

    /** Up to 400 characters from an alphabet of the importers' markers. */
    public static String garbage(Random random) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < random.nextInt(400); i++) {
            text.append(GARBAGE.charAt(random.nextInt(GARBAGE.length())));
        }
        return text.toString();
    }

    /** One of {@link #RUNS}, repeated to between 1,000 and 30,000 characters. */
    public static String run(Random random) {
        String unit = RUNS.get(random.nextInt(RUNS.size()));
        return unit.repeat((1_000 + random.nextInt(29_000)) / unit.length());
    }
}
