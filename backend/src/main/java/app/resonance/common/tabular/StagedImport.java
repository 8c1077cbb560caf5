package app.resonance.common.tabular;

import app.resonance.common.persistence.CopyStaging;
import app.resonance.common.tabular.RowProblem.Reason;
import app.resonance.common.tabular.TabularReader.TabularRow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
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
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.jboss.logging.Logger;

/**
 * A column-mapped import of records that are matched to existing ones (companies, contacts, equipment,
 * purchases), built the way the publication import is: {@link #check} reads the file once, parses each
 * row with the API's rules and streams the good ones with {@code COPY} into a temporary staging table
 * {@code import_row} in the import's own JDBC transaction (the reactive client has no {@code COPY}); then
 * the kind's set-based statements match the staged rows to existing records and resolve what they refer
 * to, reporting each row they cannot use with its line and column. Every reported row leaves the
 * staging table, so what is left is exactly the good rows: {@link #write} stores them in a few
 * set-based statements and commits. Whether a file with bad rows is written at all (all or nothing, or
 * good rows only) is the job's decision; an import that is not written rolls back on {@link #close}.
 * <p>
 * Each field of the kind has a column of its own name in the file (snake_case, case-insensitive) unless
 * the mapping names another (or none: an empty column name); a field that is not in the file is left as it
 * is on matched records.
 * Blocks: it runs on an import worker.
 */
public abstract class StagedImport implements RowImport {

    @Name("ImportField")
    @Description("A field of an import's file format; its column has the field's name unless the mapping says"
            + " otherwise.")
    public record Field(
            @NonNull String name,

            @Description("Whether every file must have a column for it.")
            boolean required) {}

    /** Rows that belong together (a purchase's items): a problem in one drops all, with this reason. */
    public record Group(String field, Reason incomplete) {}

    /**
     * A column of the target table filled from the staging column of the same name: its API field name
     * (for the timeline's list of changed fields), its value when the file has none, and whether an empty
     * cell keeps the stored value (an external id, a status) instead of clearing it.
     */
    public record Stored(String column, String field, String insertDefault, boolean keptWhenEmpty) {

        public static Stored text(String column, String field) {
            return new Stored(column, field, "''", false);
        }

        public static Stored nullable(String column, String field) {
            return new Stored(column, field, "null", false);
        }

        public static Stored kept(String column, String field, String insertDefault) {
            return new Stored(column, field, insertDefault, true);
        }
    }

    /**
     * The created and updated staged rows as {@code Timeline.recordImported} takes them: a new record's id is
     * staged in {@code id}, a matched one's in {@code target}; {@code changed} is null for a new record.
     */
    public static final String IMPORTED_ROWS = "select entry_id, coalesce(target, id) as subject_id, changed"
            + " from import_row where target is null or cardinality(changed) > 0";

    /** Staged rows moved per statement: small enough for steady progress, big enough not to matter. */
    protected static final int CHUNK = 50_000;

    private static final Logger LOG = Logger.getLogger(StagedImport.class);

    protected final UUID workspaceId;
    private final DataSource dataSource;
    private final Map<String, String> mapping;
    private Staging staging;

    protected StagedImport(DataSource dataSource, UUID workspaceId, Map<String, String> mapping) {
        this.dataSource = dataSource;
        this.workspaceId = workspaceId;
        this.mapping = mapping == null ? Map.of() : mapping;
    }

    /** The kind's fields, in the order a mapping form shows them. */
    protected abstract List<Field> fields();

    /** The staging columns {@link #parse} fills, in its order: "id uuid, name text, …". */
    protected abstract String stagedColumns();

    /** Columns the kind's statements fill in later, e.g. "target uuid, changed text[]". */
    protected abstract String workColumns();

    /** The row's staged values, or null after reporting its problems through {@code cells}. */
    protected abstract Object[] parse(RowReader cells, Layout layout);

    /** A field no two rows may share a value of (an external id), or null. */
    protected String uniqueField() {
        return null;
    }

    /** Rows that belong together, or null. */
    protected Group group() {
        return null;
    }

    /** Matches the staged rows and resolves their references, reporting what cannot be used. */
    protected abstract void resolve(Staging staging) throws SQLException;

    /** Stores the staged rows (all good) and reports the counts; the engine commits. */
    protected abstract void store(Staging staging, WriteProgress progress) throws SQLException;

    /** Where the fields are in this file. */
    public static final class Layout {
        private final List<String> header;
        private final Map<String, Integer> byField;

        private Layout(List<String> header, Map<String, Integer> byField) {
            this.header = header;
            this.byField = byField;
        }

        /** The field's column index, or -1 when the file has no column for it (its cells read as empty). */
        public int at(String field) {
            return byField.getOrDefault(field, -1);
        }

        public boolean mapped(String field) {
            return byField.containsKey(field);
        }

        /** The file's name of the field's column, or null. */
        public String column(String field) {
            Integer at = byField.get(field);
            return at == null ? null : header.get(at);
        }
    }

    @Override
    public long check(TabularReader reader, Consumer<RowProblem> problems, LongConsumer rowsRead) {
        try {
            return checkRows(reader, problems, rowsRead);
        } catch (FileRefused refused) {
            problems.accept(refused.problem());
            return 0;
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long checkRows(TabularReader reader, Consumer<RowProblem> problems, LongConsumer rowsRead)
            throws SQLException, IOException {
        Layout layout = layout(reader.header(), problems);
        if (layout == null) {
            return 0;
        }
        staging = new Staging(layout, problems);
        Group group = group();
        long rows = 0;
        for (TabularRow row = reader.next(); row != null; row = reader.next()) {
            RowReader cells = new RowReader(layout.header, row, problems);
            Object[] values = parse(cells, layout);
            if (values == null || cells.failed()) {
                if (group != null) {
                    staging.brokenGroups.add(cells.raw(layout.at(group.field())));
                }
            } else {
                staging.add(row.line(), values);
            }
            rowsRead.accept(++rows);
        }
        staging.endCopy();
        String unique = uniqueField();
        if (unique != null) {
            staging.report(
                    unique,
                    Reason.EXTERNAL_ID_TWICE,
                    "select s.n, s.line, s." + unique + ", null from import_row s where exists (select 1 from"
                            + " import_row e where e." + unique + " = s." + unique + " and e.n < s.n) order by s.n");
        }
        resolve(staging);
        if (group != null && !staging.brokenGroups.isEmpty()) {
            staging.report(
                    group.field(),
                    group.incomplete(),
                    "select n, line, " + group.field() + ", null from import_row where " + group.field()
                            + " = any(?) order by n",
                    (Object) staging.brokenGroups.toArray(String[]::new));
        }
        return rows;
    }

    /** The fields' columns; null after reporting a missing column or a mapping to an unknown field. */
    private Layout layout(List<String> header, Consumer<RowProblem> problems) {
        Map<String, Integer> index = RowReader.columnIndex(header);
        Set<String> known = fields().stream().map(Field::name).collect(Collectors.toSet());
        for (String field : mapping.keySet()) {
            if (!known.contains(field)) {
                problems.accept(RowProblem.of(
                        1,
                        null,
                        Reason.UNKNOWN_FIELD,
                        field,
                        fields().stream().map(Field::name).collect(Collectors.joining(", "))));
                return null;
            }
        }
        Map<String, Integer> byField = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (Field field : fields()) {
            String given = mapping.get(field.name());
            if (given != null && given.isBlank()) { // mapped to nothing: the file's column of that name is ignored
                if (field.required()) {
                    missing.add(field.name());
                }
                continue;
            }
            String column = given == null ? field.name() : given.strip();
            Integer at = index.get(column.toLowerCase(Locale.ROOT));
            if (at != null) {
                byField.put(field.name(), at);
            } else if (field.required() || given != null) {
                missing.add(column);
            }
        }
        if (!missing.isEmpty()) {
            problems.accept(RowProblem.of(1, null, Reason.MISSING_COLUMNS, null, String.join(", ", missing)));
            return null;
        }
        return new Layout(header, byField);
    }

    @Override
    public void write(WriteProgress progress) {
        try {
            long started = System.nanoTime();
            store(staging, progress);
            staging.copy.commit();
            LOG.infof(
                    "%s stored %d rows into workspace %s in %.1f s (reading and checking took %.1f s)",
                    getClass().getName(),
                    staging.staged,
                    workspaceId,
                    (System.nanoTime() - started) / 1e9,
                    (started - staging.openedAt) / 1e9);
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        } finally {
            close();
        }
    }

    @Override
    public void close() {
        if (staging != null) {
            staging.close();
        }
    }

    /** One import's open transaction and its staging table {@code import_row (n, line, …)}. */
    public final class Staging implements AutoCloseable {

        private final Layout layout;
        private final Consumer<RowProblem> problems;
        private final CopyStaging copy;
        private final Connection connection;
        private final Set<String> brokenGroups = new HashSet<>();
        private final long openedAt = System.nanoTime();
        private long staged;

        private Staging(Layout layout, Consumer<RowProblem> problems) throws SQLException, IOException {
            this.layout = layout;
            this.problems = problems;
            this.copy = CopyStaging.open(
                    dataSource,
                    StagedImport.this.getClass().getSimpleName() + " of workspace " + workspaceId,
                    List.of(
                            // Matching joins the staged rows with the workspace's records: hash joins in memory.
                            "set local work_mem = '128MB'",
                            "create temp table import_row (n bigint primary key, line bigint not null, "
                                    + stagedColumns() + ", " + workColumns() + ") on commit drop"),
                    "copy import_row (n, line, " + columnNames(stagedColumns()) + ") from stdin with (format csv)");
            this.connection = copy.connection();
        }

        public UUID workspaceId() {
            return workspaceId;
        }

        public Layout layout() {
            return layout;
        }

        public Connection connection() {
            return connection;
        }

        /** Rows staged, numbered 1 to this (reported ones have left since). */
        public long staged() {
            return staged;
        }

        private void add(long line, Object[] values) throws IOException {
            copy.value(++staged);
            copy.value(line);
            for (Object value : values) {
                copy.value(value);
            }
            copy.endRow();
        }

        private void endCopy() throws SQLException, IOException {
            copy.endCopy("import_row");
        }

        /** Runs one statement with the parameters in order; the rows it changed. */
        public int execute(String sql, Object... parameters) throws SQLException {
            try (PreparedStatement statement = prepare(sql, parameters)) {
                return statement.executeUpdate();
            }
        }

        /**
         * Reports each row the query selects as {@code (n, line, value, detail)}, in line order, as a problem of
         * the field's column, and drops those rows from the staging table.
         */
        public void report(String field, Reason reason, String query, Object... parameters) throws SQLException {
            List<Long> reported = new ArrayList<>();
            try (PreparedStatement select = prepare(query, parameters)) {
                select.setFetchSize(10_000);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        reported.add(rs.getLong(1));
                        problems.accept(RowProblem.of(
                                rs.getLong(2), layout.column(field), reason, rs.getString(3), rs.getString(4)));
                    }
                }
            }
            if (reported.isEmpty()) {
                return;
            }
            Group group = group();
            try (PreparedStatement delete = prepare(
                    "delete from import_row where n = any(?)" + (group == null ? "" : " returning " + group.field()),
                    (Object) reported.toArray(Long[]::new))) {
                if (group == null) {
                    delete.executeUpdate();
                } else {
                    try (ResultSet rs = delete.executeQuery()) {
                        while (rs.next()) {
                            brokenGroups.add(rs.getString(1));
                        }
                    }
                }
            }
        }

        /**
         * Reports the rows matched (by the field named in {@code matched_by}) to a record an earlier row was
         * matched to: one row may change a record once.
         */
        public void reportSameTarget(String... matchFields) throws SQLException {
            for (String field : matchFields) {
                report(
                        field,
                        Reason.MATCHES_SAME_RECORD,
                        "select n, line, " + field + "::text, first_line::text from (select n, line, " + field
                                + ", matched_by, min(line) over (partition by target) as first_line, row_number()"
                                + " over (partition by target order by n) as r from import_row where target is not null)"
                                + " m where r > 1 and matched_by = ? order by n",
                        field);
            }
        }

        /**
         * Sets {@code changed} of each staged row matched to a record ({@code target}) to the API names of the
         * mapped columns whose values differ from the record's.
         */
        public void compare(String table, List<Stored> mapped) throws SQLException {
            String differences = mapped.stream()
                    .map(c -> "case when " + (c.keptWhenEmpty() ? "s." + c.column() + " is not null and " : "")
                            + "s." + c.column() + " is distinct from t." + c.column() + " then '" + c.field()
                            + "' end")
                    .collect(Collectors.joining(", "));
            execute("update import_row s set changed = array_remove(array[" + differences + "]::text[], null) from "
                    + table + " t where t.id = s.target");
        }

        /** Writes the mapped columns of the matched records that changed; {@code updatedAt} null when it has none. */
        public int updateChanged(String table, List<Stored> mapped, OffsetDateTime updatedAt) throws SQLException {
            if (mapped.isEmpty()) {
                return 0;
            }
            String assignments = mapped.stream()
                    .map(c -> c.column() + " = "
                            + (c.keptWhenEmpty()
                                    ? "coalesce(s." + c.column() + ", t." + c.column() + ")"
                                    : "s." + c.column()))
                    .collect(Collectors.joining(", "));
            return updatedAt == null
                    ? execute("update " + table + " t set " + assignments
                            + " from import_row s where t.id = s.target and cardinality(s.changed) > 0")
                    : execute(
                            "update " + table + " t set " + assignments + ", updated_at = ?"
                                    + " from import_row s where t.id = s.target and cardinality(s.changed) > 0",
                            updatedAt);
        }

        /**
         * Inserts the staged rows matched to no record, a chunk at a time: {@code id}, the workspace, every
         * stored column (its default when the file has none), created_at and, when {@code updatedAt}, updated_at.
         */
        public void insertNew(
                String table, List<Stored> columns, OffsetDateTime now, boolean updatedAt, WriteProgress progress)
                throws SQLException {
            String names = columns.stream().map(Stored::column).collect(Collectors.joining(", "));
            String values = columns.stream()
                    .map(c -> "coalesce(s." + c.column() + ", " + c.insertDefault() + ")")
                    .collect(Collectors.joining(", "));
            String sql = "insert into " + table + " (id, workspace_id, " + names + ", created_at"
                    + (updatedAt ? ", updated_at" : "") + ") select s.id, ?, " + values + ", ?"
                    + (updatedAt ? ", ?" : "") + " from import_row s where s.target is null and s.n between ? and ?"
                    + " order by s.n";
            for (long from = 1; from <= staged; from += CHUNK) {
                long to = Math.min(from + CHUNK - 1, staged);
                if (updatedAt) {
                    execute(sql, workspaceId, now, now, from, to);
                } else {
                    execute(sql, workspaceId, now, from, to);
                }
                progress.rowsWritten(to);
            }
        }

        /** Counts created (no target), updated (changed) and unchanged staged rows, for the report. */
        public void countMatched(WriteProgress progress) throws SQLException {
            try (PreparedStatement select = prepare("select count(*) filter (where target is null),"
                            + " count(*) filter (where cardinality(changed) > 0),"
                            + " count(*) filter (where target is not null and cardinality(changed) = 0),"
                            + " count(*) from import_row");
                    ResultSet rs = select.executeQuery()) {
                rs.next();
                progress.counted(rs.getLong(1), rs.getLong(2), rs.getLong(3));
                progress.rowsWritten(rs.getLong(4));
            }
        }

        private PreparedStatement prepare(String sql, Object... parameters) throws SQLException {
            PreparedStatement statement = connection.prepareStatement(sql);
            try {
                for (int i = 0; i < parameters.length; i++) {
                    Object parameter = parameters[i];
                    if (parameter instanceof Object[] array) {
                        statement.setArray(
                                i + 1, connection.createArrayOf(array instanceof Long[] ? "bigint" : "text", array));
                    } else {
                        statement.setObject(i + 1, parameter);
                    }
                }
                return statement;
            } catch (SQLException | RuntimeException e) {
                statement.close();
                throw e;
            }
        }

        /** Rolls back whatever was not committed and returns the connection; once. */
        @Override
        public void close() {
            copy.close();
        }
    }

    /** "a, b" of "a uuid, b text". */
    private static String columnNames(String definitions) {
        return java.util.Arrays.stream(definitions.split(","))
                .map(definition -> definition.strip().split(" ")[0])
                .collect(Collectors.joining(", "));
    }
}
