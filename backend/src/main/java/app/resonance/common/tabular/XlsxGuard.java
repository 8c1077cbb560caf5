package app.resonance.common.tabular;

import app.resonance.common.tabular.RowProblem.Reason;
import com.fasterxml.aalto.stax.InputFactoryImpl;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.function.Predicate;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.InputStreamStatistics;

/**
 * Keeps fastexcel from reading an XLSX file that would hold a worker or the heap for minutes.
 * fastexcel offers no hook into its streams, and it sizes a row by its cells' column letters
 * (RowSpliterator.ensureSize: a single cell at ZZZZZZ1 allocates 321 million slots). So the guard
 * reads the same parts first, with the same ZIP (commons-compress) and XML (Aalto) readers, through a
 * stream that counts what they unpack: the ZIP's declared sizes are checked first, then every part
 * except the first sheet is read whole, and the first sheet is read one row ahead of fastexcel
 * ({@link #beforeRow}), so that a preview of a big sheet still reads only its first rows. Whichever
 * part fastexcel reads as its sheet has then been read up to where fastexcel reads, and every cell
 * reference in it checked against the column limit.
 */
final class XlsxGuard implements Closeable {

    /** Parts smaller than this unpacked are harmless, however tightly they are packed. */
    private static final long RATIO_FLOOR = 1L << 20;

    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String WORKBOOK_TYPE =
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    private static final String MACRO_WORKBOOK_TYPE = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";

    private final FileLimits limits;
    private final ZipFile zip;
    private final XMLInputFactory xml = new InputFactoryImpl();
    /** Bytes unpacked so far, all parts together. */
    private long inflated;
    /** The first sheet, read a row ahead of fastexcel; null when the workbook names none. */
    private CellScan firstSheet;

    private XlsxGuard(Path file, FileLimits limits) throws IOException {
        this.limits = limits;
        this.zip = ZipFile.builder().setPath(file).get();
        // As fastexcel sets it: no DTD, so no entity expansion and no external entities.
        xml.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        xml.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    /** Checks the whole file but the first sheet's rows; refuses it with {@link FileRefused}. */
    static XlsxGuard open(Path file, FileLimits limits) {
        XlsxGuard guard = null;
        try {
            guard = new XlsxGuard(file, limits);
            guard.checkDeclaredSizes();
            ZipArchiveEntry sheet = guard.firstSheetEntry();
            for (ZipArchiveEntry entry : Collections.list(guard.zip.getEntries())) {
                if (entry != sheet) {
                    try (CellScan scan = guard.scan(entry)) {
                        scan.toEnd();
                    }
                }
            }
            guard.firstSheet = sheet == null ? null : guard.scan(sheet);
            return guard;
        } catch (IOException | XMLStreamException | RuntimeException e) {
            closeQuietly(guard, e);
            throw e instanceof FileRefused refused ? refused : FileRefused.unreadable(1, "XLSX", e);
        }
    }

    /** Reads the first sheet up to the end of the row fastexcel reads next; {@code line}: that row's, for problems. */
    void beforeRow(long line) {
        if (firstSheet != null) {
            try {
                firstSheet.nextRow(line);
            } catch (XMLStreamException e) {
                throw FileRefused.unreadable(line, "XLSX", e);
            }
        }
    }

    @Override
    public void close() throws IOException {
        try (zip) {
            if (firstSheet != null) {
                firstSheet.close();
            }
        }
    }

    private void checkDeclaredSizes() {
        long total = 0;
        for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
            long size = entry.getSize();
            if (size < 0) {
                continue; // unknown until read: the counting stream checks it
            }
            total += size;
            if (size > limits.maxInflatedSize() || total > limits.maxInflatedSize()) {
                throw tooBig();
            }
            if (tooPacked(size, entry.getCompressedSize())) {
                throw tooPacked(entry.getName());
            }
        }
    }

    private boolean tooPacked(long unpacked, long packed) {
        return unpacked > RATIO_FLOOR && unpacked > packed * limits.maxCompressionRatio();
    }

    private FileRefused tooBig() {
        return new FileRefused(1, null, Reason.FILE_TOO_BIG_INFLATED, null, String.valueOf(limits.maxInflatedSize()));
    }

    private FileRefused tooPacked(String part) {
        return new FileRefused(
                1, null, Reason.SUSPICIOUS_COMPRESSION, part, String.valueOf(limits.maxCompressionRatio()));
    }

    /**
     * The part fastexcel reads as the first sheet, found as fastexcel finds it: the workbook part named
     * in [Content_Types].xml, its first sheet's relationship id, that relationship's target.
     */
    private ZipArchiveEntry firstSheetEntry() throws IOException, XMLStreamException {
        String workbook = firstAttribute(
                "[Content_Types].xml",
                "Override",
                null,
                "PartName",
                r -> WORKBOOK_TYPE.equals(r.getAttributeValue(null, "ContentType"))
                        || MACRO_WORKBOOK_TYPE.equals(r.getAttributeValue(null, "ContentType")));
        if (workbook == null) {
            workbook = "/xl/workbook.xml";
        }
        String rels = workbook.replaceFirst("^(.*/)([^/]+)$", "$1_rels/$2.rels");
        String sheetId = firstAttribute(workbook, "sheet", RELATIONSHIPS, "id", r -> true);
        String target = sheetId == null
                ? null
                : firstAttribute(
                        rels, "Relationship", null, "Target", r -> sheetId.equals(r.getAttributeValue(null, "Id")));
        if (target == null) {
            return null;
        }
        return entry(target.startsWith("/") ? target : rels.substring(0, rels.indexOf("_rel")) + target);
    }

    /** The attribute of the first element of that name the test accepts, in a part read through the counting stream. */
    private String firstAttribute(
            String part, String element, String namespace, String attribute, Predicate<XMLStreamReader> test)
            throws IOException, XMLStreamException {
        ZipArchiveEntry entry = entry(part);
        if (entry == null) {
            return null;
        }
        try (InputStream in = counted(entry)) {
            XMLStreamReader r = xml.createXMLStreamReader(in);
            try {
                while (r.hasNext()) {
                    if (r.next() == XMLStreamConstants.START_ELEMENT
                            && element.equals(r.getLocalName())
                            && test.test(r)) {
                        return r.getAttributeValue(namespace, attribute);
                    }
                }
                return null;
            } finally {
                r.close();
            }
        }
    }

    /** The entry of that name, case-insensitive after an exact miss (as fastexcel looks it up). */
    private ZipArchiveEntry entry(String name) {
        String path = name.startsWith("/") ? name.substring(1) : name;
        ZipArchiveEntry exact = zip.getEntry(path);
        return exact != null
                ? exact
                : Collections.list(zip.getEntries()).stream()
                        .filter(e -> e.getName().equalsIgnoreCase(path))
                        .findFirst()
                        .orElse(null);
    }

    private CellScan scan(ZipArchiveEntry entry) throws IOException {
        return new CellScan(counted(entry), entry.getName());
    }

    private InputStream counted(ZipArchiveEntry entry) throws IOException {
        return new Counted(zip.getInputStream(entry), entry.getName());
    }

    private static void closeQuietly(XlsxGuard guard, Exception failure) {
        if (guard != null) {
            try {
                guard.close();
            } catch (IOException e) {
                failure.addSuppressed(e);
            }
        }
    }

    /** Counts the bytes a part unpacks to, refusing the file past the size or ratio limit. */
    private final class Counted extends FilterInputStream {
        private final String part;

        Counted(InputStream in, String part) {
            super(in);
            this.part = part;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                unpacked(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                unpacked(n);
            }
            return n;
        }

        private void unpacked(int bytes) {
            inflated += bytes;
            if (inflated > limits.maxInflatedSize()) {
                throw tooBig();
            }
            // The actual counts, not the declared ones: a ZIP's directory can say anything.
            if (in instanceof InputStreamStatistics counts
                    && tooPacked(counts.getUncompressedCount(), counts.getCompressedCount())) {
                throw tooPacked(part);
            }
        }
    }

    /**
     * Reads a part as XML and checks every cell's column: its reference's letters (A = 0), or its
     * place in the row when it has none, as fastexcel places it. Parts that are not XML are only
     * unpacked (and counted): fastexcel's Aalto would stop at the same byte.
     */
    private final class CellScan implements Closeable {
        private final InputStream in;
        private final XMLStreamReader r;
        private int cellsInRow;
        private boolean ended;

        CellScan(InputStream in, String part) throws IOException {
            this.in = in;
            XMLStreamReader reader;
            try {
                reader = xml.createXMLStreamReader(in);
            } catch (XMLStreamException notXml) {
                reader = null;
                in.transferTo(OutputStream.nullOutputStream());
            }
            this.r = reader;
        }

        void toEnd() throws IOException {
            try {
                while (!ended) {
                    event(1);
                }
            } catch (XMLStreamException notXml) {
                in.transferTo(OutputStream.nullOutputStream());
            }
        }

        /** Past the next row's end, as fastexcel goes: to the next row (or the sheet's end), then to the row's end. */
        void nextRow(long line) throws XMLStreamException {
            boolean inRow = false;
            while (!ended) {
                int event = event(line);
                if (event == XMLStreamConstants.START_ELEMENT && "row".equals(r.getLocalName())) {
                    inRow = true;
                } else if (event == XMLStreamConstants.END_ELEMENT
                        && (inRow ? "row" : "sheetData").equals(r.getLocalName())) {
                    return;
                }
            }
        }

        private int event(long line) throws XMLStreamException {
            if (r == null || !r.hasNext()) {
                ended = true;
                return XMLStreamConstants.END_DOCUMENT;
            }
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if ("row".equals(r.getLocalName())) {
                    cellsInRow = 0;
                } else if ("c".equals(r.getLocalName())) {
                    String reference = r.getAttributeValue(null, "r");
                    long column = reference == null ? cellsInRow : column(reference);
                    cellsInRow++;
                    if (column >= limits.maxColumns()) {
                        throw new FileRefused(
                                line,
                                null,
                                Reason.TOO_MANY_COLUMNS,
                                reference == null ? "column " + (column + 1) : reference,
                                String.valueOf(limits.maxColumns()));
                    }
                }
            }
            return event;
        }

        /** The column of a reference like AB12 (A = 0); past Long's range it saturates. */
        private static long column(String reference) {
            long column = 0;
            for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
                int letter = Character.toUpperCase(reference.charAt(i)) - 'A' + 1;
                column = Math.min(Long.MAX_VALUE / 32, column * 26 + letter);
            }
            return column - 1;
        }

        @Override
        public void close() throws IOException {
            try (in) {
                if (r != null) {
                    r.close();
                }
            } catch (XMLStreamException e) {
                throw new IOException(e);
            }
        }
    }
}
