package de.ratsanfragen;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The seed documents and test documents as bytes, exactly as they are stored. */
public final class SeedFiles {

    public static final String ERFURT_INQUIRY = "000_c1f1a59b122f7d03.txt";
    public static final String JENA_REPORT = "004_04ca4d66ef057a4d.txt";

    private SeedFiles() {
    }

    public static byte[] seed(String name) {
        return resource("/seeds/" + name);
    }

    public static byte[] inquiry(String name) {
        return resource("/inquiries/" + name);
    }

    private static byte[] resource(String path) {
        try (InputStream in = SeedFiles.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
