package app.resonance.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntFunction;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a big workspace as the CSV files the import reads: segments, channels, brands, channel
 * weights and publications with exactly three assessments each. Same options and seed, same files;
 * publications are written as they are made, in time order, so memory stays flat for any count.
 *
 * <pre>
 * java -jar bench/target/resonance-bench.jar --publications 1000000 --out /tmp/bench-1m
 * </pre>
 */
public final class GenerateWorkspace {

    static final String[] PUBLICATION_HEADER = {
        "external_id",
        "published_at",
        "brand",
        "channel",
        "title",
        "url",
        "author",
        "weight",
        "segment_1",
        "impact_1",
        "sentiment_1",
        "segment_2",
        "impact_2",
        "sentiment_2",
        "segment_3",
        "impact_3",
        "sentiment_3"
    };

    private static final String[] SENTIMENTS = {"POSITIVE", "NEUTRAL", "NEGATIVE"};
    private static final String[] PRODUCT_WORDS = {
        "Data Cloud", "Lakehouse", "Stream", "Catalog", "AI Studio", "Edge", "Warehouse", "Insight"
    };
    // Some titles carry commas and quotes on purpose: the files must survive a real CSV parser.
    /** Title = part 0 + brand + part 1 + product + part 2. */
    private static final String[][] TITLES = {
        {"", " launches ", ""}, {"", " updates ", " with vector search"},
        {"Hands-on with ", ": ", " in practice"}, {"Benchmark: ", "'s ", " against the field, again"},
        {"Analysts: \"", " is ahead\", but ", " lags"}, {"", " raises prices: ", " up 12%, customers angry"},
        {"Outage at ", " takes ", " offline for hours"}, {"", " wins a bank, a retailer and an airline for ", ""},
        {"What ", "'s ", " really costs"}, {"Inside ", "'s plans for ", ""}
    };

    private static final String[] AUTHORS = {
        "Anna Kowalska",
        "James Whitfield",
        "Priya Raman",
        "Lukas Brandt",
        "Sofia Marchetti",
        "Daniel Okafor",
        "Hannah Lindqvist",
        "Marco Ferreira",
        "Emily Chen",
        "Tomás Novak",
        "Aisha Rahman",
        "Oliver Grant",
        "Mei Tanaka",
        "Pierre Dubois",
        "Grace Mwangi",
        "Viktor Petrov"
    };

    private final Options options;
    private final SplittableRandom random;

    GenerateWorkspace(Options options) {
        this.options = options;
        this.random = new SplittableRandom(options.seed());
    }

    public static void main(String[] args) throws IOException {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(Options.USAGE);
            System.exit(2);
            return;
        }
        long started = System.nanoTime();
        new GenerateWorkspace(options).write();
        System.out.printf(
                "Wrote %,d publications, %d segments, %d channels, %d brands to %s in %.1f s%n",
                options.publications(),
                options.segments(),
                options.channels(),
                options.brands(),
                options.out().toAbsolutePath(),
                (System.nanoTime() - started) / 1e9);
    }

    void write() throws IOException {
        Files.createDirectories(options.out());
        try (CSVPrinter csv =
                printer("segments.csv", "name", "immersion", "reaction_weight", "profile", "significance")) {
            for (int i = 0; i < options.segments(); i++) {
                String name = WorkspaceCast.segmentName(i);
                csv.printRecord(
                        name,
                        WorkspaceCast.IMMERSIONS.get(i % 3),
                        thousandths(random.nextInt(1001)),
                        "Benchmark audience: " + name,
                        "Weighs " + (i % 3 == 0 ? "heavily" : "moderately") + " in the media balance.");
            }
        }
        try (CSVPrinter csv = printer("channels.csv", "name", "type", "url", "publisher")) {
            for (int i = 0; i < options.channels(); i++) {
                String name = WorkspaceCast.channelName(i);
                csv.printRecord(
                        name, WorkspaceCast.channelType(i), WorkspaceCast.channelUrl(name), WorkspaceCast.publisher(i));
            }
        }
        try (CSVPrinter csv = printer("brands.csv", "name", "kind")) {
            for (int i = 0; i < options.brands(); i++) {
                csv.printRecord(WorkspaceCast.brandName(i), WorkspaceCast.brandKind(i));
            }
        }
        // About 70 % of the segment × channel pairs have a weight; a missing pair means 0.
        try (CSVPrinter csv = printer("weights.csv", "segment", "channel", "weight")) {
            for (int s = 0; s < options.segments(); s++) {
                for (int c = 0; c < options.channels(); c++) {
                    if (random.nextInt(10) < 7) {
                        csv.printRecord(
                                WorkspaceCast.segmentName(s),
                                WorkspaceCast.channelName(c),
                                thousandths(1 + random.nextInt(1000)));
                    }
                }
            }
        }
        writePublications();
    }

    private void writePublications() throws IOException {
        String[] segments = names(options.segments(), WorkspaceCast::segmentName);
        String[] channels = names(options.channels(), WorkspaceCast::channelName);
        String[] channelUrls = new String[channels.length];
        for (int i = 0; i < channels.length; i++) {
            channelUrls[i] = WorkspaceCast.channelUrl(channels[i]);
        }
        String[] brands = names(options.brands(), WorkspaceCast::brandName);
        // "Contoso Cloud" sells "Contoso Edge", "Contoso Lakehouse", …
        String[] productLines = new String[brands.length];
        for (int i = 0; i < brands.length; i++) {
            productLines[i] = brands[i].split(" ")[0] + " ";
        }
        long end = options.end().atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        long start = options.end()
                .minusMonths(options.months())
                .atStartOfDay(ZoneOffset.UTC)
                .toEpochSecond();
        long n = options.publications();
        int idWidth = Math.max(7, Long.toString(n).length());

        try (CSVPrinter csv = printer("publications.csv", PUBLICATION_HEADER)) {
            Object[] row = new Object[PUBLICATION_HEADER.length];
            for (long i = 0; i < n; i++) {
                // Evenly spread over the period, in time order, with jitter inside each slot.
                long at = start + (long) ((i + random.nextDouble()) * (end - start) / n);
                // The client publishes about 30 %; popular channels (low numbers) far more than others.
                int brand = brands.length == 1 || random.nextInt(10) < 3 ? 0 : 1 + random.nextInt(brands.length - 1);
                double u = random.nextDouble();
                int channel = (int) (u * u * channels.length);
                String product = productLines[brand] + PRODUCT_WORDS[random.nextInt(PRODUCT_WORDS.length)];
                String[] title = TITLES[random.nextInt(TITLES.length)];
                String id = externalId(i + 1, idWidth);

                row[0] = id;
                row[1] = Instant.ofEpochSecond(Math.min(at, end - 1)).toString();
                row[2] = brands[brand];
                row[3] = channels[channel];
                row[4] = title[0] + brands[brand] + title[1] + product + title[2];
                row[5] = channelUrls[channel] + "/p/" + id;
                row[6] = random.nextInt(10) == 0 ? null : AUTHORS[random.nextInt(AUTHORS.length)];
                row[7] = thousandths(random.nextInt(1001));
                int first = random.nextInt(segments.length);
                int second = other(segments.length, first, -1);
                int third = other(segments.length, first, second);
                assessment(row, 8, segments[first]);
                assessment(row, 11, segments[second]);
                assessment(row, 14, segments[third]);
                csv.printRecord(row);
            }
        }
    }

    private void assessment(Object[] row, int at, String segment) {
        row[at] = segment;
        row[at + 1] = thousandths(random.nextInt(1001));
        // A third more neutral than the others, as in real media monitoring.
        int roll = random.nextInt(10);
        row[at + 2] = SENTIMENTS[roll < 3 ? 0 : roll < 7 ? 1 : 2];
    }

    /** A segment index different from the given ones (-1: none). */
    private int other(int count, int a, int b) {
        int pick;
        do {
            pick = random.nextInt(count);
        } while (pick == a || pick == b);
        return pick;
    }

    private CSVPrinter printer(String file, String... header) throws IOException {
        Writer writer = new BufferedWriter(
                new OutputStreamWriter(Files.newOutputStream(options.out().resolve(file)), StandardCharsets.UTF_8),
                1 << 16);
        return new CSVPrinter(
                writer, CSVFormat.RFC4180.builder().setHeader(header).get());
    }

    private static String[] names(int count, IntFunction<String> name) {
        String[] names = new String[count];
        for (int i = 0; i < count; i++) {
            names[i] = name.apply(i);
        }
        return names;
    }

    /** 0…1000 as 0.000…1.000: at most three decimals, without the cost of formatting a double. */
    static String thousandths(int value) {
        if (value >= 1000) {
            return "1.000";
        }
        char[] text = {'0', '.', (char) ('0' + value / 100), (char) ('0' + value / 10 % 10), (char) ('0' + value % 10)};
        return new String(text);
    }

    private static String externalId(long number, int width) {
        String digits = Long.toString(number);
        return "bench-" + "0".repeat(width - digits.length()) + digits;
    }

    record Options(
            long publications, int segments, int channels, int brands, int months, Path out, long seed, LocalDate end) {

        static final String USAGE = """
                Usage: GenerateWorkspace [--publications N] [--segments S] [--channels C] [--brands B] [--months M]
                                         [--out DIR] [--seed SEED] [--end YYYY-MM-DD]
                  defaults: 1000000 publications, 30 segments, 200 channels, 4 brands (1 client), 12 months
                            before --end (today, UTC), out ./bench-workspace, seed 42""";

        static Options parse(String[] args) {
            CommandLine line = new CommandLine(
                    args,
                    "Writes the CSV files of a benchmark workspace.",
                    List.of(
                            "--publications",
                            "--segments",
                            "--channels",
                            "--brands",
                            "--months",
                            "--out",
                            "--seed",
                            "--end"));
            long publications = line.number("--publications", 1_000_000);
            int segments = line.integer("--segments", 30);
            int channels = line.integer("--channels", 200);
            int brands = line.integer("--brands", 4);
            int months = line.integer("--months", 12);
            CommandLine.require(publications >= 0, "--publications must be 0 or more");
            // Three distinct segments per publication.
            CommandLine.require(segments >= 3, "--segments must be at least 3");
            CommandLine.require(channels >= 1, "--channels must be at least 1");
            CommandLine.require(brands >= 1, "--brands must be at least 1 (the client)");
            CommandLine.require(months >= 1, "--months must be at least 1");
            return new Options(
                    publications,
                    segments,
                    channels,
                    brands,
                    months,
                    line.path("--out", Path.of("bench-workspace")),
                    line.number("--seed", 42),
                    line.date("--end", LocalDate.now(ZoneOffset.UTC)));
        }
    }
}
