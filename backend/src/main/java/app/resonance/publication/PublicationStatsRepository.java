package app.resonance.publication;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/** The reports: publications and impact per time bucket and group, aggregated in PostgreSQL. */
@ApplicationScoped
public class PublicationStatsRepository {

    private final Pool pool;

    PublicationStatsRepository(Pool pool) {
        this.pool = pool;
    }

    Uni<List<StatsRow>> stats(PublicationQuery query, StatsBucket bucket, StatsGroup group, ZoneId zone) {
        Tuple params = query.params();
        String bucketStart = bucketStart(bucket, zone, params);
        String assessmentJoin = (group.byAssessment() ? " join" : " left join")
                + " assessment a on a.publication_id = p.id" + query.assessmentJoinConditions();
        String sql = "select " + bucketStart + " as bucket, " + group.key + " as key, " + group.label + " as label,"
                + " count(distinct p.id) as publications, coalesce(sum(a.impact), 0) as impact"
                + " "
                + query.fromWhere(
                        true,
                        assessmentJoin
                                + " join brand b on b.id = p.brand_id left join segment s on s.id = a.segment_id")
                + " group by 1, 2, 3 order by 1, 3";
        return pool.preparedQuery(sql)
                .execute(params)
                .map(rows -> rows.stream()
                        .map(row -> new StatsRow(
                                row.getOffsetDateTime("bucket")
                                        .atZoneSameInstant(zone)
                                        .toOffsetDateTime(),
                                row.getString("key"),
                                row.getString("label"),
                                row.getLong("publications"),
                                row.getDouble("impact")))
                        .toList());
    }

    /**
     * The start of a publication's bucket in the zone. PostgreSQL reads an offset given as a zone name
     * with POSIX's sign ('+05:00' is five hours WEST of UTC), so a fixed offset goes in as an interval,
     * which it reads as ISO 8601 does; a region goes in by name.
     */
    private static String bucketStart(StatsBucket bucket, ZoneId zone, Tuple params) {
        String unit = "'" + bucket.name().toLowerCase(Locale.ROOT) + "'";
        if (zone.normalized() instanceof ZoneOffset offset) {
            params.addValue((double) offset.getTotalSeconds());
            String shift = "make_interval(secs => $" + params.size() + ")";
            return "date_trunc(" + unit + ", p.published_at at time zone " + shift + ") at time zone " + shift;
        }
        params.addValue(zone.getId());
        return "date_trunc(" + unit + ", p.published_at, $" + params.size() + ")";
    }
}
