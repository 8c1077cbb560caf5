package app.resonance.targetgroup;

import static app.resonance.targetgroup.Rules.all;
import static app.resonance.targetgroup.Rules.analytic;
import static app.resonance.targetgroup.Rules.any;
import static app.resonance.targetgroup.Rules.company;
import static app.resonance.targetgroup.Rules.condition;
import static app.resonance.targetgroup.Rules.contact;
import static app.resonance.targetgroup.Rules.map;
import static app.resonance.targetgroup.Rules.member;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.resonance.support.RealStackTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Target groups as a user keeps them: versions with who and when, manual includes and excludes that survive
 * a rule change, groups inside groups without cycles, the limits of a rule, and the workspace's borders.
 * Contacts: anna (key staff), boris (management), carla (both), fred (neither).
 */
@QuarkusTest
@RealStackTest
class TargetGroupApiTest {

    private static final Map<String, Object> KEY_STAFF = contact("KEY_STAFF", "is", true);
    private static final Map<String, Object> MANAGEMENT = contact("MANAGEMENT", "is", true);

    private static CustomerBase base;
    private static CustomerBase other;

    @Inject
    Pool pool;

    @BeforeEach
    void twoWorkspaces() {
        if (base != null) {
            return;
        }
        base = CustomerBase.create(pool);
        base.contact("anna", null, true, false, "anna@example.com", null, null);
        base.contact("boris", null, false, true, "boris@example.com", null, null);
        base.contact("carla", null, true, true, "carla@example.com", null, null);
        base.contact("fred", null, false, false, "fred@example.com", null, null);
        base.analytic("Employees", "CONTACT", "NUMBER");
        other = CustomerBase.create(pool);
        other.contact("olga", null, true, false, "olga@example.com", null, null);
        other.analytic("Employees", "CONTACT", "NUMBER");
    }

    @Test
    void everyRuleChangeIsANewVersionAndManualMembersSurviveIt() {
        String id = create("Key staff " + UUID.randomUUID(), KEY_STAFF)
                .body("data.createTargetGroup.version", equalTo(1))
                .body("data.createTargetGroup.createdBy", equalTo("analyst"))
                .body("data.createTargetGroup.count", equalTo(2))
                .extract()
                .path("data.createTargetGroup.id");
        base.as("analyst", "excludeFromTargetGroup", "id", id, "contactIds", ids("carla"))
                .body("errors", nullValue())
                .body("data.excludeFromTargetGroup.count", equalTo(1));
        base.as("analyst", "includeInTargetGroup", "id", id, "contactIds", ids("fred"))
                .body("data.includeInTargetGroup.count", equalTo(2));
        assertMembers(id, "anna", "fred");

        base.as("analyst", "changeTargetGroupRule", "id", id, "rule", MANAGEMENT, "timeZone", "Europe/Warsaw")
                .body("errors", nullValue())
                .body("data.changeTargetGroupRule.version", equalTo(2))
                .body("data.changeTargetGroupRule.timeZone", equalTo("Europe/Warsaw"));
        // carla is management too, but stays excluded; fred stays included.
        assertMembers(id, "boris", "fred");
        base.as("viewer", "targetGroup", "id", id)
                .body("data.targetGroup.members.edges.node.includedManually", contains(false, true))
                .body("data.targetGroup.rule.condition.contact.field", equalTo("MANAGEMENT"))
                .body("data.targetGroup.versions.version", contains(2, 1))
                .body("data.targetGroup.versions.createdBy", contains("analyst", "analyst"))
                .body("data.targetGroup.versions.timeZone", contains("Europe/Warsaw", "UTC"))
                .body("data.targetGroup.versions[1].rule.condition.contact.field", equalTo("KEY_STAFF"))
                .body("data.targetGroup.versions[0].createdAt", notNullValue());

        base.as("analyst", "clearManualMembership", "id", id, "contactIds", ids("carla", "fred"))
                .body("data.clearManualMembership.count", equalTo(2));
        assertMembers(id, "boris", "carla");
    }

    @Test
    void membersComePageByPage() {
        String id = create("Everyone " + UUID.randomUUID(), all()).extract().path("data.createTargetGroup.id");
        ValidatableResponse first = base.as("viewer", "targetGroup", "id", id, "first", 3)
                .body("data.targetGroup.count", equalTo(4))
                .body("data.targetGroup.members.edges.size()", equalTo(3))
                .body("data.targetGroup.members.pageInfo.hasNextPage", equalTo(true));
        String after = first.extract().path("data.targetGroup.members.pageInfo.endCursor");
        base.as("viewer", "targetGroup", "id", id, "first", 3, "after", after)
                .body("data.targetGroup.members.edges.size()", equalTo(1))
                .body("data.targetGroup.members.pageInfo.hasNextPage", equalTo(false));
    }

    @Test
    void aGroupMayUseAnotherGroupButNeverItselfAndStaysWhileUsed() {
        String keyStaff = create("Key staff plus " + UUID.randomUUID(), KEY_STAFF)
                .extract()
                .path("data.createTargetGroup.id");
        base.as("analyst", "excludeFromTargetGroup", "id", keyStaff, "contactIds", ids("carla"));
        base.as("analyst", "includeInTargetGroup", "id", keyStaff, "contactIds", ids("fred"));
        String user = create("Uses key staff " + UUID.randomUUID(), member(keyStaff))
                .body("data.createTargetGroup.count", equalTo(2))
                .extract()
                .path("data.createTargetGroup.id");
        assertMembers(user, "anna", "fred");

        base.as("analyst", "changeTargetGroupRule", "id", keyStaff, "rule", member(user))
                .body("errors[0].extensions.reason", equalTo("TARGET_GROUP_CYCLE"));
        base.as("analyst", "changeTargetGroupRule", "id", keyStaff, "rule", any(MANAGEMENT, member(keyStaff)))
                .body("errors[0].extensions.reason", equalTo("TARGET_GROUP_CYCLE"))
                .body("errors[0].extensions.field", equalTo("rule.any[1].condition.targetGroup.targetGroupId"));
        base.as("viewer", "targetGroup", "id", keyStaff).body("data.targetGroup.version", equalTo(1));

        base.as("analyst", "deleteTargetGroup", "id", keyStaff)
                .body("errors[0].extensions.reason", equalTo("TARGET_GROUP_IN_USE"));
        base.as("analyst", "deleteTargetGroup", "id", user).body("data.deleteTargetGroup", equalTo(user));
        base.as("analyst", "deleteTargetGroup", "id", keyStaff).body("data.deleteTargetGroup", equalTo(keyStaff));
        base.as("viewer", "targetGroup", "id", keyStaff).body("errors[0].extensions.reason", equalTo("NOT_FOUND"));
    }

    @Test
    void groupsInsideGroupsAreBoundedInDepth() {
        String inner = create("Level " + UUID.randomUUID(), KEY_STAFF).extract().path("data.createTargetGroup.id");
        for (int level = 0; level < 3; level++) {
            inner = create("Level " + UUID.randomUUID(), member(inner))
                    .body("errors", nullValue())
                    .extract()
                    .path("data.createTargetGroup.id");
        }
        preview(member(inner))
                .body("errors[0].extensions.reason", equalTo("RULE_TOO_DEEP"))
                .body("errors[0].extensions.value", equalTo("3"));
    }

    @Test
    void rulesOverTheLimitsAreRefusedWithTheLimit() {
        List<Object> many = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            many.add(KEY_STAFF);
        }
        preview(any(many.toArray()))
                .body("errors[0].extensions.reason", equalTo("RULE_TOO_LARGE"))
                .body("errors[0].extensions.value", equalTo("100"));
        Map<String, Object> deep = KEY_STAFF;
        for (int i = 0; i < 8; i++) {
            deep = all(deep);
        }
        preview(deep)
                .body("errors[0].extensions.reason", equalTo("RULE_TOO_DEEP"))
                .body("errors[0].extensions.value", equalTo("8"));
        preview(all(all(all(all(all(all(all(KEY_STAFF)))))))).body("errors", nullValue());
    }

    @Test
    void eachNodeAndConditionSetsExactlyOnePart() {
        Map<String, Object> both = map("all", List.of(), "condition", KEY_STAFF.get("condition"));
        preview(both)
                .body("errors[0].extensions.reason", equalTo("ONE_OF"))
                .body("errors[0].extensions.field", equalTo("rule"));
        preview(all(map()))
                .body("errors[0].extensions.reason", equalTo("MISSING"))
                .body("errors[0].extensions.field", equalTo("rule.all[0]"));
        preview(map(
                        "condition",
                        map(
                                "contact",
                                map("field", "KEY_STAFF", "is", true),
                                "consent",
                                map("channel", "SMS", "state", "GRANTED"))))
                .body("errors[0].extensions.reason", equalTo("ONE_OF"))
                .body("errors[0].extensions.field", equalTo("rule.condition"));
        preview(contact("KEY_STAFF")).body("errors[0].extensions.field", equalTo("rule.condition.contact.is"));
    }

    @Test
    void conditionsMustFitTheirAnalyticAndTheFieldsValues() {
        preview(analytic(base.id("Employees"), "anyOf", List.of("many")))
                .body("errors[0].extensions.reason", equalTo("NOT_FOR_THIS_TYPE"))
                .body("errors[0].extensions.field", equalTo("rule.condition.analytic.anyOf"))
                .body("errors[0].extensions.value", equalTo("NUMBER"));
        preview(company("STATUS", "CURRENT", "ACTIVE"))
                .body("errors[0].extensions.reason", equalTo("NOT_AN_OPTION"))
                .body("errors[0].extensions.field", equalTo("rule.condition.company.anyOf[1]"))
                .body("errors[0].extensions.value", equalTo("ACTIVE"));
        preview(condition("purchases", "measure", "COUNT", "atLeast", 3, "atMost", 1))
                .body("errors[0].extensions.reason", equalTo("NOT_AFTER_START"));
        preview(condition("purchases", "measure", "COUNT", "atLeast", 3, "lastDays", 0))
                .body("errors[0].extensions.reason", equalTo("BELOW_MINIMUM"));
        base.as("viewer", "previewTargetGroup", "rule", KEY_STAFF, "timeZone", "CET")
                .body("errors[0].extensions.reason", equalTo("NOT_A_TIME_ZONE"));
    }

    @Test
    void idsOfAnotherWorkspaceAreNotFound() {
        preview(all(KEY_STAFF, analytic(other.id("Employees"), "isSet", true)))
                .body("errors[0].extensions.reason", equalTo("NOT_FOUND"))
                .body("errors[0].extensions.field", equalTo("rule.all[1].condition.analytic.analyticId"));
        String theirs = other.as("analyst", "createTargetGroup", "input", map("name", "Theirs"), "rule", KEY_STAFF)
                .extract()
                .path("data.createTargetGroup.id");
        preview(member(theirs))
                .body("errors[0].extensions.reason", equalTo("NOT_FOUND"))
                .body("errors[0].extensions.field", equalTo("rule.condition.targetGroup.targetGroupId"));
        base.as("viewer", "targetGroup", "id", theirs).body("errors[0].extensions.reason", equalTo("NOT_FOUND"));
        base.as("analyst", "deleteTargetGroup", "id", theirs).body("errors[0].extensions.reason", equalTo("NOT_FOUND"));

        String ours = create("Ours " + UUID.randomUUID(), KEY_STAFF).extract().path("data.createTargetGroup.id");
        base.as(
                        "analyst",
                        "includeInTargetGroup",
                        "id",
                        ours,
                        "contactIds",
                        List.of(other.id("olga").toString()))
                .body("errors[0].extensions.reason", equalTo("NOT_FOUND"))
                .body("errors[0].extensions.field", equalTo("contactIds[0]"));
        other.as("viewer", "targetGroup", "id", theirs).body("data.targetGroup.count", equalTo(1));
    }

    @Test
    void namesAreUniqueRegardlessOfCaseAndPlainText() {
        String name = "'); drop table contact; -- " + UUID.randomUUID();
        String id = create(name, KEY_STAFF)
                .body("data.createTargetGroup.name", equalTo(name))
                .extract()
                .path("data.createTargetGroup.id");
        create(name.toUpperCase(), MANAGEMENT)
                .body("errors[0].extensions.code", equalTo("DUPLICATE"))
                .body("errors[0].extensions.reason", equalTo("NAME_TAKEN"));
        base.as("analyst", "updateTargetGroup", "id", id, "input", map("name", "Renamed " + name, "description", "Why"))
                .body("data.updateTargetGroup.description", equalTo("Why"))
                .body("data.updateTargetGroup.version", equalTo(1));
    }

    @Test
    void viewersReadAndPreviewButDoNotChangeGroups() {
        create("Viewer's own", KEY_STAFF);
        base.as("viewer", "createTargetGroup", "input", map("name", "Not mine"), "rule", KEY_STAFF)
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        preview(KEY_STAFF).body("data.previewTargetGroup.count", equalTo(2));
        base.as("outsider", "previewTargetGroup", "rule", KEY_STAFF)
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
    }

    @Test
    void aCountThatOutlastsTheStatementTimeoutAnswersTimeout() {
        String id = create("Slow " + UUID.randomUUID(), KEY_STAFF).extract().path("data.createTargetGroup.id");
        // Holds the manual members' table longer than the test profile's 2 s statement timeout.
        Uni<Void> locked =
                pool.withTransaction(tx -> tx.query("lock table target_group_manual in access exclusive mode")
                        .execute()
                        .chain(() -> tx.query("select pg_sleep(4)").execute())
                        .replaceWithVoid());
        var holding = locked.subscribeAsCompletionStage();
        try {
            Thread.sleep(300);
            base.as("viewer", "targetGroup", "id", id)
                    .body("errors.extensions.code", everyItem(equalTo("TIMEOUT")))
                    .body("errors.path", hasItem(contains("targetGroup", "count")));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            holding.toCompletableFuture().orTimeout(10, TimeUnit.SECONDS).join();
        }
        assertEquals(2, base.as("viewer", "targetGroup", "id", id).extract().<Integer>path("data.targetGroup.count"));
    }

    @Test
    void deletingAWorkspaceTakesItsTargetGroupsEvenWhenTheyUseEachOther() {
        CustomerBase doomed = CustomerBase.create(pool);
        doomed.contact("zoe", null, true, false, "zoe@example.com", null, null);
        String used = doomed.as("analyst", "createTargetGroup", "input", map("name", "Used"), "rule", KEY_STAFF)
                .extract()
                .path("data.createTargetGroup.id");
        String user = doomed.as("analyst", "createTargetGroup", "input", map("name", "User"), "rule", member(used))
                .extract()
                .path("data.createTargetGroup.id");
        doomed.as(
                        "analyst",
                        "includeInTargetGroup",
                        "id",
                        user,
                        "contactIds",
                        List.of(doomed.id("zoe").toString()))
                .body("data.includeInTargetGroup.count", equalTo(1));

        UUID ws = UUID.fromString(doomed.workspaceId);
        pool.preparedQuery("delete from workspace where id = $1").executeAndAwait(Tuple.of(ws));
        for (String table :
                List.of("target_group", "target_group_version", "target_group_reference", "target_group_manual")) {
            assertEquals(
                    0L,
                    pool.preparedQuery("select count(*) from " + table + " where workspace_id = $1")
                            .executeAndAwait(Tuple.of(ws))
                            .iterator()
                            .next()
                            .getLong(0),
                    table);
        }
    }

    private static ValidatableResponse create(String name, Map<String, Object> rule) {
        return base.as("analyst", "createTargetGroup", "input", map("name", name), "rule", rule);
    }

    private static ValidatableResponse preview(Map<String, Object> rule) {
        return base.as("viewer", "previewTargetGroup", "rule", rule);
    }

    private static List<String> ids(String... names) {
        return Arrays.stream(names).map(name -> base.id(name).toString()).toList();
    }

    private static void assertMembers(String groupId, String... firstNames) {
        base.as("viewer", "targetGroup", "id", groupId)
                .body("errors", nullValue())
                .body("data.targetGroup.members.edges.node.firstName", contains(firstNames))
                .body("data.targetGroup.count", equalTo(firstNames.length));
    }
}
