package app.resonance.common.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import app.resonance.common.tabular.RowProblem.Reason;
import app.resonance.support.XlsxFixtures;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The reader keeps to its limits and refuses files that are not what they claim, quickly and by name. */
class TabularReaderTest {

    private static final Duration QUICKLY = Duration.ofSeconds(2);
    private static final FileLimits DEFAULTS = FileLimits.current();

    /** The problem that stops reading the whole file, found within two seconds. */
    private static RowProblem refusal(Path file, TabularFormat format, FileLimits limits) {
        return assertTimeoutPreemptively(QUICKLY, () -> {
            try (TabularReader reader = TabularReader.open(file, format, limits)) {
                FileRefused refused = assertThrows(FileRefused.class, () -> {
                    reader.header();
                    while (reader.next() != null) {
                        // read on
                    }
                });
                return refused.problem();
            }
        });
    }

    private static FileLimits limits(String... namesAndValues) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put("resonance.files." + namesAndValues[i], namesAndValues[i + 1]);
        }
        return new SmallRyeConfigBuilder()
                .withMapping(FileLimits.class)
                .withSources(new PropertiesConfigSource(values, "test", 500))
                .build()
                .getConfigMapping(FileLimits.class);
    }

    private static Path csv(byte[] bytes) throws IOException {
        Path file = Files.createTempFile("reader", ".csv");
        Files.write(file, bytes);
        return file;
    }

    private static Path csv(String text) throws IOException {
        return csv(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aCellAtAFarColumnIsRefusedBeforeFastexcelMakesRoomForIt() {
        // fastexcel would allocate a row of 321 million cells for this 3 KB file (minutes of full GC).
        RowProblem problem = refusal(XlsxFixtures.cellAt("ZZZZZZ1"), TabularFormat.XLSX, DEFAULTS);
        assertEquals(Reason.TOO_MANY_COLUMNS, problem.reason());
        assertEquals("ZZZZZZ1", problem.value());
        assertEquals("1024", problem.detail());
        assertEquals(1, problem.line());
    }

    @Test
    void aCellWithinTheColumnLimitIsRead() throws IOException {
        try (TabularReader reader = TabularReader.open(XlsxFixtures.cellAt("C1"), TabularFormat.XLSX, DEFAULTS)) {
            assertEquals(List.of("", "", "far away"), reader.header());
        }
    }

    @Test
    void theFirstSheetIsCheckedARowAheadOfFastexcelSoAPreviewReadsOnlyItsFirstRows() throws IOException {
        Path file = XlsxFixtures.withSheet(out -> out.write(("<sheetData>"
                        + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>name</t></is></c></row>"
                        + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>first</t></is></c></row>"
                        + "<row r=\"3\"><c r=\"AMK3\" t=\"inlineStr\"><is><t>too far</t></is></c></row>"
                        + "</sheetData>")
                .getBytes(StandardCharsets.UTF_8)));
        try (TabularReader reader = TabularReader.open(file, TabularFormat.XLSX, DEFAULTS)) {
            assertEquals(List.of("name"), reader.header());
            assertEquals(List.of("first"), reader.next().cells());
            RowProblem problem = assertThrows(FileRefused.class, reader::next).problem();
            assertEquals(Reason.TOO_MANY_COLUMNS, problem.reason());
            assertEquals("AMK3", problem.value()); // column 1,025
            assertEquals(3, problem.line());
        }
    }

    @Test
    void aSheetPackedLikeAZipBombIsRefusedFromTheDirectory() {
        RowProblem problem = refusal(XlsxFixtures.packedBlanks(64), TabularFormat.XLSX, DEFAULTS);
        assertEquals(Reason.SUSPICIOUS_COMPRESSION, problem.reason());
        assertEquals(XlsxFixtures.SHEET, problem.value());
        assertEquals("100", problem.detail());
    }

    @Test
    void aZipBombWhoseDirectoryUnderstatesItsSizeIsRefusedWhileUnpacking() {
        Path lying = XlsxFixtures.declaring(XlsxFixtures.packedBlanks(64), XlsxFixtures.SHEET, 1_000);
        assertEquals(
                Reason.SUSPICIOUS_COMPRESSION,
                refusal(lying, TabularFormat.XLSX, DEFAULTS).reason());
    }

    @Test
    void aFileUnpackingBeyondTheSizeLimitIsRefusedFromTheDirectoryAndWhileUnpacking() {
        Random random = new Random(14);
        Path big = XlsxFixtures.withSheet(out -> {
            out.write("<sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row>".getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 20_000; i++) { // about 200 KB of comments that barely pack
                out.write(("<!--" + Long.toString(random.nextLong(), 36) + "-->").getBytes(StandardCharsets.UTF_8));
            }
            out.write("</sheetData>".getBytes(StandardCharsets.UTF_8));
        });
        FileLimits small = limits("max-inflated-size", "100000");
        assertEquals(
                Reason.FILE_TOO_BIG_INFLATED,
                refusal(big, TabularFormat.XLSX, small).reason());
        Path lying = XlsxFixtures.declaring(big, XlsxFixtures.SHEET, 1_000);
        RowProblem problem = refusal(lying, TabularFormat.XLSX, small);
        assertEquals(Reason.FILE_TOO_BIG_INFLATED, problem.reason());
        assertEquals("100000", problem.detail());
    }

    @Test
    void aCsvRowWithMoreColumnsThanTheLimitIsRefusedAtItsLine() throws IOException {
        RowProblem problem = refusal(csv("a,b,c\n1,2,3\n1,2,3,4,5,6\n"), TabularFormat.CSV, limits("max-columns", "5"));
        assertEquals(Reason.TOO_MANY_COLUMNS, problem.reason());
        assertEquals(3, problem.line());
        assertEquals("column 6", problem.value());
    }

    @Test
    void rowsBeyondTheLimitAreRefusedAtTheFirstOneTooMany() throws IOException {
        RowProblem problem = refusal(csv("name\na\nb\nc\nd\n"), TabularFormat.CSV, limits("max-rows", "3"));
        assertEquals(Reason.TOO_MANY_ROWS, problem.reason());
        assertEquals(5, problem.line());
        assertEquals("3", problem.detail());
    }

    @Test
    void aCellLongerThanTheLimitIsRefusedNamingItsColumn() throws IOException {
        RowProblem problem = refusal(
                csv("name,title\na," + "x".repeat(11) + "\n"), TabularFormat.CSV, limits("max-cell-length", "10"));
        assertEquals(Reason.CELL_TOO_LONG, problem.reason());
        assertEquals(2, problem.line());
        assertEquals("title", problem.column());
    }

    @Test
    void anUnclosedQuoteIsRefusedOnceItsRecordPassesTheLimitNotAtTheEndOfTheFile() throws IOException {
        // Without the limit, the parser would hold the rest of the file as one cell.
        RowProblem problem = refusal(
                csv("name,title\na,\"" + "never closed, ".repeat(100_000) + "\n"),
                TabularFormat.CSV,
                limits("max-record-length", "10000"));
        assertEquals(Reason.RECORD_TOO_LONG, problem.reason());
        assertEquals(2, problem.line());
    }

    @Test
    void aCsvThatIsNotUtf8IsUnreadableAtTheLineOfTheFirstBadByte() throws IOException {
        RowProblem problem = refusal(
                csv("name\nok\ncaf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1)), TabularFormat.CSV, DEFAULTS);
        assertEquals(Reason.UNREADABLE_FILE, problem.reason());
        assertEquals("UTF-8 CSV", problem.detail());
        assertEquals(3, problem.line());
    }

    @Test
    void aUtf16CsvIsUnreadable() throws IOException {
        byte[] text = "\uFEFFname\nvalue\n".getBytes(StandardCharsets.UTF_16LE);
        RowProblem problem = refusal(csv(text), TabularFormat.CSV, DEFAULTS);
        assertEquals(Reason.UNREADABLE_FILE, problem.reason());
        assertEquals(1, problem.line());
    }

    @Test
    void binaryJunkIsUnreadable() throws IOException {
        byte[] junk = new byte[64 * 1024];
        new Random(14).nextBytes(junk);
        assertEquals(
                Reason.UNREADABLE_FILE,
                refusal(csv(junk), TabularFormat.CSV, DEFAULTS).reason());
    }

    @Test
    void aUtf8ByteOrderMarkIsNotPartOfTheFirstColumnName() throws IOException {
        try (TabularReader reader = TabularReader.open(csv("\uFEFFname,title\na,b\n"), TabularFormat.CSV, DEFAULTS)) {
            assertEquals(List.of("name", "title"), reader.header());
            assertEquals(List.of("a", "b"), reader.next().cells());
            assertNull(reader.next());
        }
    }

    @Test
    void theQuoteAnExportPutsBeforeFormulaLikeTextIsTakenOffOtherQuotesStay() throws IOException {
        try (TabularReader reader =
                TabularReader.open(csv("a,b,c,d\n'=1+2,'-3,'quoted,'\n"), TabularFormat.CSV, DEFAULTS)) {
            reader.header();
            assertEquals(List.of("=1+2", "-3", "'quoted", "'"), reader.next().cells());
        }
    }
}
