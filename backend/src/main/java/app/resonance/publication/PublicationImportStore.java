package app.resonance.publication;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

import app.resonance.publication.PublicationImport.ParsedRow;

/**
 * Stores a checked publication file in one transaction. The reactive client has no {@code COPY},
 * and row-by-row or array-parameter inserts cost the import most of its time, so this one path uses
 * JDBC: the rows stream with {@code COPY} into a temporary staging table, then move into publication
 * and assessment with set-based statements, a chunk at a time for progress. The media balance's sums
 * are rebuilt once for the touched days (balance_rebuild, V4__media_balance.sql). Blocks: it runs on
 * the import's worker thread.
 */
@ApplicationScoped
class PublicationImportStore {

    /** Staged rows moved per statement: small enough for steady progress, big enough not to matter. */
    static final int CHUNK = 50_000;

    private static final String STAGING = """
            create temp table import_row (
                n            bigint primary key,
                id           uuid        not null,
                brand_id     uuid        not null,
                channel_id   uuid        not null,
                title        text        not null,
                url          text,
                author       text,
                published_at timestamptz not null,
                weight       float8      not null,
                external_id  text,
                segment_ids  uuid[]      not null,
                impacts      float8[]    not null,
                sentiments   text[]      not null,
                replaced     boolean     not null default false) on commit drop
            """;

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

    private static final String UPSERT_PUBLICATIONS = """
            insert into publication (id, workspace_id, brand_id, channel_id, title, url, author, published_at, weight,
                                     external_id)
            select id, ?, brand_id, channel_id, title, url, author, published_at, weight, external_id
            from import_row where n between ? and ? order by n
            on conflict (workspace_id, external_id) do update set
                brand_id = excluded.brand_id, channel_id = excluded.channel_id, title = excluded.title,
                url = excluded.url, author = excluded.author, published_at = excluded.published_at,
                weight = excluded.weight
            """;

    private static final String INSERT_ASSESSMENTS = """
            insert into assessment (workspace_id, publication_id, segment_id, impact, sentiment)
            select ?, r.id, a.segment_id, a.impact, a.sentiment
            from import_row r, unnest(r.segment_ids, r.impacts, r.sentiments) as a(segment_id, impact, sentiment)
            where r.n between ? and ?
            """;

    /** The days the file's publications land on, and those replaced publications leave. */
    private static final String REBUILD_BALANCE = """
            select balance_rebuild(?, array(select balance_day_of(published_at) from import_row
                                            union select unnest(?::date[])))
            """;

    private static final Logger LOG = Logger.getLogger(PublicationImportStore.class);

    private final DataSource dataSource;

    PublicationImportStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Where the rows of an import come from: hands each parsed row over, in file order. */
    interface Rows {
        void each(Consumer<ParsedRow> row) throws IOException;
    }

    void write(UUID workspaceId, Rows rows, LongConsumer rowsWritten) throws IOException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("select set_config('resonance.balance_deferred', 'on', true)");
                    statement.execute(STAGING);
                }
                long started = System.nanoTime();
                long staged = stage(connection, rows);
                long stagedAt = System.nanoTime();
                try (Statement statement = connection.createStatement()) {
                    statement.execute("analyze import_row");
                }
                List<String> leftDays = adoptExistingIds(connection, workspaceId);
                for (long from = 1; from <= staged; from += CHUNK) {
                    long to = Math.min(from + CHUNK - 1, staged);
                    execute(connection, CLEAR_REPLACED_ASSESSMENTS, from, to, workspaceId);
                    execute(connection, UPSERT_PUBLICATIONS, workspaceId, from, to);
                    execute(connection, INSERT_ASSESSMENTS, workspaceId, from, to);
                    rowsWritten.accept(to);
                }
                long movedAt = System.nanoTime();
                try (PreparedStatement rebuild = connection.prepareStatement(REBUILD_BALANCE)) {
                    rebuild.setObject(1, workspaceId);
                    rebuild.setArray(2, connection.createArrayOf("text", leftDays.toArray()));
                    rebuild.execute();
                }
                connection.commit();
                long done = System.nanoTime();
                LOG.infof("Imported %d publications into workspace %s in %.1f s: staging %.1f s, rows %.1f s,"
                        + " media balance %.1f s", staged, workspaceId, seconds(started, done), seconds(started, stagedAt),
                        seconds(stagedAt, movedAt), seconds(movedAt, done));
            } catch (IOException | SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** Streams the rows into the staging table, numbered from 1; answers how many. */
    private static long stage(Connection connection, Rows rows) throws SQLException, IOException {
        PGCopyOutputStream copy = new PGCopyOutputStream(connection.unwrap(PGConnection.class),
                "copy import_row (n, id, brand_id, channel_id, title, url, author, published_at, weight, external_id,"
                        + " segment_ids, impacts, sentiments) from stdin with (format csv)");
        long[] count = { 0 };
        try (CSVPrinter out = new CSVPrinter(new BufferedWriter(new OutputStreamWriter(copy, StandardCharsets.UTF_8),
                1 << 16), CSVFormat.POSTGRESQL_CSV)) {
            rows.each(row -> {
                PublicationView p = row.publication();
                List<AssessmentView> assessments = row.assessments();
                try {
                    out.printRecord(++count[0], p.id(), p.brandId(), p.channelId(), p.title(), p.url(), p.author(),
                            p.publishedAt(), p.weight(), p.externalId(),
                            array(assessments, AssessmentView::segmentId), array(assessments, AssessmentView::impact),
                            array(assessments, AssessmentView::sentiment));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return count[0];
    }

    /** A PostgreSQL array literal of simple values (ids, numbers, enum names: nothing to quote). */
    private static String array(List<AssessmentView> assessments, Function<AssessmentView, Object> value) {
        return assessments.stream().map(a -> String.valueOf(value.apply(a))).collect(Collectors.joining(",", "{", "}"));
    }

    private static List<String> adoptExistingIds(Connection connection, UUID workspaceId) throws SQLException {
        try (PreparedStatement adopt = connection.prepareStatement(ADOPT_EXISTING_IDS)) {
            adopt.setObject(1, workspaceId);
            try (ResultSet days = adopt.executeQuery()) {
                List<String> found = new ArrayList<>();
                while (days.next()) {
                    found.add(days.getString(1));
                }
                return found;
            }
        }
    }

    private static double seconds(long from, long to) {
        return (to - from) / 1e9;
    }

    private static void execute(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.execute();
        }
    }
}
