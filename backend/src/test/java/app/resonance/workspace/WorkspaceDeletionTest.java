package app.resonance.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.resonance.support.MediaWorkspace;
import app.resonance.support.RealStackTest;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The database removes a workspace with every row that belongs to it (there is no API for it yet). */
@QuarkusTest
@RealStackTest
class WorkspaceDeletionTest {

    @Inject
    Pool pool;

    private long rows(String table, UUID workspaceId) {
        return pool.preparedQuery("select count(*) from " + table + " where workspace_id = $1")
                .execute(Tuple.of(workspaceId))
                .await()
                .indefinitely()
                .iterator()
                .next()
                .getLong(0);
    }

    @Test
    void deletingAWorkspaceCascadesToAllItsRows() {
        MediaWorkspace ws = MediaWorkspace.create();
        ws.publish(
                ws.publication("Launch", "Northwind", "DevBlog", "2026-05-01T10:00:00Z", 0.5, "CIOs", 0.4, "POSITIVE"));
        UUID id = UUID.fromString(ws.id());
        assertEquals(1, rows("assessment", id));

        pool.preparedQuery("delete from workspace where id = $1")
                .execute(Tuple.of(id))
                .await()
                .indefinitely();

        for (String table :
                new String[] {"workspace_member", "segment", "channel", "brand", "publication", "assessment"}) {
            assertEquals(0, rows(table, id), table);
        }
    }
}
