package app.resonance.publication;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

import app.resonance.common.tabular.RowProblem;
import app.resonance.common.tabular.TabularReader;
import app.resonance.common.tabular.TabularReader.TabularRow;
import app.resonance.publication.PublicationColumns.AssessmentColumns;

/**
 * Publications from a spreadsheet, all or nothing: {@link #check} reads the whole file and
 * reports every bad row; {@link #write} reads it again and stores it in one transaction. Brands,
 * channels and segments are referenced by name (case-insensitive); rows with an external id
 * replace the publication imported before under that id, so a re-import creates no duplicates.
 */
public final class PublicationImport {

    /** Rows per statement when writing. */
    static final int BATCH = 5_000;

    private final UUID workspaceId;
    private final PublicationColumns columns;
    private final Map<String, UUID> brands;
    private final Map<String, UUID> channels;
    private final Map<String, UUID> segments;
    private final PublicationRepository repository;
    private final OffsetDateTime latestAllowed = OffsetDateTime.now().plusDays(1);

    PublicationImport(UUID workspaceId, PublicationColumns columns, Map<String, UUID> brands,
            Map<String, UUID> channels, Map<String, UUID> segments, PublicationRepository repository) {
        this.workspaceId = workspaceId;
        this.columns = columns == null ? PublicationColumns.DEFAULT : columns;
        this.brands = brands;
        this.channels = channels;
        this.segments = segments;
        this.repository = repository;
    }

    public UUID workspaceId() {
        return workspaceId;
    }

    /** A publication row read from the file, with its assessments. */
    record ParsedRow(PublicationView publication, List<AssessmentView> assessments) {
    }

    /** Reads every row and reports each problem; answers the number of data rows. */
    public long check(TabularReader reader, Consumer<RowProblem> problems, LongConsumer rowsRead) {
        Layout layout = layout(reader.header(), problems);
        if (layout == null) {
            return 0;
        }
        Set<String> externalIds = new HashSet<>();
        long rows = 0;
        for (TabularRow row = reader.next(); row != null; row = reader.next()) {
            parse(layout, row, problems);
            String externalId = row.cell(layout.externalId).strip();
            if (!externalId.isEmpty() && !externalIds.add(externalId)) {
                problems.accept(new RowProblem(row.line(), layout.name(layout.externalId),
                        "external id " + externalId + " appears twice in the file"));
            }
            rowsRead.accept(++rows);
        }
        return rows;
    }

    /** Stores every row of a file {@link #check} found clean, in one transaction. */
    public void write(TabularReader reader, LongConsumer rowsWritten) throws IOException {
        Layout layout = layout(reader.header(), problem -> {
            throw new IllegalStateException("the file changed after it was checked: " + problem.message());
        });
        repository.inTransaction(batches -> {
            List<ParsedRow> batch = new ArrayList<>(BATCH);
            long written = 0;
            for (TabularRow row = reader.next(); row != null; row = reader.next()) {
                batch.add(parse(layout, row, problem -> {
                    throw new IllegalStateException("the file changed after it was checked: " + problem.message());
                }));
                if (batch.size() == BATCH) {
                    batches.accept(batch);
                    rowsWritten.accept(written += batch.size());
                    batch = new ArrayList<>(BATCH);
                }
            }
            if (!batch.isEmpty()) {
                batches.accept(batch);
                rowsWritten.accept(written + batch.size());
            }
        });
    }

    /** Column indexes of the fields in this file's header. */
    private record Layout(List<String> header, int externalId, int publishedAt, int brand, int channel, int title,
            int url, int author, int weight, List<int[]> assessments) {

        String name(int index) {
            return index >= 0 && index < header.size() ? header.get(index) : null;
        }
    }

    private Layout layout(List<String> header, Consumer<RowProblem> problems) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            index.putIfAbsent(header.get(i).toLowerCase(Locale.ROOT), i);
        }
        List<String> missing = new ArrayList<>();
        ColumnFinder find = (given, fallback, required) -> {
            String name = given == null || given.isBlank() ? fallback : given.strip();
            Integer at = index.get(name.toLowerCase(Locale.ROOT));
            if (at == null && (required || given != null)) {
                missing.add(name);
            }
            return at == null ? -1 : at;
        };
        int externalId = find.at(columns.externalId(), "external_id", false);
        int publishedAt = find.at(columns.publishedAt(), "published_at", true);
        int brand = find.at(columns.brand(), "brand", true);
        int channel = find.at(columns.channel(), "channel", true);
        int title = find.at(columns.title(), "title", true);
        int url = find.at(columns.url(), "url", false);
        int author = find.at(columns.author(), "author", false);
        int weight = find.at(columns.weight(), "weight", true);
        List<int[]> assessments = new ArrayList<>();
        if (columns.assessments() != null) {
            for (AssessmentColumns group : columns.assessments()) {
                assessments.add(new int[] { find.at(group.segment(), group.segment(), true),
                        group.impact() == null ? -1 : find.at(group.impact(), group.impact(), true),
                        find.at(group.sentiment(), group.sentiment(), true) });
            }
        } else {
            for (int n = 1; index.containsKey("segment_" + n); n++) {
                assessments.add(new int[] { index.get("segment_" + n), index.getOrDefault("impact_" + n, -1),
                        find.at(null, "sentiment_" + n, true) });
            }
        }
        if (!missing.isEmpty()) {
            problems.accept(new RowProblem(1, null, "the file has no column " + String.join(", ", missing)));
            return null;
        }
        return new Layout(header, externalId, publishedAt, brand, channel, title, url, author, weight, assessments);
    }

    private interface ColumnFinder {
        int at(String given, String fallback, boolean required);
    }

    /** The row as a publication, or null after reporting what is wrong with it. */
    private ParsedRow parse(Layout layout, TabularRow row, Consumer<RowProblem> problems) {
        RowCheck check = new RowCheck(layout, row, problems);
        String title = check.text(layout.title, 500, true);
        OffsetDateTime publishedAt = check.time(layout.publishedAt);
        Double weight = check.fraction(layout.weight, true);
        UUID brand = check.reference(layout.brand, brands, "brand");
        UUID channel = check.reference(layout.channel, channels, "channel");
        String url = check.url(layout.url);
        String author = check.text(layout.author, 200, false);
        String externalId = check.text(layout.externalId, 200, false);
        UUID id = UUID.randomUUID();
        List<AssessmentView> assessments = new ArrayList<>();
        Set<UUID> assessed = new HashSet<>();
        for (int[] group : layout.assessments) {
            if (row.cell(group[0]).isBlank()) {
                continue;
            }
            UUID segment = check.reference(group[0], segments, "segment");
            Double impact = group[1] < 0 || row.cell(group[1]).isBlank() ? weight : check.fraction(group[1], false);
            Sentiment sentiment = check.sentiment(group[2]);
            if (segment != null && !assessed.add(segment)) {
                check.problem(group[0], "the segment " + row.cell(group[0]).strip() + " is assessed twice");
            }
            if (segment != null && impact != null && sentiment != null) {
                assessments.add(new AssessmentView(workspaceId, id, segment, impact, sentiment));
            }
        }
        if (check.failed) {
            return null;
        }
        return new ParsedRow(new PublicationView(id, workspaceId, brand, channel, title, url, author, publishedAt, weight,
                externalId), assessments);
    }

    /** Checks the cells of one row, reporting each problem with its line and column. */
    private final class RowCheck {
        private final Layout layout;
        private final TabularRow row;
        private final Consumer<RowProblem> problems;
        boolean failed;

        RowCheck(Layout layout, TabularRow row, Consumer<RowProblem> problems) {
            this.layout = layout;
            this.row = row;
            this.problems = problems;
        }

        void problem(int column, String message) {
            failed = true;
            problems.accept(new RowProblem(row.line(), layout.name(column), message));
        }

        String text(int column, int maxLength, boolean required) {
            String value = row.cell(column).strip();
            if (value.isEmpty()) {
                if (required) {
                    problem(column, "is empty");
                }
                return null;
            }
            if (value.length() > maxLength) {
                problem(column, "is longer than " + maxLength + " characters");
            }
            return value;
        }

        String url(int column) {
            String value = text(column, 2000, false);
            if (value != null && !value.matches("^https?://\\S+$")) {
                problem(column, "'" + value + "' is not an http(s) address");
            }
            return value;
        }

        Double fraction(int column, boolean required) {
            String value = row.cell(column).strip().replace(',', '.');
            if (value.isEmpty()) {
                if (required) {
                    problem(column, "is empty");
                }
                return null;
            }
            try {
                double number = Double.parseDouble(value);
                if (number >= 0 && number <= 1) {
                    return number;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            problem(column, "'" + value + "' is not a number from 0 to 1");
            return null;
        }

        OffsetDateTime time(int column) {
            String value = row.cell(column).strip();
            OffsetDateTime time = null;
            try {
                time = OffsetDateTime.parse(value);
            } catch (DateTimeParseException notWithOffset) {
                try {
                    time = LocalDateTime.parse(value).atOffset(ZoneOffset.UTC);
                } catch (DateTimeParseException notLocal) {
                    try {
                        time = LocalDate.parse(value).atStartOfDay().atOffset(ZoneOffset.UTC);
                    } catch (DateTimeParseException notADate) {
                        problem(column, "'" + value + "' is not a date (e.g. 2026-05-01 or 2026-05-01T10:00:00Z)");
                        return null;
                    }
                }
            }
            if (time.isAfter(latestAllowed)) {
                problem(column, "'" + value + "' is in the future");
                return null;
            }
            return time.withOffsetSameInstant(ZoneOffset.UTC);
        }

        UUID reference(int column, Map<String, UUID> byName, String noun) {
            String value = row.cell(column).strip();
            UUID id = byName.get(value.toLowerCase(Locale.ROOT));
            if (id == null) {
                problem(column, value.isEmpty() ? "is empty" : "no " + noun + " named '" + value + "' in this workspace");
            }
            return id;
        }

        Sentiment sentiment(int column) {
            String value = row.cell(column).strip();
            try {
                return Sentiment.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problem(column, "'" + value + "' is not POSITIVE, NEUTRAL or NEGATIVE");
                return null;
            }
        }
    }
}
