package de.ratsanfragen.evaluation;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A stored evaluation as the API shows it.
 *
 * @param id           its id
 * @param title        its title
 * @param origin       {@code REPORT} (imported report) or {@code QUOTED} (made from measures an inquiry quotes)
 * @param measureCount how many measures it holds
 * @param statusCounts measures per status (every status is a key)
 * @param statistics   counts and shares recomputed from the measures
 * @param importedAt   when it was stored
 * @param warnings     what the import could not read cleanly
 */
public record EvaluationSummary(UUID id, String title, String origin, int measureCount,
                                Map<MeasureStatus, Integer> statusCounts, EvaluationStatistics statistics,
                                Instant importedAt, List<String> warnings) {
}
