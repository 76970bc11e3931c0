package de.ratsanfragen;

import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * Checks that a parser's cost grows linearly with its input, robustly enough for a loaded two-core
 * machine: the worst input of size n and of size 8n are timed after a warm-up, in alternation, best
 * of several rounds; the small input runs eight times per round, so both timings cover the same
 * amount of text and last about as long. Linear costs give a ratio of about 8, quadratic ones 64,
 * cubic ones 512; the bound is 20, and a failed measurement is repeated twice before it counts.
 * The sizes must be chosen so that the input of 8n takes at least a few milliseconds.
 * <p>
 * Everything runs in a daemon thread with a time budget, so a parser that is far from linear fails
 * the test at once instead of holding up the build (the thread spins on until it is done).
 */
public final class LinearTiming {

    public static final int FACTOR = 8;
    public static final double MAX_RATIO = 20;
    /**
     * An input of 8n done in less than this is fast whatever the ratio: at the sizes the tests use, a
     * quadratic parser needs hundreds of milliseconds, and below a millisecond a pause of the machine
     * weighs more than the parser.
     */
    private static final long FAST_ENOUGH_NANOS = 1_000_000;
    private static final int ROUNDS = 5;
    private static final int ATTEMPTS = 3;
    /** All runs of one case together, warm-up included, must take less than this; linear ones need about a second. */
    private static final Duration BUDGET = Duration.ofSeconds(30);

    private LinearTiming() {
    }

    /**
     * Timings of one worst case.
     *
     * @param smallNanos best time of one run of the input of size n
     * @param largeNanos best time of one run of the input of size 8n
     */
    public record Figures(String name, int size, long smallNanos, long largeNanos) {

        public double ratio() {
            return (double) largeNanos / Math.max(smallNanos, 1);
        }

        @Override
        public String toString() {
            return "%s: n=%d %.2f ms, 8n=%d %.2f ms, ratio %.1f".formatted(name, size, smallNanos / 1e6,
                    size * FACTOR, largeNanos / 1e6, ratio());
        }
    }

    /**
     * @param name   what the input is, for the report
     * @param input  builds the worst input of a size (characters, lines, …)
     * @param size   n: big enough that one run takes a measurable time (about a millisecond)
     * @param parser the work that is timed
     */
    public static <T> Figures assertLinear(String name, IntFunction<T> input, int size, Consumer<T> parser) {
        T small = input.apply(size);
        T large = input.apply(size * FACTOR);
        List<Figures> attempts = new ArrayList<>();
        Figures figures = within(BUDGET, name, () -> {
            for (int i = 0; i < 3; i++) {
                repeat(parser, small, FACTOR);
                parser.accept(large);
            }
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                Figures measured = measure(name, size, small, large, parser);
                attempts.add(measured);
                if (measured.ratio() < MAX_RATIO || measured.largeNanos() < FAST_ENOUGH_NANOS) {
                    return measured;
                }
            }
            return null;
        });
        if (figures == null) {
            fail("Cost grows faster than linear (8x input, allowed ratio < %s): %s", MAX_RATIO, attempts);
        }
        System.out.println("linear: " + figures);
        return figures;
    }

    /** The best of three runs of the largest input a limit allows must stay under {@code ceiling}. */
    public static <T> long assertWithin(String name, Duration ceiling, T input, Consumer<T> parser) {
        long best = within(ceiling.multipliedBy(4), name, () -> {
            long fastest = Long.MAX_VALUE;
            for (int i = 0; i < 3; i++) {
                long start = System.nanoTime();
                parser.accept(input);
                fastest = Math.min(fastest, System.nanoTime() - start);
            }
            return fastest;
        });
        System.out.printf("ceiling: %s %.2f ms (allowed %d ms)%n", name, best / 1e6, ceiling.toMillis());
        if (best > ceiling.toNanos()) {
            fail("%s took %.0f ms, allowed are %d ms", name, best / 1e6, ceiling.toMillis());
        }
        return best;
    }

    /** {@code prefix}, then {@code unit} repeated until the text is {@code size} characters long, then {@code suffix}. */
    public static String text(String prefix, String unit, String suffix, int size) {
        StringBuilder text = new StringBuilder(size + suffix.length()).append(prefix);
        while (text.length() < size) {
            text.append(unit);
        }
        text.setLength(Math.max(prefix.length(), size));
        return text.append(suffix).toString();
    }

    /** {@code header}, then {@code block} repeated {@code times}, then {@code footer}. */
    public static String lines(String header, String block, int times, String footer) {
        return header + block.repeat(times) + footer;
    }

    private static <T> Figures measure(String name, int size, T small, T large, Consumer<T> parser) {
        long smallBest = Long.MAX_VALUE;
        long largeBest = Long.MAX_VALUE;
        for (int round = 0; round < ROUNDS; round++) {
            long start = System.nanoTime();
            repeat(parser, small, FACTOR);
            smallBest = Math.min(smallBest, (System.nanoTime() - start) / FACTOR);
            start = System.nanoTime();
            parser.accept(large);
            largeBest = Math.min(largeBest, System.nanoTime() - start);
        }
        return new Figures(name, size, smallBest, largeBest);
    }

    private static <T> void repeat(Consumer<T> parser, T input, int times) {
        for (int i = 0; i < times; i++) {
            parser.accept(input);
        }
    }

    private interface Timed<R> {
        R run() throws Exception;
    }

    private static <R> R within(Duration budget, String name, Timed<R> work) {
        ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "linear-timing");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Future<R> result = executor.submit(work::run);
            return result.get(budget.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return fail("%s did not finish within %d s: far from linear", name, budget.toSeconds());
        } catch (ExecutionException e) {
            return fail(name + " failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail(name + " interrupted");
        } finally {
            executor.shutdownNow();
        }
    }
}
