package app.resonance.common.tabular;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/**
 * Reads a CSV file or the first sheet of an XLSX file row by row, as text cells with the line
 * (CSV) or row number (XLSX) a user sees in their editor. Streams: memory stays flat for big files.
 */
public final class TabularReader implements Closeable {

    /** A data row: its line number in the file and its cells as text ("" when empty). */
    public record TabularRow(long line, List<String> cells) {

        public String cell(int index) {
            return index >= 0 && index < cells.size() ? cells.get(index) : "";
        }
    }

    private static final Pattern DATE_FORMAT = Pattern.compile("[ydhs]|m{1,2}(?![a-z])", Pattern.CASE_INSENSITIVE);

    private final Closeable source;
    private final Iterator<TabularRow> rows;
    private final List<String> header;

    private TabularReader(Closeable source, Iterator<TabularRow> rows) {
        this.source = source;
        this.rows = rows;
        this.header = rows.hasNext() ? rows.next().cells().stream().map(String::strip).toList() : List.of();
    }

    public static TabularReader open(Path file, TabularFormat format) throws IOException {
        return switch (format) {
            case CSV -> csv(file);
            case XLSX -> xlsx(file);
        };
    }

    /** The first row: the column names. */
    public List<String> header() {
        return header;
    }

    /** The next non-empty data row, or null at the end. */
    public TabularRow next() {
        while (rows.hasNext()) {
            TabularRow row = rows.next();
            if (row.cells().stream().anyMatch(cell -> !cell.isBlank())) {
                return row;
            }
        }
        return null;
    }

    @Override
    public void close() throws IOException {
        source.close();
    }

    private static TabularReader csv(Path file) throws IOException {
        Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        // A byte-order mark from spreadsheet programs would otherwise stick to the first column name.
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        CSVParser parser = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(false).get().parse(reader);
        Iterator<CSVRecord> records = parser.iterator();
        Iterator<TabularRow> rows = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return records.hasNext();
            }

            @Override
            public TabularRow next() {
                CSVRecord record = records.next();
                List<String> cells = new ArrayList<>(record.size());
                record.forEach(cells::add);
                return new TabularRow(record.getParser().getCurrentLineNumber(), cells);
            }
        };
        return new TabularReader(parser, rows);
    }

    private static TabularReader xlsx(Path file) throws IOException {
        // Cell formats tell a date from a number: Excel stores both as numbers.
        ReadableWorkbook workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false));
        Stream<Row> stream = workbook.getFirstSheet().openStream();
        Iterator<TabularRow> rows = stream.map(row -> {
            List<String> cells = new ArrayList<>(row.getCellCount());
            for (int i = 0; i < row.getCellCount(); i++) {
                cells.add(text(row.getCell(i)));
            }
            return new TabularRow(row.getRowNum(), cells);
        }).iterator();
        return new TabularReader(() -> {
            stream.close();
            workbook.close();
        }, rows);
    }

    /** A cell as the text a CSV would hold: dates as ISO-8601 (UTC), numbers in plain notation. */
    private static String text(Cell cell) {
        if (cell == null || cell.getValue() == null) {
            return "";
        }
        try {
            return switch (cell.getType()) {
                case NUMBER -> isDate(cell) ? cell.asDate().atOffset(ZoneOffset.UTC).toString()
                        : ((BigDecimal) cell.getValue()).stripTrailingZeros().toPlainString();
                default -> cell.getText();
            };
        } catch (RuntimeException e) {
            throw new UncheckedIOException(new IOException("unreadable cell " + cell.getAddress(), e));
        }
    }

    private static boolean isDate(Cell cell) {
        String format = cell.getDataFormatString();
        return format != null && !format.equalsIgnoreCase("General")
                && DATE_FORMAT.matcher(format.replaceAll("\"[^\"]*\"|\\[[^]]*]", "")).find();
    }
}
