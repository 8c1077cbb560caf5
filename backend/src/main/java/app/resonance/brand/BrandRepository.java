package app.resonance.brand;

import app.resonance.common.persistence.WorkspaceScopedRepository;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class BrandRepository implements WorkspaceScopedRepository<Brand, BrandView> {

    private final Pool pool;

    BrandRepository(Pool pool) {
        this.pool = pool;
    }

    @Override
    public String noun() {
        return "brand";
    }

    Uni<Brand> clientOf(UUID workspaceId) {
        return find("workspaceId = ?1 and kind = ?2", workspaceId, BrandKind.CLIENT)
                .firstResult();
    }

    /** Inserts the rows, or updates those whose id exists, in one statement. */
    Uni<Void> upsert(UUID workspaceId, List<BrandImport.Row> rows) {
        return pool.preparedQuery("""
                insert into brand (id, workspace_id, name, kind)
                select u.id, $1, u.name, u.kind from unnest($2::uuid[], $3::text[], $4::text[]) as u(id, name, kind)
                on conflict (id) do update set name = excluded.name, kind = excluded.kind
                """)
                .execute(Tuple.of(
                        workspaceId,
                        rows.stream().map(BrandImport.Row::id).toArray(UUID[]::new),
                        rows.stream().map(BrandImport.Row::name).toArray(String[]::new),
                        rows.stream().map(row -> row.kind().name()).toArray(String[]::new)))
                .replaceWithVoid();
    }

    @Override
    public Uni<List<BrandView>> views(UUID workspaceId, Collection<UUID> ids) {
        return pool.preparedQuery("select id, name, kind from brand where workspace_id = $1"
                        + " and ($2::uuid[] is null or id = any($2)) order by lower(name), id")
                .execute(Tuple.of(workspaceId, ids == null ? null : ids.toArray(UUID[]::new)))
                .map(rows -> rows.stream().map(row -> BrandView.from(row, "")).toList());
    }
}
