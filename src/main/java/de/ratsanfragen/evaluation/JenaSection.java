package de.ratsanfragen.evaluation;

/**
 * The four sections of the Jena report ("# A Vollumfänglich bzw. überwiegend erfüllte Ziele" … "# D
 * Verworfenne Ziele") and the status each stands for.
 */
enum JenaSection {
    A(MeasureStatus.FULFILLED),
    B(MeasureStatus.PARTIAL),
    C(MeasureStatus.NOT_FULFILLED),
    D(MeasureStatus.DISCARDED);

    private final MeasureStatus status;

    JenaSection(MeasureStatus status) {
        this.status = status;
    }

    MeasureStatus status() {
        return status;
    }
}
