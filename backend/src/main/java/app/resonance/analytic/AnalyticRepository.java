package app.resonance.analytic;

import app.resonance.common.error.Duplicate;
import app.resonance.common.error.InvalidInput.Reason;
import app.resonance.common.persistence.WorkspaceScopedRepository;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class AnalyticRepository implements WorkspaceScopedRepository<Analytic, AnalyticView> {

    /** The columns {@link #view} reads, under the alias {@code a}. */
    static final String COLUMNS = "a.id, a.applies_to, a.name, a.type, a.options, a.description, a.is_key";

    private final Pool pool;

    AnalyticRepository(Pool pool) {
        this.pool = pool;
    }

    @Override
    public String noun() {
        return "analytic";
    }

    @Override
    public Uni<List<AnalyticView>> views(UUID workspaceId, Collection<UUID> ids) {
        return list(workspaceId, null, ids);
    }

    /** The workspace's analytics of these records (all when null), by records and name. */
    Uni<List<AnalyticView>> list(UUID workspaceId, AnalyticAppliesTo appliesTo, Collection<UUID> ids) {
        return pool.preparedQuery("select " + COLUMNS + " from analytic a where a.workspace_id = $1"
                        + " and ($2::text is null or a.applies_to = $2)"
                        + " and ($3::uuid[] is null or a.id = any($3)) order by a.applies_to, lower(a.name), a.id")
                .execute(Tuple.of(
                        workspaceId,
                        appliesTo == null ? null : appliesTo.name(),
                        ids == null ? null : ids.toArray(UUID[]::new)))
                .map(rows -> rows.stream().map(AnalyticRepository::view).toList());
    }

    /** Fails on {@code name} when another analytic of the same records has the name, regardless of case. */
    Uni<Void> requireFreeNameAmongItsKind(UUID workspaceId, AnalyticInput input, UUID except) {
        String name = input.name().strip();
        return count(
                        "workspaceId = ?1 and appliesTo = ?2 and lower(name) = lower(?3) and id <> ?4",
                        workspaceId,
                        input.appliesTo(),
                        name,
                        except == null ? new UUID(0, 0) : except)
                .map(taken -> {
                    if (taken > 0) {
                        throw new Duplicate(
                                "name",
                                Reason.NAME_TAKEN,
                                name,
                                "another analytic of this workspace's " + input.appliesTo().table
                                        + " records is called " + name);
                    }
                    return null;
                });
    }

    static AnalyticView view(Row row) {
        return new AnalyticView(
                row.getUUID("id"),
                AnalyticAppliesTo.valueOf(row.getString("applies_to")),
                row.getString("name"),
                AnalyticType.valueOf(row.getString("type")),
                List.of(row.getArrayOfStrings("options")),
                row.getString("description"),
                row.getBoolean("is_key"));
    }
}
