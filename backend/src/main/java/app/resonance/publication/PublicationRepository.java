package app.resonance.publication;

import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import app.resonance.common.paging.Cursor;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Publications and assessments through the reactive SQL client: the filters compile to SQL
 * ({@link PublicationQuery}) and nested GraphQL fields read in batches. Imports write through
 * {@link PublicationImportStore}.
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
