package app.resonance.common.tabular;

import app.resonance.common.tabular.RowProblem.Reason;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.function.LongSupplier;
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
 * Keeps to the {@link FileLimits}: a file beyond them, or one that is not what it claims to be,
 * stops the reading with {@link FileRefused}. The file is opened at the first row asked for, so
 * that whoever reads the rows meets every such problem where it reads them.
 */
public final class TabularReader implements Closeable {

    /** A data row: its line number in the file and its cells as text ("" when empty). */
    public record TabularRow(long line, List<String> cells) {

        public String cell(int index) {
            return index >= 0 && index < cells.size() ? cells.get(index) : "";
        }
    }

    /** The rows of one format as they are in the file; null at the end. */
    private interface Rows extends Closeable {
        TabularRow next();
    }

    private static final Pattern DATE_FORMAT = Pattern.compile("[ydhs]|m{1,2}(?![a-z])", Pattern.CASE_INSENSITIVE);

    private final Rows rows;
    private final FileLimits limits;
    private List<String> header;
    private long rowsAfterHeader;

    private TabularReader(Rows rows, FileLimits limits) {
        this.rows = rows;
        this.limits = limits;
    }

    public static TabularReader open(Path file, TabularFormat format) {
        return open(file, format, FileLimits.current());
    }

    public static TabularReader open(Path file, TabularFormat format, FileLimits limits) {
        return new TabularReader(
                switch (format) {
                    case CSV -> new CsvRows(file, limits);
                    case XLSX -> new XlsxRows(file, limits);
                },
                limits);
    }

    /**
     * Rows already in memory, as a file of them would read (the header is line 1): for data a program
     * makes, such as the demo's, to go through the same imports as a user's file.
     */
    public static TabularReader of(List<String> header, List<List<String>> rows) {
        Iterator<List<String>> lines =
                Stream.concat(Stream.of(header), rows.stream()).iterator();
        return new TabularReader(
                new Rows() {
                    private long line;

                    @Override
                    public TabularRow next() {
                        return lines.hasNext() ? new TabularRow(++line, lines.next()) : null;
                    }

                    @Override
                    public void close() {}
                },
                FileLimits.current());
    }

    /** The first row: the column names. */
    public List<String> header() {
        if (header == null) {
            TabularRow first = read();
            header = first == null
                    ? List.of()
                    : first.cells().stream().map(String::strip).toList();
        }
        return header;
    }

    /** The next non-empty data row, or null at the end. */
    public TabularRow next() {
        header();
        for (TabularRow row = read(); row != null; row = read()) {
            // Empty rows count too: they cost as much to read.
            if (++rowsAfterHeader > limits.maxRows()) {
                throw new FileRefused(row.line(), null, Reason.TOO_MANY_ROWS, null, String.valueOf(limits.maxRows()));
            }
            if (row.cells().stream().anyMatch(cell -> !cell.isBlank())) {
                return row;
            }
        }
        return null;
    }

    @Override
    public void close() throws IOException {
        rows.close();
    }

    /** The next row of the file within the limits, without the quote an export put before formula-like text. */
    private TabularRow read() {
        TabularRow row = rows.next();
        if (row == null) {
            return null;
        }
        if (row.cells().size() > limits.maxColumns()) {
            throw new FileRefused(
                    row.line(),
                    null,
                    Reason.TOO_MANY_COLUMNS,
                    "column " + (limits.maxColumns() + 1),
                    String.valueOf(limits.maxColumns()));
        }
        List<String> cells = new ArrayList<>(row.cells().size());
        for (String cell : row.cells()) {
            if (cell.length() > limits.maxCellLength()) {
                String column = header != null && cells.size() < header.size() ? header.get(cells.size()) : null;
                throw new FileRefused(
                        row.line(), column, Reason.CELL_TOO_LONG, null, String.valueOf(limits.maxCellLength()));
            }
            cells.add(FormulaGuard.unguard(cell));
        }
        return new TabularRow(row.line(), cells);
    }

    /**
     * UTF-8 text (a byte-order mark is skipped); anything else (a UTF-16 file, binary junk) is refused as
     * unreadable at its line.
     */
    private static final class CsvRows implements Rows {
        private final Path file;
        private final FileLimits limits;
        private CSVParser parser;
        private Iterator<CSVRecord> records;
        private RecordLimit recordLimit;
        private long nextLine = 1;

        CsvRows(Path file, FileLimits limits) {
            this.file = file;
            this.limits = limits;
        }

        @Override
        public TabularRow next() {
            try {
                if (parser == null) {
                    open();
                }
                if (!records.hasNext()) {
                    return null;
                }
                CSVRecord record = records.next();
                recordLimit.recordEnded();
                nextLine = parser.getCurrentLineNumber() + 1;
                return new TabularRow(parser.getCurrentLineNumber(), record.toList());
            } catch (IOException | UncheckedIOException e) {
                throw FileRefused.unreadable(nextLine, notUtf8(e) ? "UTF-8 CSV" : "CSV", e);
            }
        }

        private void open() throws IOException {
            BufferedReader text = new BufferedReader(new Utf8Reader(Files.newInputStream(file)));
            // A byte-order mark from spreadsheet programs would otherwise stick to the first column name.
            text.mark(1);
            if (text.read() != '\uFEFF') {
                text.reset();
            }
            recordLimit = new RecordLimit(text, limits.maxRecordLength(), () -> nextLine);
            parser = CSVFormat.DEFAULT
                    .builder()
                    .setIgnoreSurroundingSpaces(false)
                    .get()
                    .parse(recordLimit);
            records = parser.iterator();
        }

        private static boolean notUtf8(Throwable e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof CharacterCodingException) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public void close() throws IOException {
            if (parser != null) {
                parser.close();
            }
        }
    }

    /**
     * Refuses a CSV record longer than the limit while the parser reads it, before it holds it all (an
     * unclosed quote would make the rest of the file one cell). Hands the parser small chunks, so
     * that what it reads ahead, and thus the error of the count, stays within 1,024 characters.
     */
    private static final class RecordLimit extends FilterReader {
        private static final int CHUNK = 1024;
        private final int limit;
        private final LongSupplier line;
        private long read;
        private long recordStart;

        RecordLimit(Reader in, int limit, LongSupplier line) {
            super(in);
            this.limit = limit;
            this.line = line;
        }

        void recordEnded() {
            recordStart = read;
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c >= 0) {
                count(1);
            }
            return c;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, Math.min(length, CHUNK));
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int chars) {
            read += chars;
            if (read - recordStart > limit) {
                throw new FileRefused(line.getAsLong(), null, Reason.RECORD_TOO_LONG, null, String.valueOf(limit));
            }
        }
    }

    /** The first sheet through fastexcel, each row checked by the {@link XlsxGuard} before fastexcel reads it. */
    private static final class XlsxRows implements Rows {
        private final Path file;
        private final FileLimits limits;
        private XlsxGuard guard;
        private ReadableWorkbook workbook;
        private Stream<Row> stream;
        private Spliterator<Row> rows;
        private long line;

        XlsxRows(Path file, FileLimits limits) {
            this.file = file;
            this.limits = limits;
        }

        @Override
        public TabularRow next() {
            if (guard == null) {
                open();
            }
            guard.beforeRow(line + 1);
            Row[] next = new Row[1];
            try {
                if (!rows.tryAdvance(row -> next[0] = row)) {
                    return null;
                }
                line = next[0].getRowNum();
                List<String> cells = new ArrayList<>(next[0].getCellCount());
                for (int i = 0; i < next[0].getCellCount(); i++) {
                    cells.add(text(next[0].getCell(i)));
                }
                return new TabularRow(line, cells);
            } catch (RuntimeException e) {
                throw FileRefused.unreadable(line + 1, "XLSX", e);
            }
        }

        private void open() {
            guard = XlsxGuard.open(file, limits);
            try {
                // Cell formats tell a date from a number: Excel stores both as numbers.
                workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false));
                stream = workbook.getFirstSheet().openStream();
                rows = stream.spliterator();
            } catch (IOException | RuntimeException e) {
                throw FileRefused.unreadable(1, "XLSX", e);
            }
        }

        @Override
        @SuppressWarnings("try") // the resources are there to be closed, in order, whatever fails
        public void close() throws IOException {
            try (Closeable g = guard;
                    Closeable w = workbook) {
                if (stream != null) {
                    stream.close();
                }
            }
        }
    }

    /** A cell as the text a CSV would hold: dates as ISO-8601 (UTC), numbers in plain notation. */
    private static String text(Cell cell) {
        if (cell == null || cell.getValue() == null) {
            return "";
        }
        return switch (cell.getType()) {
            case NUMBER ->
                isDate(cell)
                        ? cell.asDate().atOffset(ZoneOffset.UTC).toString()
                        : ((BigDecimal) cell.getValue()).stripTrailingZeros().toPlainString();
            default -> cell.getText();
        };
    }

    private static boolean isDate(Cell cell) {
        String format = cell.getDataFormatString();
        return format != null
                && !format.equalsIgnoreCase("General")
                && DATE_FORMAT
                        .matcher(format.replaceAll("\"[^\"]*\"|\\[[^]]*]", ""))
                        .find();
    }
}
