package app.resonance.brand;

import app.resonance.common.persistence.NamedRowRepository;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.UUID;

@Singleton
public class BrandRepository extends NamedRowRepository<Brand, BrandView> {

    BrandRepository(Pool pool) {
        super(pool, "brand", "id, name, kind", row -> BrandView.from(row, ""));
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
}
