package de.ratsanfragen.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The figures a report states about itself ("55 (80,9 %) Ziele konnten vollständig bzw. überwiegend …
 * erfüllt werden"), recomputed from its measures so that an import can be checked against them.
 *
 * @param counts      how many measures have each status; every {@link MeasureStatus} is a key
 * @param total       all measures
 * @param percentages the shares of {@code FULFILLED}, {@code PARTIAL} and {@code NOT_FULFILLED} among the
 *                    {@linkplain #rated() rated} measures, in percent with one decimal (half up); 0.0 where
 *                    none is rated. Discarded and unclear measures have no share.
 */
public record EvaluationStatistics(Map<MeasureStatus, Integer> counts, int total,
                                   Map<MeasureStatus, BigDecimal> percentages) {

    private static final List<MeasureStatus> RATED =
            List.of(MeasureStatus.FULFILLED, MeasureStatus.PARTIAL, MeasureStatus.NOT_FULFILLED);

    public EvaluationStatistics {
        counts = Collections.unmodifiableMap(copy(counts));
        percentages = Collections.unmodifiableMap(copy(percentages));
    }

    /** A measure without status counts as {@code UNCLEAR}. */
    public static EvaluationStatistics of(List<Measure> measures) {
        Map<MeasureStatus, Integer> counts = new EnumMap<>(MeasureStatus.class);
        for (MeasureStatus status : MeasureStatus.values()) {
            counts.put(status, 0);
        }
        for (Measure measure : measures) {
            MeasureStatus status = measure.status() == null ? MeasureStatus.UNCLEAR : measure.status();
            counts.merge(status, 1, Integer::sum);
        }
        int rated = RATED.stream().mapToInt(counts::get).sum();
        Map<MeasureStatus, BigDecimal> percentages = new EnumMap<>(MeasureStatus.class);
        RATED.forEach(status -> percentages.put(status, percent(counts.get(status), rated)));
        return new EvaluationStatistics(counts, measures.size(), percentages);
    }

    /** The measures that are neither discarded nor unclear: the base of the percentages. */
    public int rated() {
        return RATED.stream().mapToInt(status -> counts.getOrDefault(status, 0)).sum();
    }

    private static BigDecimal percent(int part, int whole) {
        if (whole == 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    // EnumMap keeps the statuses in declaration order; its copy constructor rejects an empty plain map
    private static <V> Map<MeasureStatus, V> copy(Map<MeasureStatus, V> source) {
        Map<MeasureStatus, V> copy = new EnumMap<>(MeasureStatus.class);
        copy.putAll(source);
        return copy;
    }
}
