package app.resonance.targetgroup;

import static app.resonance.targetgroup.Rules.contact;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.resonance.support.RealStackTest;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A target group's members download as a file: the rule's members, the included and not the excluded. */
@QuarkusTest
@RealStackTest
class TargetGroupExportTest {

    @Inject
    Pool pool;

    @Test
    void theMembersExportAsCsvWithTheManualOnesMarked() {
        CustomerBase base = CustomerBase.create(pool);
        base.company("Acme", "CURRENT", null, null, "", "", null);
        base.contact("anna", "Acme", false, false, "anna@example.com", "PL", null);
        base.contact("boris", null, false, false, "boris@example.com", "PL", null);
        base.contact("carla", null, false, false, "=cmd@example.com", "DE", null);
        String group = base.as(
                        "analyst",
                        "createTargetGroup",
                        "input",
                        Rules.map("name", "Poles"),
                        "rule",
                        contact("COUNTRY", "anyOf", List.of("PL")))
                .extract()
                .path("data.createTargetGroup.id");
        base.as(
                        "analyst",
                        "excludeFromTargetGroup",
                        "id",
                        group,
                        "contactIds",
                        List.of(base.id("boris").toString()))
                .body("errors", nullValue());
        base.as(
                        "analyst",
                        "includeInTargetGroup",
                        "id",
                        group,
                        "contactIds",
                        List.of(base.id("carla").toString()))
                .body("errors", nullValue());

        String url = base.as("viewer", "exportTargetGroupMembers", "id", group, "format", "CSV")
                .body("errors", nullValue())
                .body("data.exportTargetGroupMembers.fileName", equalTo("target-group-members.csv"))
                .extract()
                .path("data.exportTargetGroupMembers.url");
        List<String> lines = given().get(url)
                .then()
                .statusCode(200)
                .extract()
                .asString()
                .lines()
                .toList();
        assertEquals(
                List.of(
                        "id,first_name,last_name,email,company,included_manually",
                        base.id("anna") + ",anna,Test,anna@example.com,Acme,false",
                        base.id("carla") + ",carla,Test,'=cmd@example.com,,true"),
                lines);

        base.as("viewer", "exportTargetGroupMembers", "id", UUID.randomUUID().toString(), "format", "XLSX")
                .body("errors[0].extensions.reason", equalTo("NOT_FOUND"));
    }
}
