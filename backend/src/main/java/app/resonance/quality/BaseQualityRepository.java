package app.resonance.quality;

import app.resonance.common.persistence.Jdbc;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The daily quality records: written with one statement over all contacts of a workspace (blocking
 * JDBC: at a million contacts it outlasts the reactive statement timeout), read through the pool.
 */
@ApplicationScoped
public class BaseQualityRepository {

    private static final String COLUMNS = "day, contacts, valid_email, consent_email, consent_sms, consent_phone,"
            + " consent_post, key_analytics_filled, suspected_duplicates, untouched, recorded_at";

    /**
     * Parameters: the day, the recording time, the start of the 12 months without a touch (twice),
     * the workspace or null for all (twice). Company analytics count as missing for a contact without
     * a company.
     */
    private static final String RECORD = "insert into base_quality_day (workspace_id, " + COLUMNS + ")"
            + " select w.id, ?::date, c.contacts, c.valid_email, k.email, k.sms, k.phone, k.post, a.filled, d.contacts,"
            + " c.untouched, ?"
            + " from workspace w"
            + " cross join lateral ("
            + "   select count(*) as contacts,"
            + "     count(*) filter (where " + QualityConditions.VALID_EMAIL + ") as valid_email,"
            + "     count(*) filter (where " + QualityConditions.untouched("?", "?") + ") as untouched"
            + "   from contact c where c.workspace_id = w.id) c"
            + " cross join lateral ("
            + "   select count(*) filter (where channel = 'EMAIL') as email, count(*) filter (where channel = 'SMS') as sms,"
            + "     count(*) filter (where channel = 'PHONE') as phone, count(*) filter (where channel = 'POST') as post"
            + "   from consent where workspace_id = w.id and state = 'GRANTED') k"
            + " cross join lateral ("
            + "   select case when exists (select 1 from analytic where workspace_id = w.id and is_key) then ("
            + "     select count(*) from contact c where c.workspace_id = w.id and "
            + QualityConditions.keyAnalyticsFilled("w.id")
            + "   ) end as filled) a"
            + " cross join lateral ("
            + "   select count(distinct member) as contacts from contact_duplicates(w.id) p"
            + "   cross join lateral (values (p.contact_id), (p.other_id)) as m(member)) d"
            + " where (?::uuid is null or w.id = ?::uuid)"
            + " on conflict (workspace_id, day) do update set contacts = excluded.contacts,"
            + " valid_email = excluded.valid_email, consent_email = excluded.consent_email,"
            + " consent_sms = excluded.consent_sms, consent_phone = excluded.consent_phone,"
            + " consent_post = excluded.consent_post, key_analytics_filled = excluded.key_analytics_filled,"
            + " suspected_duplicates = excluded.suspected_duplicates, untouched = excluded.untouched,"
            + " recorded_at = excluded.recorded_at";

    private final Jdbc db;
    private final Pool pool;

    BaseQualityRepository(DataSource db, Pool pool) {
        this.db = new Jdbc(db);
        this.pool = pool;
    }

    /** Records the day's figures of the workspace, or of every workspace when null; blocking. */
    int record(UUID workspaceId, LocalDate day, Instant now) {
        Timestamp untouchedSince = Timestamp.from(untouchedSince(day).toInstant());
        return db.inTransaction("recording the quality of the customer base", connection -> {
            try (Statement settings = connection.createStatement()) {
                // One big aggregation: JIT compiling costs seconds here and saves less; the grouping of
                // a million emails fits in memory instead of spilling to disk.
                settings.execute("set local jit = off");
                settings.execute("set local work_mem = '256MB'");
            }
            try (PreparedStatement record = connection.prepareStatement(RECORD)) {
                record.setObject(1, day);
                record.setTimestamp(2, Timestamp.from(now));
                record.setTimestamp(3, untouchedSince);
                record.setTimestamp(4, untouchedSince);
                record.setObject(5, workspaceId);
                record.setObject(6, workspaceId);
                return record.executeUpdate();
            }
        });
    }

    /** Untouched on the day: not changed, and nothing on the timeline, since the start of the day 12 months before. */
    static OffsetDateTime untouchedSince(LocalDate day) {
        return day.minusMonths(12).atStartOfDay().atOffset(ZoneOffset.UTC);
    }

    Uni<List<BaseQualityDay>> days(UUID workspaceId, LocalDate from, LocalDate to) {
        return pool.preparedQuery("select " + COLUMNS
                        + " from base_quality_day where workspace_id = $1 and day between $2 and $3 order by day")
                .execute(Tuple.of(workspaceId, from, to))
                .map(rows -> rows.stream().map(BaseQualityRepository::day).toList());
    }

    private static BaseQualityDay day(Row row) {
        return new BaseQualityDay(
                row.getLocalDate("day"),
                row.getInteger("contacts"),
                row.getInteger("valid_email"),
                row.getInteger("consent_email"),
                row.getInteger("consent_sms"),
                row.getInteger("consent_phone"),
                row.getInteger("consent_post"),
                row.getInteger("key_analytics_filled"),
                row.getInteger("suspected_duplicates"),
                row.getInteger("untouched"),
                row.getOffsetDateTime("recorded_at"));
    }
}
