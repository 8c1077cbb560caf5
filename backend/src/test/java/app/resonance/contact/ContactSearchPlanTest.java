package app.resonance.contact;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.resonance.common.persistence.SqlConditions;
import app.resonance.support.MediaWorkspace;
import app.resonance.support.RealStackTest;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * The contact search must stay an index search at a million contacts: on a few thousand generated rows
 * PostgreSQL already plans it over the three prefix indexes rather than reading the workspace's contacts,
 * in a custom plan and in the generic plan a cached prepared statement ends up with.
 */
@QuarkusTest
@RealStackTest
class ContactSearchPlanTest {

    @Inject
    Pool pool;

    @Test
    void aPrefixSearchByNameOrEmailReadsTheThreeIndexesEvenInAGenericPlan() {
        UUID workspace = UUID.fromString(MediaWorkspace.create().id());
        pool.preparedQuery("insert into contact (id, workspace_id, first_name, last_name, email, created_at,"
                        + " updated_at) select gen_random_uuid(), $1, 'First' || i, 'Last' || i,"
                        + " 'person' || i || '@example.com', now(), now() from generate_series(1, 5000) i")
                .execute(Tuple.of(workspace))
                .await()
                .indefinitely();
        pool.query("analyze contact").execute().await().indefinitely();

        SqlConditions query = ContactService.query(workspace, "Last123", null);
        String sql = "select c.id from contact c where " + query.where() + " order by "
                + ContactOrder.NAME_ASC.keyset.orderBy() + " limit 51";
        for (String mode : List.of("force_custom_plan", "force_generic_plan")) {
            String plan = pool.withConnection(connection -> connection
                            .query("set plan_cache_mode = " + mode)
                            .execute()
                            .chain(() ->
                                    connection.query("prepare search as " + sql).execute())
                            .chain(() -> connection
                                    .query("explain execute search('" + workspace + "', 'Last123')")
                                    .execute())
                            .call(() -> connection
                                    .query("deallocate search; reset plan_cache_mode")
                                    .execute()))
                    .map(rows -> StreamSupport.stream(rows.spliterator(), false)
                            .map(row -> row.getString(0))
                            .collect(Collectors.joining("\n")))
                    .await()
                    .indefinitely();
            for (String index : List.of("contact_first_name", "contact_last_name", "contact_email")) {
                assertTrue(plan.contains(index), mode + " uses " + index + ":\n" + plan);
            }
            assertFalse(plan.contains("Seq Scan"), mode + " reads no table sequentially:\n" + plan);
        }
    }
}
