package app.resonance.publication;

import app.resonance.brand.BrandView;
import app.resonance.channel.ChannelView;
import app.resonance.common.paging.Cursor;
import app.resonance.segment.SegmentView;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Publications and assessments through the reactive SQL client: the filters compile to SQL
 * ({@link PublicationQuery}), and a page's relations are read with it, never per row. Imports write
 * through {@link PublicationImportStore}.
 */
@ApplicationScoped
public class PublicationRepository {

    private static final String COLUMNS = PublicationRow.TABLE.listAs("p");

    private static final String INSERT = "insert into publication (" + PublicationRow.TABLE.list() + ") values ("
            + PublicationRow.TABLE.parameters() + ")";

    private static final String UPDATE = "update publication set "
            + PublicationRow.TABLE.assignments("id", "workspace_id") + " where workspace_id = "
            + PublicationRow.TABLE.parameter("workspace_id") + " and id = " + PublicationRow.TABLE.parameter("id");

    private static final String INSERT_ASSESSMENTS = "insert into assessment (" + AssessmentRow.TABLE.list()
            + ") select * from " + AssessmentRow.TABLE.unnest(1);

    /** Segment names are unique in a workspace regardless of case (the id only makes the order total). */
    private static final Comparator<AssessmentView> BY_SEGMENT_NAME = Comparator.comparing(
                    (AssessmentView a) -> a.segment().name().toLowerCase(Locale.ROOT))
            .thenComparing(a -> a.segment().id());

    private final Pool pool;

    PublicationRepository(Pool pool) {
        this.pool = pool;
    }

    /** A publication row with its brand and channel when they were asked for (null otherwise), read in one statement. */
    record Joined(PublicationRow publication, BrandView brand, ChannelView channel) {}

    /** One page in the given order, after the cursor; asks for one row more to know whether a next page exists. */
    Uni<List<PublicationRow>> page(PublicationQuery query, PublicationOrder order, Cursor after, int limit) {
        return page(query, order, after, limit, PublicationRelations.NONE)
                .map(rows -> rows.stream().map(Joined::publication).toList());
    }

    /** As {@link #page(PublicationQuery, PublicationOrder, Cursor, int)}, with the brands and channels asked for. */
    Uni<List<Joined>> page(
            PublicationQuery query, PublicationOrder order, Cursor after, int limit, PublicationRelations wanted) {
        String direction = order.ascending ? "asc" : "desc";
        Tuple params = query.params();
        String keyset = "";
        if (after != null) {
            params.addValue(after.sortValue(PublicationQuery.sortValueParser(order)));
            params.addValue(after.id());
            keyset = " and (" + order.column + ", p.id) " + (order.ascending ? ">" : "<") + " ($" + (params.size() - 1)
                    + ", $" + params.size() + ")";
        }
        String sql = "select " + columns(wanted) + " " + query.fromWhere(wanted.channel(), brandJoin(wanted)) + keyset
                + " order by " + order.column + " " + direction + ", p.id " + direction + " limit " + limit;
        return pool.preparedQuery(sql)
                .execute(params)
                .map(rows -> rows.stream().map(row -> joined(row, wanted)).toList());
    }

    Uni<Long> count(PublicationQuery query) {
        return pool.preparedQuery("select count(*) " + query.fromWhere(false))
                .execute(query.params())
                .map(rows -> rows.iterator().next().getLong(0));
    }

    Uni<PublicationRow> find(UUID workspaceId, UUID id) {
        return find(workspaceId, id, PublicationRelations.NONE).map(row -> row == null ? null : row.publication());
    }

    /** The publication with the brand and channel asked for, or null. */
    Uni<Joined> find(UUID workspaceId, UUID id, PublicationRelations wanted) {
        return pool.preparedQuery("select " + columns(wanted) + " from publication p"
                        + (wanted.channel() ? " join channel c on c.id = p.channel_id" : "") + brandJoin(wanted)
                        + " where p.workspace_id = $1 and p.id = $2")
                .execute(Tuple.of(workspaceId, id))
                .map(rows -> rows.size() == 0 ? null : joined(rows.iterator().next(), wanted));
    }

    Uni<UUID> idOfExternal(UUID workspaceId, String externalId) {
        return pool.preparedQuery("select id from publication where workspace_id = $1 and external_id = $2")
                .execute(Tuple.of(workspaceId, externalId))
                .map(rows -> rows.size() == 0 ? null : rows.iterator().next().getUUID("id"));
    }

    /**
     * The assessments of these publications with their segments, by publication, each by segment name: one query.
     * The few assessments of each publication are sorted here: sorting all of a page's by lower(name) was a quarter
     * of the statement's time.
     */
    Uni<Map<UUID, List<AssessmentView>>> assessmentNodes(UUID workspaceId, Collection<UUID> publicationIds) {
        return pool.preparedQuery(
                        "select a.publication_id, a.impact, a.sentiment, s.id, s.name, s.profile, s.significance,"
                                + " s.immersion, s.reaction_weight from assessment a join segment s on s.id = a.segment_id"
                                + " where a.workspace_id = $1 and a.publication_id = any($2)")
                .execute(Tuple.of(workspaceId, publicationIds.toArray(UUID[]::new)))
                .map(rows -> {
                    Map<UUID, List<AssessmentView>> byPublication = new HashMap<>();
                    rows.forEach(row -> byPublication
                            .computeIfAbsent(row.getUUID("publication_id"), id -> new ArrayList<>())
                            .add(new AssessmentView(
                                    row.getDouble("impact"),
                                    Sentiment.valueOf(row.getString("sentiment")),
                                    SegmentView.from(row, ""))));
                    byPublication.values().forEach(assessments -> assessments.sort(BY_SEGMENT_NAME));
                    return byPublication;
                });
    }

    /** Inserts or replaces the publication and all its assessments in one transaction. */
    Uni<Void> save(PublicationRow publication, List<AssessmentRow> assessments, boolean replace) {
        return pool.withTransaction(connection -> (replace
                        ? update(connection, publication)
                        : insert(connection, publication))
                .chain(() -> connection
                        .preparedQuery("delete from assessment where publication_id = $1")
                        .execute(Tuple.of(publication.id())))
                .chain(() -> insertAssessments(connection, assessments)));
    }

    /** Assessments go first, while the publication still tells the balance triggers where it appeared. */
    Uni<Boolean> delete(UUID workspaceId, UUID id) {
        return pool.withTransaction(connection -> connection
                .preparedQuery("delete from assessment where workspace_id = $1 and publication_id = $2")
                .execute(Tuple.of(workspaceId, id))
                .chain(() -> connection
                        .preparedQuery("delete from publication where workspace_id = $1 and id = $2")
                        .execute(Tuple.of(workspaceId, id)))
                .map(result -> result.rowCount() > 0));
    }

    private static Uni<Void> insert(SqlClient connection, PublicationRow p) {
        return connection
                .preparedQuery(INSERT)
                .execute(Tuple.from(PublicationRow.TABLE.values(p)))
                .replaceWithVoid();
    }

    private static Uni<Void> update(SqlClient connection, PublicationRow p) {
        return connection
                .preparedQuery(UPDATE)
                .execute(Tuple.from(PublicationRow.TABLE.values(p)))
                .replaceWithVoid();
    }

    private static Uni<Void> insertAssessments(SqlClient connection, List<AssessmentRow> assessments) {
        if (assessments.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return connection
                .preparedQuery(INSERT_ASSESSMENTS)
                .execute(Tuple.from(AssessmentRow.TABLE.arrays(assessments)))
                .replaceWithVoid();
    }

    private static String columns(PublicationRelations wanted) {
        return COLUMNS
                + (wanted.brand() ? ", b.id as b_id, b.name as b_name, b.kind as b_kind" : "")
                + (wanted.channel()
                        ? ", c.id as c_id, c.name as c_name, c.type as c_type, c.url as c_url,"
                                + " c.publisher as c_publisher"
                        : "");
    }

    private static String brandJoin(PublicationRelations wanted) {
        return wanted.brand() ? " join brand b on b.id = p.brand_id" : "";
    }

    private static Joined joined(Row row, PublicationRelations wanted) {
        return new Joined(
                publication(row),
                wanted.brand() ? BrandView.from(row, "b_") : null,
                wanted.channel() ? ChannelView.from(row, "c_") : null);
    }

    private static PublicationRow publication(Row row) {
        return new PublicationRow(
                row.getUUID("id"),
                row.getUUID("workspace_id"),
                row.getUUID("brand_id"),
                row.getUUID("channel_id"),
                row.getString("title"),
                row.getString("url"),
                row.getString("author"),
                row.getOffsetDateTime("published_at").withOffsetSameInstant(ZoneOffset.UTC),
                row.getDouble("weight"),
                row.getString("external_id"));
    }
}
