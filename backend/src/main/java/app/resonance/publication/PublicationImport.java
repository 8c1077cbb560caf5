package app.resonance.publication;

import app.resonance.common.persistence.TimeOrderedIds;
import app.resonance.common.tabular.FileRefused;
import app.resonance.common.tabular.RowImport;
import app.resonance.common.tabular.RowProblem;
import app.resonance.common.tabular.RowProblem.Reason;
import app.resonance.common.tabular.RowReader;
import app.resonance.common.tabular.TabularReader;
import app.resonance.common.tabular.TabularReader.TabularRow;
import app.resonance.publication.PublicationColumns.AssessmentColumns;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * Publications from a spreadsheet, all or nothing: {@link #check} reads the whole file, reports
 * every bad row and, until it meets one, stages the rows in the import's transaction; {@link #write}
 * stores them. Brands, channels and segments are referenced by name (case-insensitive); rows with
 * an external id replace the publication imported before under that id, so a re-import creates no
 * duplicates.
 */
public final class PublicationImport implements RowImport {

    private final UUID workspaceId;
    private final PublicationColumns columns;
    private final Map<String, UUID> brands;
    private final Map<String, UUID> channels;
    private final Map<String, UUID> segments;
    private final PublicationImportStore store;
    private final PublicationTime allowed;
    /** Open from the check until the write commits or the import is closed. */
    private PublicationImportStore.Staging staging;

    private boolean clean = true;

    PublicationImport(
            UUID workspaceId,
            PublicationColumns columns,
            Map<String, UUID> brands,
            Map<String, UUID> channels,
            Map<String, UUID> segments,
            PublicationImportStore store,
            PublicationTime allowed) {
        this.workspaceId = workspaceId;
        this.allowed = allowed;
        this.columns = columns == null ? PublicationColumns.DEFAULT : columns;
        this.brands = brands;
        this.channels = channels;
        this.segments = segments;
        this.store = store;
    }

    /** A publication row read from the file, with its assessments. */
    record ParsedRow(PublicationRow publication, List<AssessmentRow> assessments) {}

    /** Reads every row and reports each problem; answers the number of data rows. */
    @Override
    public long check(TabularReader reader, Consumer<RowProblem> problems, LongConsumer rowsRead) {
        Consumer<RowProblem> reported = problem -> {
            if (clean && staging != null) {
                staging.close(); // the file will not be stored: only the check goes on, without a transaction
            }
            clean = false;
            problems.accept(problem);
        };
        try {
            return checkRows(reader, reported, rowsRead);
        } catch (FileRefused refused) {
            reported.accept(refused.problem());
            return 0;
        }
    }

    private long checkRows(TabularReader reader, Consumer<RowProblem> reported, LongConsumer rowsRead) {
        Layout layout = layout(reader.header(), reported);
        if (layout == null) {
            return 0;
        }
        staging = store.open(workspaceId);
        Set<String> externalIds = new HashSet<>();
        long rows = 0;
        for (TabularRow row = reader.next(); row != null; row = reader.next()) {
            ParsedRow parsed = parse(layout, row, reported);
            String externalId = row.cell(layout.externalId).strip();
            if (!externalId.isEmpty() && !externalIds.add(externalId)) {
                reported.accept(RowProblem.of(
                        row.line(), layout.name(layout.externalId), Reason.EXTERNAL_ID_TWICE, externalId, null));
            }
            if (clean) {
                staging.add(parsed);
            }
            rowsRead.accept(++rows);
        }
        return rows;
    }

    /** Stores the rows staged by a {@link #check} that found no problem, in the check's transaction. */
    @Override
    public void write(WriteProgress progress) {
        staging.store(progress);
    }

    @Override
    public void close() {
        if (staging != null) {
            staging.close();
        }
    }

    /** Column indexes of the fields in this file's header. */
    private record Layout(
            List<String> header,
            int externalId,
            int publishedAt,
            int brand,
            int channel,
            int title,
            int url,
            int author,
            int weight,
            List<int[]> assessments) {

        String name(int index) {
            return index >= 0 && index < header.size() ? header.get(index) : null;
        }
    }

    private Layout layout(List<String> header, Consumer<RowProblem> problems) {
        Map<String, Integer> index = RowReader.columnIndex(header);
        List<String> missing = new ArrayList<>();
        ColumnFinder find = (given, fallback, required) -> {
            String name = given == null || given.isBlank() ? fallback : given.strip();
            Integer at = index.get(name.toLowerCase(Locale.ROOT));
            if (at == null && (required || given != null)) {
                missing.add(name);
            }
            return at == null ? -1 : at;
        };
        int externalId = find.at(columns.externalId(), PublicationColumns.EXTERNAL_ID, false);
        int publishedAt = find.at(columns.publishedAt(), PublicationColumns.PUBLISHED_AT, true);
        int brand = find.at(columns.brand(), PublicationColumns.BRAND, true);
        int channel = find.at(columns.channel(), PublicationColumns.CHANNEL, true);
        int title = find.at(columns.title(), PublicationColumns.TITLE, true);
        int url = find.at(columns.url(), PublicationColumns.URL, false);
        int author = find.at(columns.author(), PublicationColumns.AUTHOR, false);
        int weight = find.at(columns.weight(), PublicationColumns.WEIGHT, true);
        List<int[]> assessments = new ArrayList<>();
        if (columns.assessments() != null) {
            for (AssessmentColumns group : columns.assessments()) {
                assessments.add(new int[] {
                    find.at(group.segment(), group.segment(), true),
                    group.impact() == null ? -1 : find.at(group.impact(), group.impact(), true),
                    find.at(group.sentiment(), group.sentiment(), true)
                });
            }
        } else {
            for (int n = 1; index.containsKey(PublicationColumns.segment(n)); n++) {
                assessments.add(new int[] {
                    index.get(PublicationColumns.segment(n)),
                    index.getOrDefault(PublicationColumns.impact(n), -1),
                    find.at(null, PublicationColumns.sentiment(n), true)
                });
            }
        }
        if (!missing.isEmpty()) {
            problems.accept(RowProblem.of(1, null, Reason.MISSING_COLUMNS, null, String.join(", ", missing)));
            return null;
        }
        return new Layout(header, externalId, publishedAt, brand, channel, title, url, author, weight, assessments);
    }

    private interface ColumnFinder {
        int at(String given, String fallback, boolean required);
    }

    /** The row as a publication, or null after reporting what is wrong with it. */
    private ParsedRow parse(Layout layout, TabularRow row, Consumer<RowProblem> problems) {
        RowReader cells = new RowReader(layout.header, row, problems);
        String title = cells.text(layout.title, 500, true);
        OffsetDateTime publishedAt = cells.time(layout.publishedAt, allowed.earliest(), allowed.latest());
        Double weight = cells.fraction(layout.weight, true);
        UUID brand = cells.reference(layout.brand, brands, Reason.UNKNOWN_BRAND);
        UUID channel = cells.reference(layout.channel, channels, Reason.UNKNOWN_CHANNEL);
        String url = cells.url(layout.url);
        String author = cells.text(layout.author, 200, false);
        String externalId = cells.text(layout.externalId, 200, false);
        UUID id = TimeOrderedIds.next();
        List<AssessmentRow> assessments = new ArrayList<>();
        Set<UUID> assessed = new HashSet<>();
        for (int[] group : layout.assessments) {
            if (cells.raw(group[0]).isEmpty()) {
                continue;
            }
            UUID segment = cells.reference(group[0], segments, Reason.UNKNOWN_SEGMENT);
            Double impact = group[1] < 0 || cells.raw(group[1]).isEmpty() ? weight : cells.fraction(group[1], false);
            Sentiment sentiment = cells.choice(group[2], Sentiment.class);
            if (segment != null && !assessed.add(segment)) {
                cells.problem(group[0], Reason.SEGMENT_ASSESSED_TWICE, cells.raw(group[0]), null);
            }
            if (segment != null && impact != null && sentiment != null) {
                assessments.add(new AssessmentRow(workspaceId, id, segment, impact, sentiment));
            }
        }
        if (cells.failed()) {
            return null;
        }
        return new ParsedRow(
                new PublicationRow(
                        id, workspaceId, brand, channel, title, url, author, publishedAt, weight, externalId),
                assessments);
    }
}
