package de.ratsanfragen.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The Jena evaluation report (GUIDE §2.3), line by line as the importer receives it. */
final class JenaSeed {

    private static final String SEED = "/seeds/004_04ca4d66ef057a4d.txt";

    private JenaSeed() {
    }

    static List<String> lines() {
        try (InputStream in = JenaSeed.class.getResourceAsStream(SEED)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
