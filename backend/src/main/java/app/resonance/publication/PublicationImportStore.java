package app.resonance.publication;

import app.resonance.common.persistence.CopyStaging;
import app.resonance.common.persistence.Table;
import app.resonance.common.tabular.RowImport.WriteProgress;
import app.resonance.publication.PublicationImport.ParsedRow;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Stores a publication file in one transaction. The reactive client has no {@code COPY}, and
 * row-by-row or array-parameter inserts cost the import most of its time, so this one path uses
 * JDBC: while the file is checked, its rows stream with {@code COPY} into a temporary staging table
 * (reading the file once); then they move into publication and assessment with set-based
 * statements, a chunk at a time for progress. The media balance's sums are rebuilt once for the
 * touched days, a few days at a time (R__balance_rebuild.sql).
 * Blocks: it runs on the import's worker thread.
 */
@ApplicationScoped
class PublicationImportStore {

    /** Staged rows moved per statement: small enough for steady progress, big enough not to matter. */
    static final int CHUNK = 50_000;

    /** Days of the media balance rebuilt per statement, for the same reason. */
    static final int BALANCE_DAYS_PER_STEP = 14;

    /** What a file's row stages of its publication: all but the workspace, which is the import's. */
    private static final Table<PublicationRow> STAGED = PublicationRow.TABLE.without("workspace_id");

    /** What it stages of each assessment, besides the publication: one array per column. */
    private static final Table<AssessmentRow> ASSESSED = AssessmentRow.TABLE.without("workspace_id", "publication_id");

    private static final String STAGING = "create temp table import_row (n bigint primary key, "
            + STAGED.definitions() + ", segment_ids uuid[] not null, impacts float8[] not null,"
            + " sentiments text[] not null, replaced boolean not null default false) on commit drop";

    private static final String COPY =
            "copy import_row (n, " + STAGED.list() + ", segment_ids, impacts, sentiments) from stdin with (format csv)";

    /** Rows with an external id already in the workspace keep that publication's id and replace it. */
    private static final String ADOPT_EXISTING_IDS = """
            update import_row r set id = p.id, replaced = true
            from publication p
            where p.workspace_id = ? and p.external_id = r.external_id
            returning balance_day_of(p.published_at) as day
            """;

    private static final String CLEAR_REPLACED_ASSESSMENTS = """
            delete from assessment a using import_row r
            where r.n between ? and ? and r.replaced and a.workspace_id = ? and a.publication_id = r.id
            """;

    private static final String UPSERT_PUBLICATIONS = "insert into publication (workspace_id, " + STAGED.list()
            + ") select ?, " + STAGED.list() + " from import_row where n between ? and ? order by n"
            + " on conflict (workspace_id, external_id) do update set "
            + STAGED.without("id", "external_id").excludedAssignments();

    private static final String INSERT_ASSESSMENTS = "insert into assessment (workspace_id, publication_id, "
            + ASSESSED.list() + ") select ?, r.id, a.* from import_row r,"
            + " unnest(r.segment_ids, r.impacts, r.sentiments) as a(" + ASSESSED.list() + ") where r.n between ? and ?";

    /** The days the file's publications land on, and those replaced publications leave, in order. */
    private static final String TOUCHED_DAYS = """
            select balance_day_of(published_at) as day from import_row
            union select unnest(?::date[])
            order by day
            """;

    private static final String REBUILD_BALANCE = "select balance_rebuild(?, ?::date[])";

    private static final Logger LOG = Logger.getLogger(PublicationImportStore.class);

    private final DataSource dataSource;

    PublicationImportStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Opens the import's transaction and its staging table, ready for {@link Staging#add}. */
    Staging open(UUID workspaceId) {
        try {
            return new Staging(
                    workspaceId,
                    CopyStaging.open(
                            dataSource,
                            "the publication import of workspace " + workspaceId,
                            List.of("select set_config('resonance.balance_deferred', 'on', true)", STAGING),
                            COPY));
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One import's open transaction: rows stream into its staging table until {@link #store} or {@link #close}. */
    static final class Staging implements AutoCloseable {

        private final UUID workspaceId;
        private final CopyStaging copy;
        private final Connection connection;
        private final long openedAt = System.nanoTime();
        private long staged;

        private Staging(UUID workspaceId, CopyStaging copy) {
            this.workspaceId = workspaceId;
            this.copy = copy;
            this.connection = copy.connection();
        }

        /** Stages the next row of the file, numbered from 1. */
        void add(ParsedRow row) {
            PublicationRow p = row.publication();
            List<AssessmentRow> assessments = row.assessments();
            try {
                copy.value(++staged);
                for (Object value : STAGED.values(p)) {
                    copy.value(value);
                }
                copy.value(array(assessments, AssessmentRow::segmentId));
                copy.value(array(assessments, AssessmentRow::impact));
                copy.value(array(assessments, AssessmentRow::sentiment));
                copy.endRow();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Moves the staged rows into the workspace, rebuilds the balance of the touched days and commits. */
        void store(WriteProgress progress) {
            try {
                copy.endCopy("import_row");
                long stagedAt = System.nanoTime();
                List<String> leftDays = adoptExistingIds();
                for (long from = 1; from <= staged; from += CHUNK) {
                    long to = Math.min(from + CHUNK - 1, staged);
                    execute(CLEAR_REPLACED_ASSESSMENTS, from, to, workspaceId);
                    execute(UPSERT_PUBLICATIONS, workspaceId, from, to);
                    execute(INSERT_ASSESSMENTS, workspaceId, from, to);
                    progress.rowsWritten(to);
                }
                long movedAt = System.nanoTime();
                rebuildBalance(leftDays, progress);
                copy.commit();
                long done = System.nanoTime();
                LOG.infof(
                        "Imported %d publications into workspace %s in %.1f s: reading and staging %.1f s, rows %.1f s,"
                                + " media balance %.1f s",
                        staged,
                        workspaceId,
                        seconds(openedAt, done),
                        seconds(openedAt, stagedAt),
                        seconds(stagedAt, movedAt),
                        seconds(movedAt, done));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (SQLException e) {
                throw new IllegalStateException(e.getMessage(), e);
            } finally {
                close();
            }
        }

        /** Rolls back whatever was not committed and returns the connection; once. */
        @Override
        public void close() {
            copy.close();
        }

        private List<String> adoptExistingIds() throws SQLException {
            try (PreparedStatement adopt = connection.prepareStatement(ADOPT_EXISTING_IDS)) {
                adopt.setObject(1, workspaceId);
                return days(adopt);
            }
        }

        private void rebuildBalance(List<String> leftDays, WriteProgress progress) throws SQLException {
            List<String> days;
            try (PreparedStatement touched = connection.prepareStatement(TOUCHED_DAYS)) {
                touched.setArray(1, connection.createArrayOf("text", leftDays.toArray()));
                days = days(touched);
            }
            progress.balanceDaysUpdated(0, days.size());
            for (int from = 0; from < days.size(); from += BALANCE_DAYS_PER_STEP) {
                int to = Math.min(from + BALANCE_DAYS_PER_STEP, days.size());
                execute(
                        REBUILD_BALANCE,
                        workspaceId,
                        connection.createArrayOf("text", days.subList(from, to).toArray()));
                progress.balanceDaysUpdated(to, days.size());
            }
        }

        private void execute(String sql, Object... parameters) throws SQLException {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setObject(i + 1, parameters[i]);
                }
                statement.execute();
            }
        }
    }

    /** A PostgreSQL array literal of simple values (ids, numbers, enum names: nothing to quote). */
    private static String array(List<AssessmentRow> assessments, Function<AssessmentRow, Object> value) {
        return assessments.stream().map(a -> String.valueOf(value.apply(a))).collect(Collectors.joining(",", "{", "}"));
    }

    /** The first column of the statement's rows, as text. */
    private static List<String> days(PreparedStatement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery()) {
            List<String> days = new ArrayList<>();
            while (rows.next()) {
                days.add(rows.getString(1));
            }
            return days;
        }
    }

    private static double seconds(long from, long to) {
        return (to - from) / 1e9;
    }
}
