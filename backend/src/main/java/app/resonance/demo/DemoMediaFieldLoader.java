package app.resonance.demo;

import app.resonance.demo.DemoCoverage.Assessment;
import app.resonance.demo.DemoCoverage.Publication;
import app.resonance.demo.DemoMediaField.Brand;
import app.resonance.demo.DemoMediaField.Channel;
import app.resonance.demo.DemoMediaField.Segment;
import app.resonance.demo.DemoMediaField.Weight;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;

/**
 * Writes the demo's media field into the demo workspace with its own SQL: one multi-row
 * {@code insert … select from unnest(…)} per table, in one transaction, so that hundreds of
 * publications load in well under a second. Going through the services would validate and publish
 * events row by row for data that is known to be valid.
 */
@ApplicationScoped
class DemoMediaFieldLoader {

    /** Changing it changes the whole demo story; the tests only rely on its shape. */
    static final long SEED = 20260501L;

    private final Pool pool;

    DemoMediaFieldLoader(Pool pool) {
        this.pool = pool;
    }

    /** Publications written, or 0 when the workspace already has a media field (brands). */
    Uni<Integer> seed(String workspaceName, LocalDate today) {
        return pool.withTransaction(connection -> connection
                // The row lock makes concurrent start-ups wait for each other instead of both seeding.
                .preparedQuery("select id, exists (select 1 from brand b where b.workspace_id = w.id) as seeded"
                        + " from workspace w where name = $1 for update")
                .execute(Tuple.of(workspaceName))
                .chain(rows -> {
                    var row = rows.iterator().next();
                    return row.getBoolean("seeded")
                            ? Uni.createFrom().item(0)
                            : write(connection, row.getUUID("id"), today);
                }));
    }

    private Uni<Integer> write(SqlConnection connection, UUID workspaceId, LocalDate today) {
        Random random = new Random(SEED);
        Map<String, UUID> segments =
                ids(DemoMediaField.SEGMENTS.stream().map(Segment::name).toList());
        Map<String, UUID> channels =
                ids(DemoMediaField.CHANNELS.stream().map(Channel::name).toList());
        Map<String, UUID> brands =
                ids(DemoMediaField.BRANDS.stream().map(Brand::name).toList());
        List<Weight> weights = DemoMediaField.weights(random);
        List<Publication> publications = DemoCoverage.generate(random.nextLong(), today);
        Map<String, UUID> publicationIds =
                ids(publications.stream().map(Publication::externalId).toList());
        List<AssessmentRow> assessments = publications.stream()
                .flatMap(publication -> publication.assessments().stream()
                        .map(assessment -> new AssessmentRow(publicationIds.get(publication.externalId()), assessment)))
                .toList();

        return insert(
                        connection,
                        """
                insert into segment (id, workspace_id, name, immersion, reaction_weight, profile, significance)
                select id, $1, name, immersion, reaction_weight, profile, significance
                from unnest($2::uuid[], $3::text[], $4::text[], $5::float8[], $6::text[], $7::text[])
                    as s(id, name, immersion, reaction_weight, profile, significance)
                """,
                        workspaceId,
                        DemoMediaField.SEGMENTS,
                        s -> segments.get(s.name()),
                        Segment::name,
                        Segment::immersion,
                        Segment::reactionWeight,
                        Segment::profile,
                        Segment::significance)
                .chain(() -> insert(
                        connection,
                        """
                        insert into channel (id, workspace_id, name, type, url, publisher)
                        select id, $1, name, type, url, publisher
                        from unnest($2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[]) as c(id, name, type, url, publisher)
                        """,
                        workspaceId,
                        DemoMediaField.CHANNELS,
                        c -> channels.get(c.name()),
                        Channel::name,
                        Channel::type,
                        Channel::url,
                        Channel::publisher))
                .chain(() -> insert(
                        connection,
                        """
                        insert into brand (id, workspace_id, name, kind)
                        select id, $1, name, kind from unnest($2::uuid[], $3::text[], $4::text[]) as b(id, name, kind)
                        """,
                        workspaceId,
                        DemoMediaField.BRANDS,
                        b -> brands.get(b.name()),
                        Brand::name,
                        Brand::kind))
                .chain(() -> insert(
                        connection,
                        """
                        insert into channel_weight (workspace_id, segment_id, channel_id, weight)
                        select $1, segment_id, channel_id, weight
                        from unnest($2::uuid[], $3::uuid[], $4::float8[]) as w(segment_id, channel_id, weight)
                        """,
                        workspaceId,
                        weights,
                        w -> segments.get(w.segment()),
                        w -> channels.get(w.channel()),
                        Weight::weight))
                .chain(() -> insert(
                        connection,
                        """
                        insert into publication
                            (id, workspace_id, external_id, published_at, brand_id, channel_id, title, url, author, weight)
                        select id, $1, external_id, published_at, brand_id, channel_id, title, url, author, weight
                        from unnest($2::uuid[], $3::text[], $4::timestamptz[], $5::uuid[], $6::uuid[], $7::text[],
                                    $8::text[], $9::text[], $10::float8[])
                            as p(id, external_id, published_at, brand_id, channel_id, title, url, author, weight)
                        """,
                        workspaceId,
                        publications,
                        p -> publicationIds.get(p.externalId()),
                        Publication::externalId,
                        Publication::publishedAt,
                        p -> brands.get(p.brand()),
                        p -> channels.get(p.channel()),
                        Publication::title,
                        Publication::url,
                        Publication::author,
                        Publication::weight))
                .chain(() -> insert(
                        connection,
                        """
                        insert into assessment (workspace_id, publication_id, segment_id, impact, sentiment)
                        select $1, publication_id, segment_id, impact, sentiment
                        from unnest($2::uuid[], $3::uuid[], $4::float8[], $5::text[])
                            as a(publication_id, segment_id, impact, sentiment)
                        """,
                        workspaceId,
                        assessments,
                        AssessmentRow::publicationId,
                        a -> segments.get(a.assessment().segment()),
                        a -> a.assessment().impact(),
                        a -> a.assessment().sentiment()))
                .replaceWith(publications.size());
    }

    private record AssessmentRow(UUID publicationId, Assessment assessment) {}

    /**
     * Runs one multi-row insert: {@code $1} is the workspace, {@code $2…} one array per column,
     * each made by applying a column function to every row.
     */
    @SafeVarargs
    private static <T> Uni<Void> insert(
            SqlConnection connection, String sql, UUID workspaceId, List<T> rows, Function<T, ?>... columns) {
        List<Object> params = new ArrayList<>();
        params.add(workspaceId);
        for (Function<T, ?> column : columns) {
            params.add(array(rows.stream().map(column).toList()));
        }
        return connection.preparedQuery(sql).execute(Tuple.from(params)).replaceWithVoid();
    }

    /** A typed array, as the PostgreSQL client binds arrays by their Java element type. */
    private static Object array(List<?> values) {
        Object first = values.get(0);
        if (first instanceof UUID) {
            return values.toArray(UUID[]::new);
        }
        if (first instanceof Double) {
            return values.toArray(Double[]::new);
        }
        if (first instanceof OffsetDateTime) {
            return values.toArray(OffsetDateTime[]::new);
        }
        return values.toArray(String[]::new);
    }

    private static Map<String, UUID> ids(List<String> names) {
        Map<String, UUID> ids = new HashMap<>();
        names.forEach(name -> ids.put(name, UUID.randomUUID()));
        return ids;
    }
}
