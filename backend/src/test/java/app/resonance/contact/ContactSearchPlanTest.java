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
 * The contact list must stay an index read at a million contacts: on a few thousand generated rows
 * PostgreSQL already plans a search over the three prefix indexes, and the first page in name order from
 * the name-order index, rather than reading the workspace's contacts; in a custom plan and in the generic
 * plan a cached prepared statement ends up with.
 */
@QuarkusTest
@RealStackTest
class ContactSearchPlanTest {

    @Inject
    Pool pool;

    private static final List<String> GENERIC_AND_CUSTOM = List.of("force_custom_plan", "force_generic_plan");

    @Test
    void aPrefixSearchByNameOrEmailReadsTheThreeIndexesEvenInAGenericPlan() {
        UUID workspace = workspaceOfFiveThousandContacts();
        SqlConditions query = ContactService.query(workspace, "Last123", null);
        for (String mode : GENERIC_AND_CUSTOM) {
            String plan = plan(mode, workspace, query, "'Last123'");
            for (String index : List.of("contact_first_name", "contact_last_name", "contact_email")) {
                assertTrue(plan.contains(index), mode + " uses " + index + ":\n" + plan);
            }
            assertFalse(plan.contains("Seq Scan"), mode + " reads no table sequentially:\n" + plan);
        }
    }

    @Test
    void theFirstPageInNameOrderIsReadFromTheNameOrderIndexWithoutSorting() {
        UUID workspace = workspaceOfFiveThousandContacts();
        SqlConditions query = ContactService.query(workspace, null, null);
        for (String mode : GENERIC_AND_CUSTOM) {
            String plan = plan(mode, workspace, query, null);
            assertTrue(plan.contains("contact_name_order"), mode + " uses contact_name_order:\n" + plan);
            assertFalse(plan.contains("Sort"), mode + " sorts nothing:\n" + plan);
        }
    }

    private UUID workspaceOfFiveThousandContacts() {
        UUID workspace = UUID.fromString(MediaWorkspace.create().id());
        pool.preparedQuery("insert into contact (id, workspace_id, first_name, last_name, email, created_at,"
                        + " updated_at) select gen_random_uuid(), $1, 'First' || i, 'Last' || i,"
                        + " 'person' || i || '@example.com', now(), now() from generate_series(1, 5000) i")
                .execute(Tuple.of(workspace))
                .await()
                .indefinitely();
        pool.query("analyze contact").execute().await().indefinitely();
        return workspace;
    }

    /** The plan of a first page as the list reads it, in the plan cache mode; {@code search} as a SQL literal. */
    private String plan(String mode, UUID workspace, SqlConditions query, String search) {
        String sql = "select c.id from contact c where " + query.where() + " order by "
                + ContactOrder.NAME_ASC.keyset.orderBy() + " limit 51";
        String arguments = "'" + workspace + "'" + (search == null ? "" : ", " + search);
        return pool.withConnection(connection -> connection
                        .query("set plan_cache_mode = " + mode)
                        .execute()
                        .chain(() -> connection.query("prepare page as " + sql).execute())
                        .chain(() -> connection
                                .query("explain execute page(" + arguments + ")")
                                .execute())
                        .call(() -> connection
                                .query("deallocate page; reset plan_cache_mode")
                                .execute()))
                .map(rows -> StreamSupport.stream(rows.spliterator(), false)
                        .map(row -> row.getString(0))
                        .collect(Collectors.joining("\n")))
                .await()
                .indefinitely();
    }
}
