package app.resonance.common.tabular;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.WithDefault;
import java.util.NoSuchElementException;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * How big a spreadsheet file may be, so that a small upload cannot hold a worker or the heap for
 * minutes. The defaults let a million-row CSV of publications (about 300 MB) through; the README's
 * "Limits" lists them for third parties.
 */
@ConfigMapping(prefix = "resonance.files")
public interface FileLimits {

    /** Data rows of one file: a million publications, the biggest import we support, and room to spare. */
    @WithDefault("2000000")
    long maxRows();

    /** Columns of one row. A publication file has 8 plus 3 per segment; 1,024 is 338 segments. */
    @WithDefault("1024")
    int maxColumns();

    /** Characters of one cell: Excel's own limit. */
    @WithDefault("32767")
    int maxCellLength();

    /** Characters of one CSV record (a line, or several when a quoted cell holds line breaks). */
    @WithDefault("1048576")
    int maxRecordLength();

    /**
     * Bytes the parts of an XLSX file unpack to, all together. fastexcel keeps the shared strings in
     * memory, so this bounds the heap an XLSX file can take; bigger imports go as CSV, which streams.
     */
    @WithDefault("268435456")
    long maxInflatedSize();

    /**
     * How many times its packed size a part of an XLSX file may unpack to, once it is past 1 MiB.
     * Spreadsheets pack about 5 to 30 times; a zip bomb about 1,000 times.
     */
    @WithDefault("100")
    int maxCompressionRatio();

    /**
     * The application's limits. Outside the application (plain unit tests) Quarkus has not registered
     * the mapping, and the defaults apply.
     */
    static FileLimits current() {
        try {
            return ConfigProvider.getConfig().unwrap(SmallRyeConfig.class).getConfigMapping(FileLimits.class);
        } catch (NoSuchElementException notInTheApplication) {
            return new SmallRyeConfigBuilder()
                    .withMapping(FileLimits.class)
                    .build()
                    .getConfigMapping(FileLimits.class);
        }
    }
}
