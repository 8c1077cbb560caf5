package app.resonance.publication;

import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;

import app.resonance.common.paging.Cursor;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Transaction;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Publications and assessments through the reactive SQL client: the filters compile to SQL
 * ({@link PublicationQuery}), nested GraphQL fields read in batches, and many rows are written
 * with one statement per table.
 */
@ApplicationScoped
public class PublicationRepository {

    private static final String COLUMNS = "p.id, p.workspace_id, p.brand_id, p.channel_id, p.title, p.url, p.author,"
            + " p.published_at, p.weight, p.external_id";

    private final Pool pool;

    PublicationRepository(Pool pool) {
        this.pool = pool;
    }

    /** One page in the given order, after the cursor; asks for one row more to know whether a next page exists. */
    Uni<List<PublicationView>> page(PublicationQuery query, PublicationOrder order, Cursor after, int limit) {
        String direction = order.ascending ? "asc" : "desc";
        Tuple params = query.params();
        String keyset = "";
        if (after != null) {
            params.addValue(PublicationQuery.sortValueParser(order).apply(after.sortValue()));
            params.addValue(after.id());
            keyset = " and (" + order.column + ", p.id) " + (order.ascending ? ">" : "<")
                    + " ($" + (params.size() - 1) + ", $" + params.size() + ")";
        }
        String sql = "select " + COLUMNS + " " + query.fromWhere(false) + keyset
                + " order by " + order.column + " " + direction + ", p.id " + direction + " limit " + limit;
        return pool.preparedQuery(sql).execute(params)
                .map(rows -> rows.stream().map(PublicationRepository::publication).toList());
    }

    Uni<Long> count(PublicationQuery query) {
        return pool.preparedQuery("select count(*) " + query.fromWhere(false)).execute(query.params())
                .map(rows -> rows.iterator().next().getLong(0));
    }

    Uni<PublicationView> find(UUID workspaceId, UUID id) {
        return pool.preparedQuery("select " + COLUMNS + " from publication p where p.workspace_id = $1 and p.id = $2")
                .execute(Tuple.of(workspaceId, id))
                .map(rows -> rows.size() == 0 ? null : publication(rows.iterator().next()));
    }

    Uni<UUID> idOfExternal(UUID workspaceId, String externalId) {
        return pool.preparedQuery("select id from publication where workspace_id = $1 and external_id = $2")
                .execute(Tuple.of(workspaceId, externalId))
                .map(rows -> rows.size() == 0 ? null : rows.iterator().next().getUUID("id"));
    }

    /** Assessments of many publications in one query (batched GraphQL resolution). */
    Uni<List<AssessmentView>> assessments(UUID workspaceId, Collection<UUID> publicationIds) {
        return pool.preparedQuery("select a.workspace_id, a.publication_id, a.segment_id, a.impact, a.sentiment"
                + " from assessment a join segment s on s.id = a.segment_id"
                + " where a.workspace_id = $1 and a.publication_id = any($2) order by lower(s.name), s.id")
                .execute(Tuple.of(workspaceId, publicationIds.toArray(UUID[]::new)))
                .map(rows -> rows.stream().map(row -> new AssessmentView(row.getUUID("workspace_id"),
                        row.getUUID("publication_id"), row.getUUID("segment_id"), row.getDouble("impact"),
                        Sentiment.valueOf(row.getString("sentiment")))).toList());
    }

    /** Inserts or replaces the publication and all its assessments in one transaction. */
    Uni<Void> save(PublicationView publication, List<AssessmentView> assessments, boolean replace) {
        return pool.withTransaction(connection -> (replace ? update(connection, publication)
                : insert(connection, publication))
                .chain(() -> connection.preparedQuery("delete from assessment where publication_id = $1")
                        .execute(Tuple.of(publication.id())))
                .chain(() -> insertAssessments(connection, assessments)));
    }

    /** The work of an import inside its transaction: hands batches of rows to store. */
    interface ImportWork {
        void run(Consumer<List<PublicationImport.ParsedRow>> batches) throws IOException;
    }

    /**
     * Runs an import in one transaction on one connection, storing each batch as it comes.
     * Blocks: call it from a worker thread, never from the event loop.
     */
    void inTransaction(UUID workspaceId, ImportWork work) throws IOException {
        SqlConnection connection = pool.getConnection().await().indefinitely();
        try {
            Transaction transaction = connection.begin().await().indefinitely();
            try {
                // The media balance's daily sums are rebuilt once for the touched days, not per batch
                // (balance_rebuild, V4__media_balance.sql).
                connection.query("select set_config('resonance.balance_deferred', 'on', true)").execute()
                        .await().indefinitely();
                Set<LocalDate> days = new HashSet<>();
                work.run(batch -> upsert(connection, batch, days).await().indefinitely());
                connection.preparedQuery("select balance_rebuild($1, $2)")
                        .execute(Tuple.of(workspaceId, days.toArray(LocalDate[]::new))).await().indefinitely();
                transaction.commit().await().indefinitely();
            } catch (IOException | RuntimeException e) {
                transaction.rollback().await().indefinitely();
                throw e;
            }
        } finally {
            connection.close().await().indefinitely();
        }
    }

    /**
     * Inserts a batch of imported publications; one with an external id already in the workspace
     * is updated in place and its assessments replaced.
     */
    private static Uni<Void> upsert(SqlConnection connection, List<PublicationImport.ParsedRow> rows,
            Set<LocalDate> days) {
        List<PublicationView> publications = rows.stream().map(PublicationImport.ParsedRow::publication).toList();
        publications.forEach(p -> days.add(p.publishedAt().atZoneSameInstant(ZoneOffset.UTC).toLocalDate()));
        // The days a replaced publication leaves, for the balance rebuild.
        return connection.preparedQuery("select distinct balance_day_of(published_at) as day from publication"
                + " where workspace_id = $1 and external_id = any($2)")
                .execute(Tuple.of(publications.get(0).workspaceId(), publications.stream().map(PublicationView::externalId)
                        .filter(Objects::nonNull).toArray(String[]::new)))
                .invoke(left -> left.forEach(row -> days.add(row.getLocalDate("day"))))
                .chain(() -> connection.preparedQuery("""
                insert into publication (id, workspace_id, brand_id, channel_id, title, url, author, published_at,
                                         weight, external_id)
                select u.id, $1, u.brand_id, u.channel_id, u.title, u.url, u.author, u.published_at, u.weight, u.external_id
                from unnest($2::uuid[], $3::uuid[], $4::uuid[], $5::text[], $6::text[], $7::text[], $8::timestamptz[],
                            $9::float8[], $10::text[])
                     as u(id, brand_id, channel_id, title, url, author, published_at, weight, external_id)
                on conflict (workspace_id, external_id) do update set
                    brand_id = excluded.brand_id, channel_id = excluded.channel_id, title = excluded.title,
                    url = excluded.url, author = excluded.author, published_at = excluded.published_at,
                    weight = excluded.weight
                returning id, external_id
                """)
                .execute(Tuple.from(new Object[] { publications.get(0).workspaceId(),
                        publications.stream().map(PublicationView::id).toArray(UUID[]::new),
                        publications.stream().map(PublicationView::brandId).toArray(UUID[]::new),
                        publications.stream().map(PublicationView::channelId).toArray(UUID[]::new),
                        publications.stream().map(PublicationView::title).toArray(String[]::new),
                        publications.stream().map(PublicationView::url).toArray(String[]::new),
                        publications.stream().map(PublicationView::author).toArray(String[]::new),
                        publications.stream().map(PublicationView::publishedAt).toArray(OffsetDateTime[]::new),
                        publications.stream().map(PublicationView::weight).toArray(Double[]::new),
                        publications.stream().map(PublicationView::externalId).toArray(String[]::new) }))
                .chain(stored -> {
                    // A re-imported external id keeps the publication's existing id.
                    Map<String, UUID> existing = new HashMap<>();
                    stored.forEach(row -> {
                        if (row.getString("external_id") != null) {
                            existing.put(row.getString("external_id"), row.getUUID("id"));
                        }
                    });
                    List<UUID> replaced = new ArrayList<>();
                    List<AssessmentView> assessments = new ArrayList<>();
                    for (PublicationImport.ParsedRow row : rows) {
                        UUID id = row.publication().externalId() == null ? row.publication().id()
                                : existing.get(row.publication().externalId());
                        if (!id.equals(row.publication().id())) {
                            replaced.add(id);
                        }
                        row.assessments().forEach(a -> assessments.add(
                                new AssessmentView(a.workspaceId(), id, a.segmentId(), a.impact(), a.sentiment())));
                    }
                    Uni<Void> cleared = replaced.isEmpty() ? Uni.createFrom().voidItem()
                            : connection.preparedQuery("delete from assessment where publication_id = any($1)")
                                    .execute(Tuple.of(replaced.toArray(UUID[]::new))).replaceWithVoid();
                    return cleared.chain(() -> insertAssessments(connection, assessments));
                }));
    }

    /** Assessments go first, while the publication still tells the balance triggers where it appeared. */
    Uni<Boolean> delete(UUID workspaceId, UUID id) {
        return pool.withTransaction(connection -> connection
                .preparedQuery("delete from assessment where workspace_id = $1 and publication_id = $2")
                .execute(Tuple.of(workspaceId, id))
                .chain(() -> connection.preparedQuery("delete from publication where workspace_id = $1 and id = $2")
                        .execute(Tuple.of(workspaceId, id)))
                .map(result -> result.rowCount() > 0));
    }

    private static Uni<Void> insert(SqlClient connection, PublicationView p) {
        return connection.preparedQuery("insert into publication (id, workspace_id, brand_id, channel_id, title, url,"
                + " author, published_at, weight, external_id) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)")
                .execute(Tuple.from(new Object[] { p.id(), p.workspaceId(), p.brandId(), p.channelId(), p.title(),
                        p.url(), p.author(), p.publishedAt(), p.weight(), p.externalId() }))
                .replaceWithVoid();
    }

    private static Uni<Void> update(SqlClient connection, PublicationView p) {
        return connection.preparedQuery("update publication set brand_id = $3, channel_id = $4, title = $5, url = $6,"
                + " author = $7, published_at = $8, weight = $9, external_id = $10 where workspace_id = $2 and id = $1")
                .execute(Tuple.from(new Object[] { p.id(), p.workspaceId(), p.brandId(), p.channelId(), p.title(),
                        p.url(), p.author(), p.publishedAt(), p.weight(), p.externalId() }))
                .replaceWithVoid();
    }

    private static Uni<Void> insertAssessments(SqlClient connection, List<AssessmentView> assessments) {
        if (assessments.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return connection.preparedQuery("insert into assessment (workspace_id, publication_id, segment_id, impact,"
                + " sentiment) select * from unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::float8[], $5::text[])")
                .execute(Tuple.of(
                        assessments.stream().map(AssessmentView::workspaceId).toArray(UUID[]::new),
                        assessments.stream().map(AssessmentView::publicationId).toArray(UUID[]::new),
                        assessments.stream().map(AssessmentView::segmentId).toArray(UUID[]::new),
                        assessments.stream().map(AssessmentView::impact).toArray(Double[]::new),
                        assessments.stream().map(a -> a.sentiment().name()).toArray(String[]::new)))
                .replaceWithVoid();
    }

    private static PublicationView publication(Row row) {
        return new PublicationView(row.getUUID("id"), row.getUUID("workspace_id"), row.getUUID("brand_id"),
                row.getUUID("channel_id"), row.getString("title"), row.getString("url"), row.getString("author"),
                row.getOffsetDateTime("published_at").withOffsetSameInstant(ZoneOffset.UTC), row.getDouble("weight"),
                row.getString("external_id"));
    }
}
