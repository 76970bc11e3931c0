package de.ratsanfragen.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import de.ratsanfragen.ServiceTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An imported report is the authority: quotes neither add measures to it nor change them. */
class QuotesIntoReportTest extends ServiceTestSupport {

    @Autowired
    EvaluationCatalog catalog;

    @Test
    void quotesOfAReportAreCheckedAgainstItNotAddedToIt() {
        // the Jena report, imported through the API (once per test JVM)
        String id = EvaluationApiTest.jena();
        Measure z2 = catalog.measures(java.util.UUID.fromString(id)).orElseThrow().stream()
                .filter(measure -> measure.code().equals("Z2")).findFirst().orElseThrow();
        Measure quotedDifferently = new Measure("Z2", z2.text(), null, null, null, null, MeasureStatus.PARTIAL, null,
                List.of(), List.of(), null, null);
        Measure unknown = new Measure("Z99", "Erfunden", null, null, null, null, MeasureStatus.FULFILLED, null,
                List.of(), List.of(), null, null);

        EvaluationCatalog.RecordedQuotes recorded = catalog.recordQuotes(
                "Controlling zur Fortschreibung des Integrationskonzepts", List.of(quotedDifferently, unknown), List.of(), "ob");

        assertThat(recorded.evaluationId().toString()).isEqualTo(id);
        assertThat(recorded.warnings()).anySatisfy(w -> assertThat(w).contains("Z2", "anders zitiert"))
                .anySatisfy(w -> assertThat(w).contains("Z99", "nicht im Bericht"));
        assertThat(catalog.find(recorded.evaluationId()).orElseThrow().measureCount()).isEqualTo(82);
        assertThat(catalog.measures(recorded.evaluationId()).orElseThrow())
                .filteredOn(measure -> measure.code().equals("Z2")).singleElement()
                .extracting(Measure::status).isEqualTo(MeasureStatus.FULFILLED);
    }
}
