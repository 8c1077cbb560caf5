package app.resonance.common.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

/** Exports never hand a spreadsheet program a formula (CSV injection), and import again to the same values. */
class TabularWriterTest {

    /** Text a spreadsheet would run, per OWASP: = + - @ tab and carriage return at the start. */
    private static final List<Object> FORMULA_LIKE =
            List.of("=HYPERLINK(\"http://evil.example\",\"x\")", "+1+2", "-2+3", "@SUM(A1)", "\tx", "\rx");

    private static byte[] write(TabularFormat format, List<Object> row) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TabularWriter writer = TabularWriter.create(out, format, "Data")) {
            writer.row(List.of("a", "b", "c", "d", "e", "f", "g", "h", "i"));
            writer.row(row);
        }
        return out.toByteArray();
    }

    private static List<Object> row() {
        List<Object> row = new ArrayList<>(FORMULA_LIKE);
        row.addAll(List.of(-0.5, 3, "plain"));
        return row;
    }

    @Test
    void csvTextThatLooksLikeAFormulaGetsAQuoteNumbersStayNumbers() throws IOException {
        String csv = new String(write(TabularFormat.CSV, row()), StandardCharsets.UTF_8);
        CSVRecord record = CSVFormat.DEFAULT
                .parse(new java.io.StringReader(csv))
                .getRecords()
                .get(1);
        assertEquals(
                List.of(
                        "'=HYPERLINK(\"http://evil.example\",\"x\")",
                        "'+1+2",
                        "'-2+3",
                        "'@SUM(A1)",
                        "'\tx",
                        "'\rx",
                        "-0.5",
                        "3",
                        "plain"),
                record.toList());
    }

    @Test
    void xlsxTextThatLooksLikeAFormulaIsATextCellNeverAFormula() throws IOException {
        try (ReadableWorkbook workbook =
                new ReadableWorkbook(new ByteArrayInputStream(write(TabularFormat.XLSX, row())))) {
            Row row = workbook.getFirstSheet().read().get(1);
            for (int i = 0; i < FORMULA_LIKE.size(); i++) {
                Cell cell = row.getCell(i);
                assertEquals(CellType.STRING, cell.getType(), cell.getAddress().toString());
                assertNull(cell.getFormula());
                assertEquals(FORMULA_LIKE.get(i), cell.getText());
            }
            assertEquals(CellType.NUMBER, row.getCell(6).getType());
            assertEquals(-0.5, row.getCell(6).asNumber().doubleValue());
        }
    }

    @Test
    void anExportedCsvImportsToTheValuesThatWereExported() throws IOException {
        Path file = Files.createTempFile("export", ".csv");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(write(TabularFormat.CSV, row()));
        }
        try (TabularReader reader = TabularReader.open(file, TabularFormat.CSV, FileLimits.current())) {
            reader.header();
            assertEquals(
                    List.of(
                            "=HYPERLINK(\"http://evil.example\",\"x\")",
                            "+1+2",
                            "-2+3",
                            "@SUM(A1)",
                            "\tx",
                            "\rx",
                            "-0.5",
                            "3",
                            "plain"),
                    reader.next().cells());
        }
    }
}
