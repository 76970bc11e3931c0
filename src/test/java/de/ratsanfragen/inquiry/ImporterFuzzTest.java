package de.ratsanfragen.inquiry;

import static de.ratsanfragen.Mutations.assertOnlyGermanRefusal;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import de.ratsanfragen.Mutations;
import de.ratsanfragen.SeedFiles;
import de.ratsanfragen.document.DocumentReader;
import de.ratsanfragen.document.SourceDocument;
import de.ratsanfragen.organization.OrganizationDirectory;
import de.ratsanfragen.organization.RoutingTag;
import de.ratsanfragen.platform.ApiProblem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Truncated and mutated versions of the seeds and test documents — as text and as Word files — go
 * through the whole import (reading the bytes, choosing the importer, parsing), and mutated routing
 * tags through the tag reader: the only thing that may come out besides a result is a refusal in
 * German ({@link ApiProblem}), and no document may take more than two seconds. The mutations include
 * the parsers' worst cases (see {@link Mutations}); the generator has a fixed seed, so every build
 * runs the same cases.
 */
class ImporterFuzzTest {

    private static final long SEED = 20251202;
    private static final List<String> SOURCES = List.of(SeedFiles.ERFURT_INQUIRY, SeedFiles.JENA_REPORT,
            "linke-schulsanierung.txt", "cdu-flach-nummeriert.txt", "gruene-klammern.txt");
    private static final OrganizationDirectory ERFURT = ErfurtSeedGoldenTest.erfurt();
    private static final InquiryImporter IMPORTER = new InquiryImporter(ERFURT);
    private static final DocumentReader READER = new DocumentReader();

    private static String text(String source) {
        byte[] bytes = source.startsWith("0") ? SeedFiles.seed(source) : SeedFiles.inquiry(source);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    static Stream<Arguments> documents() {
        Random random = new Random(SEED);
        List<Arguments> cases = new ArrayList<>();
        for (String source : SOURCES) {
            cases.addAll(Mutations.cases(source, text(source), random, 30, 20, 20));
        }
        IntStream.range(0, 20).forEach(i -> cases.add(Arguments.of("garbage " + i, Mutations.garbage(random))));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void textDocuments(String name, String text) {
        assertOnlyGermanRefusal(name, () -> {
            SourceDocument document = READER.read(name + ".txt", text.getBytes(StandardCharsets.UTF_8));
            ImportedInquiry inquiry = IMPORTER.read(document).inquiry();
            assertThat(inquiry.items()).isNotEmpty();
            assertThat(inquiry.items()).allSatisfy(item -> assertThat(item.text()).isNotBlank());
        });
    }

    /** Word files of mutated seeds, and Word files cut off or with bytes overwritten. */
    static Stream<Arguments> wordDocuments() {
        Random random = new Random(SEED + 1);
        List<Arguments> cases = new ArrayList<>();
        List<String> erfurt = text(SeedFiles.ERFURT_INQUIRY).lines().toList();
        List<String> numbered = text("linke-schulsanierung.txt").lines().toList();
        byte[] whole = docx(erfurt);
        for (int i = 0; i < 4; i++) {
            cases.add(Arguments.of("Erfurt as Word, mutation " + i, docx(Mutations.mutate(erfurt, random).lines().toList())));
            cases.add(Arguments.of("numbered as Word, worst case " + i, docx(Mutations.worst(numbered, random).lines().toList())));
        }
        for (int i = 0; i < 6; i++) {
            cases.add(Arguments.of("Word file cut off " + i, Arrays.copyOf(whole, random.nextInt(whole.length))));
            byte[] damaged = whole.clone();
            for (int j = 0; j < 1 + random.nextInt(8); j++) {
                damaged[random.nextInt(damaged.length)] = (byte) random.nextInt(256);
            }
            cases.add(Arguments.of("Word file with bytes overwritten " + i, damaged));
        }
        return cases.stream();
    }

    private static byte[] docx(List<String> lines) {
        try {
            return DocxSeedEquivalenceTest.docx(lines, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wordDocuments")
    void wordDocuments(String name, byte[] docx) {
        assertOnlyGermanRefusal(name, () -> IMPORTER.read(READER.read(name + ".docx", docx)));
    }

    /** The seed's routing tags with the runs inserted that made the old reader cubic. */
    static Stream<Arguments> routingTags() {
        Random random = new Random(SEED + 2);
        List<String> tags = text(SeedFiles.ERFURT_INQUIRY).lines().filter(line -> line.startsWith("V:")).distinct().toList();
        return IntStream.range(0, 100).mapToObj(i -> {
            String tag = tags.get(random.nextInt(tags.size()));
            int at = random.nextInt(tag.length() + 1);
            String run = Mutations.run(random);
            String mutated = tag.substring(0, at) + run.substring(0, random.nextInt(Math.min(run.length(), RoutingTag.MAX_LENGTH) + 1))
                    + tag.substring(at);
            return Arguments.of("tag " + i + " (" + mutated.length() + " characters)", mutated);
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routingTags")
    void routingTags(String name, String tag) {
        assertOnlyGermanRefusal(name, () -> {
            RoutingTag read = ERFURT.parseRoutingTag(tag);
            assertThat(read.assignments().isEmpty() && read.warnings().isEmpty()).as("a tag without routing says why").isFalse();
        });
    }
}
