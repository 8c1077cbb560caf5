package app.resonance.channel;

import app.resonance.common.persistence.NamedRowRepository;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.UUID;

@Singleton
public class ChannelRepository extends NamedRowRepository<Channel, ChannelView> {

    ChannelRepository(Pool pool) {
        super(pool, "channel", "id, name, type, url, publisher", row -> ChannelView.from(row, ""));
    }

    /** Inserts the rows, or updates those whose id exists, in one statement. */
    Uni<Void> upsert(UUID workspaceId, List<ChannelImport.Row> rows) {
        return pool.preparedQuery("""
                insert into channel (id, workspace_id, name, type, url, publisher)
                select u.id, $1, u.name, u.type, u.url, u.publisher
                from unnest($2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[]) as u(id, name, type, url, publisher)
                on conflict (id) do update set name = excluded.name, type = excluded.type, url = excluded.url,
                    publisher = excluded.publisher
                """)
                .execute(Tuple.from(new Object[] {
                    workspaceId,
                    rows.stream().map(ChannelImport.Row::id).toArray(UUID[]::new),
                    rows.stream().map(ChannelImport.Row::name).toArray(String[]::new),
                    rows.stream().map(row -> row.type().name()).toArray(String[]::new),
                    rows.stream().map(ChannelImport.Row::url).toArray(String[]::new),
                    rows.stream().map(ChannelImport.Row::publisher).toArray(String[]::new)
                }))
                .replaceWithVoid();
    }
}
