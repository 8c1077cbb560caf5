package app.resonance.targetgroup;

import static app.resonance.targetgroup.Rules.contact;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import app.resonance.support.RealStackTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A target group's history counted by hand over four recorded days: contacts join, leave, come back, one is
 * deleted, and the rule changes. Days are recorded through the service with chosen dates (the daily job's
 * path), and today's through the mutation.
 */
@QuarkusTest
@RealStackTest
class TargetGroupHistoryTest {

    private static final LocalDate D1 = LocalDate.of(2026, 3, 1);
    private static final LocalDate D2 = D1.plusDays(1);
    private static final LocalDate D3 = D1.plusDays(2);
    private static final LocalDate D4 = D1.plusDays(3);

    @Inject
    Pool pool;

    @Inject
    TargetGroupHistory history;

    @Test
    void sizeJoinedAndLeftPerDayAndWhoJoinedOrLeftSinceADay() {
        CustomerBase base = CustomerBase.create(pool);
        base.contact("anna", null, false, false, "anna@example.com", "PL", null);
        base.contact("boris", null, false, false, "boris@example.com", "PL", null);
        base.contact("carla", null, false, false, "carla@example.com", "DE", null);
        base.contact("dmitri", null, false, false, "dmitri@example.com", "UA", null);
        String group = base.as(
                        "analyst",
                        "createTargetGroup",
                        "input",
                        Rules.map("name", "Poles"),
                        "rule",
                        contact("COUNTRY", "anyOf", List.of("PL")))
                .body("errors", nullValue())
                .extract()
                .path("data.createTargetGroup.id");

        // D1, the first record: anna and boris join.
        record(base, D1);
        // D2: boris moved to Germany, eve arrived: eve joins, boris leaves.
        country(base, "boris", "DE");
        base.contact("eve", null, false, false, "eve@example.com", "PL", null);
        record(base, D2);
        // D3: boris is back.
        country(base, "boris", "PL");
        record(base, D3);
        // D4: eve is deleted, and the rule now wants Germans: carla joins, anna, boris and eve leave.
        pool.preparedQuery("delete from contact where id = $1")
                .execute(Tuple.of(base.id("eve")))
                .await()
                .indefinitely();
        base.as("analyst", "changeTargetGroupRule", "id", group, "rule", contact("COUNTRY", "anyOf", List.of("DE")))
                .body("errors", nullValue());
        record(base, D4);

        base.as("viewer", "targetGroupHistory", "id", group, "from", D1.toString(), "to", D4.toString())
                .body("errors", nullValue())
                .body(
                        "data.targetGroupHistory.day",
                        contains(D1.toString(), D2.toString(), D3.toString(), D4.toString()))
                .body("data.targetGroupHistory.size", contains(2, 2, 3, 1))
                .body("data.targetGroupHistory.joined", contains(2, 1, 1, 1))
                .body("data.targetGroupHistory.left", contains(0, 1, 0, 3));

        // Eve's changes went with her; boris joined twice.
        changes(base, group, "JOINED", D1, null)
                .body("data.targetGroupChanges.edges.node.firstName", contains("anna", "boris", "boris", "carla"))
                .body(
                        "data.targetGroupChanges.edges.node.day",
                        contains(D1.toString(), D1.toString(), D3.toString(), D4.toString()));
        changes(base, group, "LEFT", D3, null)
                .body("data.targetGroupChanges.edges.node.firstName", contains("anna", "boris"))
                .body("data.targetGroupChanges.edges.node.kind", contains("LEFT", "LEFT"));
        String end = changes(base, group, "JOINED", D2, 1)
                .body("data.targetGroupChanges.edges.node.firstName", contains("boris"))
                .body("data.targetGroupChanges.pageInfo.hasNextPage", equalTo(true))
                .extract()
                .path("data.targetGroupChanges.pageInfo.endCursor");
        base.as("viewer", "targetGroupChanges", "id", group, "kind", "JOINED", "since", D2.toString(), "after", end)
                .body("data.targetGroupChanges.edges.node.firstName", contains("carla"))
                .body("data.targetGroupChanges.pageInfo.hasNextPage", equalTo(false));
    }

    @Test
    void recordingTodayTwiceAddsOnlyTheChangesBetweenAndNeedsTheRightToWrite() {
        CustomerBase base = CustomerBase.create(pool);
        base.contact("anna", null, false, false, "anna@example.com", "PL", null);
        String group = base.as(
                        "analyst",
                        "createTargetGroup",
                        "input",
                        Rules.map("name", "Poles"),
                        "rule",
                        contact("COUNTRY", "anyOf", List.of("PL")))
                .extract()
                .path("data.createTargetGroup.id");
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        base.as("viewer", "recordTargetGroupHistory").body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        base.as("analyst", "recordTargetGroupHistory")
                .body("errors", nullValue())
                .body("data.recordTargetGroupHistory", hasSize(1))
                .body("data.recordTargetGroupHistory[0].targetGroupId", equalTo(group))
                .body("data.recordTargetGroupHistory[0].day", equalTo(today))
                .body("data.recordTargetGroupHistory[0].size", equalTo(1))
                .body("data.recordTargetGroupHistory[0].joined", equalTo(1));
        base.contact("boris", null, false, false, "boris@example.com", "PL", null);
        base.as("analyst", "recordTargetGroupHistory")
                .body("data.recordTargetGroupHistory[0].size", equalTo(2))
                .body("data.recordTargetGroupHistory[0].joined", equalTo(2))
                .body("data.recordTargetGroupHistory[0].left", equalTo(0));
        base.as("viewer", "targetGroupHistory", "id", group).body("data.targetGroupHistory", hasSize(1));
        base.as("viewer", "targetGroupHistory", "id", group, "from", "2026-02-01", "to", "2026-01-01")
                .body("errors[0].extensions.reason", equalTo("NOT_AFTER_START"));
        base.as("viewer", "targetGroupHistory", "id", UUID.randomUUID().toString())
                .body("errors[0].extensions.field", equalTo("id"))
                .body("errors[0].extensions.reason", equalTo("NOT_FOUND"));
    }

    private void record(CustomerBase base, LocalDate day) {
        history.record(UUID.fromString(base.workspaceId), day).await().indefinitely();
    }

    private void country(CustomerBase base, String contact, String country) {
        pool.preparedQuery("update contact set country = $2 where id = $1")
                .execute(Tuple.of(base.id(contact), country))
                .await()
                .indefinitely();
    }

    private static ValidatableResponse changes(
            CustomerBase base, String group, String kind, LocalDate since, Integer first) {
        return base.as(
                        "viewer",
                        "targetGroupChanges",
                        "id",
                        group,
                        "kind",
                        kind,
                        "since",
                        since.toString(),
                        "first",
                        first)
                .body("errors", nullValue());
    }
}
