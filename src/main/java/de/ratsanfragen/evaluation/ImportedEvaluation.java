package de.ratsanfragen.evaluation;

import java.util.List;

/**
 * What an importer read from an evaluation report, before it is stored.
 *
 * @param title    the report's title
 * @param measures every measure in document order
 * @param warnings German messages naming each part of the document that could not be read cleanly
 */
public record ImportedEvaluation(String title, List<Measure> measures, List<String> warnings) {

    public ImportedEvaluation {
        measures = List.copyOf(measures);
        warnings = List.copyOf(warnings);
    }
}
