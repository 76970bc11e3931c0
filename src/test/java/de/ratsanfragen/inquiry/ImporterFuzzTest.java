package de.ratsanfragen.inquiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import de.ratsanfragen.SeedFiles;
import de.ratsanfragen.document.DocumentReader;
import de.ratsanfragen.document.SourceDocument;
import de.ratsanfragen.platform.ApiProblem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Truncated and mutated versions of the seeds and test documents go through the whole import
 * (reading the bytes, choosing the importer, parsing): the only thing that may come out besides an
 * inquiry is a refusal in German ({@link ApiProblem}); no other exception escapes.
 */
class ImporterFuzzTest {

    private static final List<String> SOURCES = List.of(SeedFiles.ERFURT_INQUIRY, SeedFiles.JENA_REPORT,
            "linke-schulsanierung.txt", "cdu-flach-nummeriert.txt", "gruene-klammern.txt");
    private static final InquiryImporter IMPORTER = new InquiryImporter(ErfurtSeedGoldenTest.erfurt());
    private static final DocumentReader READER = new DocumentReader();

    private static String text(String source) {
        byte[] bytes = source.startsWith("0") ? SeedFiles.seed(source) : SeedFiles.inquiry(source);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    static Stream<Arguments> mutations() {
        Random random = new Random(20251202);
        List<Arguments> cases = new ArrayList<>();
        for (String source : SOURCES) {
            String text = text(source);
            List<String> lines = text.lines().toList();
            IntStream.range(0, 40).forEach(i -> {
                int cut = random.nextInt(text.length() + 1);
                cases.add(Arguments.of(source + " cut at " + cut, text.substring(0, cut)));
            });
            IntStream.range(0, 20).forEach(i -> cases.add(Arguments.of(source + " mutation " + i, mutate(lines, random))));
        }
        IntStream.range(0, 20).forEach(i -> cases.add(Arguments.of("garbage " + i, garbage(random))));
        return cases.stream();
    }

    private static String mutate(List<String> lines, Random random) {
        List<String> copy = new ArrayList<>(lines);
        for (int i = 0; i < 1 + random.nextInt(20) && !copy.isEmpty(); i++) {
            int at = random.nextInt(copy.size());
            switch (random.nextInt(5)) {
                case 0 -> copy.remove(at);
                case 1 -> copy.add(at, copy.get(random.nextInt(copy.size())));
                case 2 -> Collections.swap(copy, at, random.nextInt(copy.size()));
                case 3 -> copy.set(at, copy.get(at).substring(0, random.nextInt(copy.get(at).length() + 1)));
                default -> copy.set(at, garbage(random));
            }
        }
        return String.join("\n", copy);
    }

    private static String garbage(Random random) {
        String alphabet = "V:/ D01A11Handlungsfeld Empfehlung M1: Aktueller Stand (x)()\t<u></u><p>?.,1)a)–„“ÄÖÜß\n";
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < random.nextInt(400); i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mutations")
    void nothingButAGermanRefusalEscapes(String name, String text) {
        Throwable thrown = catchThrowable(() -> {
            SourceDocument document = READER.read(name + ".txt", text.getBytes(StandardCharsets.UTF_8));
            ImportedInquiry inquiry = IMPORTER.read(document).inquiry();
            assertThat(inquiry.items()).isNotEmpty();
            assertThat(inquiry.items()).allSatisfy(item -> assertThat(item.text()).isNotBlank());
        });
        if (thrown != null) {
            assertThat(thrown).as(name).isInstanceOf(ApiProblem.class);
            assertThat(thrown.getMessage()).as(name).doesNotContain("Exception");
        }
    }
}
