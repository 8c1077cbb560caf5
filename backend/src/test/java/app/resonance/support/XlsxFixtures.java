package app.resonance.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.dhatim.fastexcel.Workbook;

/**
 * Small, deterministic XLSX files that abuse a reader, made at test time: a real workbook written by
 * fastexcel whose sheet part is swapped for the XML under test, and ZIP directories that lie.
 */
public final class XlsxFixtures {

    public static final String SHEET = "xl/worksheets/sheet1.xml";

    /** Writes the body of a sheet part (between the worksheet's start and end tags). */
    @FunctionalInterface
    public interface SheetBody {
        void writeTo(OutputStream out) throws IOException;
    }

    private XlsxFixtures() {}

    /** A workbook whose first sheet holds one inline-text cell at {@code reference}, e.g. ZZZZZZ1 (about 3 KB). */
    public static Path cellAt(String reference) {
        return withSheet(out -> out.write(("<sheetData><row r=\"1\"><c r=\"" + reference
                        + "\" t=\"inlineStr\"><is><t>far away</t></is></c></row></sheetData>")
                .getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * A workbook whose sheet has {@code megabytes} MiB of blanks before its one cell, which deflate about
     * 1,000 times: a zip bomb that is still valid XML.
     */
    public static Path packedBlanks(int megabytes) {
        byte[] blanks = " ".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
        return withSheet(out -> {
            out.write("<sheetData>".getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < megabytes; i++) {
                out.write(blanks);
            }
            out.write("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>name</t></is></c></row></sheetData>"
                    .getBytes(StandardCharsets.UTF_8));
        });
    }

    /** A workbook whose first sheet is {@code body} inside a worksheet element. */
    public static Path withSheet(SheetBody body) {
        try {
            ByteArrayOutputStream original = new ByteArrayOutputStream();
            Workbook workbook = new Workbook(original, "test", "1.0");
            workbook.newWorksheet("Data").value(0, 0, "name");
            workbook.finish();
            Path file = Files.createTempFile("fixture", ".xlsx");
            try (ZipFile in = ZipFile.builder()
                            .setByteArray(original.toByteArray())
                            .get();
                    ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
                for (ZipArchiveEntry entry : Collections.list(in.getEntries())) {
                    out.putNextEntry(new ZipEntry(entry.getName()));
                    if (entry.getName().equals(SHEET)) {
                        out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\""
                                        + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\">")
                                .getBytes(StandardCharsets.UTF_8));
                        body.writeTo(out);
                        out.write("</worksheet>".getBytes(StandardCharsets.UTF_8));
                    } else {
                        in.getInputStream(entry).transferTo(out);
                    }
                    out.closeEntry();
                }
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file with its ZIP directory claiming that {@code entry} unpacks to {@code declared} bytes. */
    public static Path declaring(Path xlsx, String entry, long declared) {
        try {
            byte[] bytes = Files.readAllBytes(xlsx);
            ByteBuffer zip = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
            boolean found = false;
            for (int at = 0; at + 46 < bytes.length; at++) {
                if (zip.getInt(at) == 0x02014b50) { // a central directory record
                    int nameLength = Short.toUnsignedInt(zip.getShort(at + 28));
                    if (new String(bytes, at + 46, nameLength, StandardCharsets.UTF_8).equals(entry)) {
                        zip.putInt(at + 24, (int) declared);
                        found = true;
                    }
                }
            }
            if (!found) {
                throw new IllegalArgumentException("no entry " + entry);
            }
            Path file = Files.createTempFile("lying", ".xlsx");
            Files.write(file, bytes);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
