package app.resonance.common.tabular;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes rows to CSV or to one XLSX sheet, streaming. Numbers stay numbers. Text never becomes a
 * formula: XLSX cells are text cells, and CSV text that a spreadsheet would run as a formula gets the
 * {@link FormulaGuard}'s quote.
 */
public abstract sealed class TabularWriter implements Closeable {

    public static TabularWriter create(OutputStream out, TabularFormat format, String sheetName) throws IOException {
        return switch (format) {
            case CSV -> new Csv(out);
            case XLSX -> new Xlsx(out, sheetName);
        };
    }

    /** One row; cells are String, Number or null. */
    public abstract void row(List<?> cells) throws IOException;

    private static final class Csv extends TabularWriter {
        private final CSVPrinter printer;

        Csv(OutputStream out) throws IOException {
            this.printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.DEFAULT);
        }

        @Override
        public void row(List<?> cells) throws IOException {
            for (Object cell : cells) {
                printer.print(cell == null || cell instanceof Number ? cell : FormulaGuard.guard(cell.toString()));
            }
            printer.println();
        }

        @Override
        public void close() throws IOException {
            printer.close(true);
        }
    }

    private static final class Xlsx extends TabularWriter {
        private final Workbook workbook;
        private final Worksheet sheet;
        private int rowIndex;

        Xlsx(OutputStream out, String sheetName) {
            this.workbook = new Workbook(out, "Resonance", "1.0");
            this.sheet = workbook.newWorksheet(sheetName);
        }

        @Override
        public void row(List<?> cells) throws IOException {
            for (int column = 0; column < cells.size(); column++) {
                Object cell = cells.get(column);
                if (cell instanceof Number number) {
                    sheet.value(rowIndex, column, number);
                } else if (cell != null) {
                    sheet.value(rowIndex, column, cell.toString());
                }
                if (rowIndex == 0) {
                    sheet.style(0, column).bold().set();
                }
            }
            // Let fastexcel write finished rows out instead of holding the whole sheet.
            if (++rowIndex % 10_000 == 0) {
                sheet.flush();
            }
        }

        @Override
        public void close() throws IOException {
            workbook.finish();
        }
    }
}
