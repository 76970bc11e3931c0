package de.ratsanfragen.evaluation;

import static de.ratsanfragen.evaluation.MeasureStatus.DISCARDED;
import static de.ratsanfragen.evaluation.MeasureStatus.FULFILLED;
import static de.ratsanfragen.evaluation.MeasureStatus.NOT_FULFILLED;
import static de.ratsanfragen.evaluation.MeasureStatus.PARTIAL;
import static de.ratsanfragen.evaluation.MeasureStatus.UNCLEAR;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class EvaluationStatisticsTest {

    private static Measure withStatus(MeasureStatus status) {
        return new Measure("Z1", "Text", null, null, null, null, status, null, null, null, null, null);
    }

    @Test
    void noMeasuresGiveZeroEverywhere() {
        EvaluationStatistics statistics = EvaluationStatistics.of(List.of());

        assertThat(statistics.total()).isZero();
        assertThat(statistics.counts()).containsOnlyKeys(MeasureStatus.values()).allSatisfy((status, count) ->
                assertThat(count).isZero());
        assertThat(statistics.percentages()).containsOnlyKeys(FULFILLED, PARTIAL, NOT_FULFILLED)
                .allSatisfy((status, share) -> assertThat(share).isEqualTo(new BigDecimal("0.0")));
    }

    /** 2 of 3 rated are 66.666… %, rounded half up to 66.7; 1 of 3 is 33.3. */
    @Test
    void discardedAndUnclearAreCountedButNotRated() {
        EvaluationStatistics statistics = EvaluationStatistics.of(List.of(withStatus(FULFILLED), withStatus(FULFILLED),
                withStatus(PARTIAL), withStatus(DISCARDED), withStatus(UNCLEAR), withStatus(null)));

        assertThat(statistics.total()).isEqualTo(6);
        assertThat(statistics.rated()).isEqualTo(3);
        assertThat(statistics.counts()).isEqualTo(Map.of(FULFILLED, 2, PARTIAL, 1, NOT_FULFILLED, 0, DISCARDED, 1, UNCLEAR, 2));
        assertThat(statistics.percentages()).isEqualTo(Map.of(FULFILLED, new BigDecimal("66.7"),
                PARTIAL, new BigDecimal("33.3"), NOT_FULFILLED, new BigDecimal("0.0")));
    }
}
