package de.ratsanfragen.monitoring.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import de.ratsanfragen.platform.CouncilClock;
import de.ratsanfragen.monitoring.DeadlineFilter;
import de.ratsanfragen.monitoring.DeadlineMonitor;
import de.ratsanfragen.monitoring.InquiryDeadline;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/deadlines.csv} and {@code /api/deadlines.xlsx} (and the same under {@code /monitor/fristen.*}
 * for the page's download links): the monitor's rows, with the same filters, for Excel. The CSV is UTF-8 with a byte order mark and semicolons, as German Excel opens it with
 * umlauts intact; a cell that starts like a formula is written as text (no formula injection).
 */
@RestController
class DeadlineExports {

    private static final List<String> HEADER = List.of("Ampel", "Anfrage", "Fraktion", "Betreff", "Stand", "Frist", "Arbeitstage",
            "Beantwortet", "Fragen", "Überfällige Fragen", "Verlängerungen");
    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final DeadlineMonitor monitor;
    private final CouncilClock clock;

    DeadlineExports(DeadlineMonitor monitor, CouncilClock clock) {
        this.monitor = monitor;
        this.clock = clock;
    }

    /** For scripts under /api (HTTP Basic); for the monitor page's download links under /monitor (its login session). */
    @GetMapping({"/api/deadlines.csv", MonitorPage.EXPORT + ".csv"})
    ResponseEntity<byte[]> csv(@RequestParam Map<String, String> filters) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        for (List<String> line : lines(filters)) {
            csv.append(line.stream().map(DeadlineExports::csvCell).collect(Collectors.joining(";"))).append("\r\n");
        }
        return file(csv.toString().getBytes(StandardCharsets.UTF_8), new MediaType("text", "csv", StandardCharsets.UTF_8), "csv");
    }

    @GetMapping({"/api/deadlines.xlsx", MonitorPage.EXPORT + ".xlsx"})
    ResponseEntity<byte[]> xlsx(@RequestParam Map<String, String> filters) {
        List<List<String>> lines = lines(filters);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Fristen");
            for (int r = 0; r < lines.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < lines.get(r).size(); c++) {
                    // always text cells: POI never writes a formula from a string
                    row.createCell(c).setCellValue(lines.get(r).get(c));
                }
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
            return file(out.toByteArray(), XLSX, "xlsx");
        } catch (IOException e) {
            throw new UncheckedIOException("Fristenliste als Excel-Datei nicht erzeugt", e);
        }
    }

    private List<List<String>> lines(Map<String, String> filters) {
        DeadlineMonitor.requireObOffice();
        List<List<String>> lines = new java.util.ArrayList<>();
        lines.add(HEADER);
        for (InquiryDeadline row : monitor.deadlines(DeadlineFilter.of(filters))) {
            lines.add(List.of(row.lightLabel(), row.reference(), row.faction(), row.subject(),
                    row.state().label(),
                    row.dueDate() == null ? "" : row.dueDate().format(GERMAN_DATE),
                    row.workingDaysLeft() == null ? "" : row.workingDaysLeft().toString(),
                    Integer.toString(row.answered()), Integer.toString(row.items()), Integer.toString(row.overdueItems()),
                    row.extensions().stream().map(e -> "bis " + e.newDue().format(GERMAN_DATE) + ": " + e.reason())
                            .collect(Collectors.joining(" | "))));
        }
        return lines;
    }

    /** Quoted where needed; a text starting like a formula gets a leading apostrophe, as Excel users know it. */
    static String csvCell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !text.matches("-?\\d+")) {
            text = "'" + text;
        }
        if (text.contains(";") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    private ResponseEntity<byte[]> file(byte[] content, MediaType type, String extension) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("Fristen-" + clock.today() + "." + extension).build().toString())
                .body(content);
    }
}
