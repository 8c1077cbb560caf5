package app.resonance.common.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dhatim.fastexcel.reader.ReadableWorkbook;

/** The spreadsheet formats teams import and export. */
public enum TabularFormat {
    CSV("text/csv; charset=utf-8", "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    public final String contentType;
    public final String extension;

    TabularFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    /** XLSX when the file is an Office Open XML zip, CSV otherwise. */
    public static TabularFormat detect(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return ReadableWorkbook.isOOXMLZipHeader(in.readNBytes(8)) ? XLSX : CSV;
        }
    }
}
