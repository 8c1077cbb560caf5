package app.resonance.publication;

import static app.resonance.support.GraphQL.as;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.resonance.support.Management;
import app.resonance.support.MediaWorkspace;
import app.resonance.support.RealStackTest;
import io.quarkus.test.junit.QuarkusTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Nested fields resolve per level for all rows at once, never per row (no N+1). */
@QuarkusTest
@RealStackTest
class PublicationBatchingTest {

    private static final Pattern COMPLETED = Pattern.compile("(?m)^postgresql_completed_total\\{[^}]*} ([0-9.E]+)$");

    /** SQL statements the app's reactive client has completed, from its Micrometer counter. */
    private static long statementsSoFar() {
        Matcher matcher = COMPLETED.matcher(Management.request()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        assertTrue(matcher.find(), "postgresql_completed_total is missing from /q/metrics");
        return (long) Double.parseDouble(matcher.group(1));
    }

    @Test
    void fiveHundredPublicationsWithAllNestedFieldsTakeABoundedNumberOfStatements() {
        MediaWorkspace ws = MediaWorkspace.create();
        String[] brands = {"Northwind", "Contoso", "Fabrikam"};
        String[] channels = {"CIO Daily", "DevBlog", "LinkedIn"};
        for (int i = 0; i < 500; i++) {
            ws.publish(ws.publication(
                    "Story " + i,
                    brands[i % 3],
                    channels[(i / 3) % 3],
                    String.format("2026-01-01T00:%02d:%02dZ", i / 60, i % 60),
                    0.5,
                    "CIOs",
                    0.3,
                    "POSITIVE",
                    "Engineers",
                    null,
                    "NEGATIVE"));
        }

        long before = statementsSoFar();
        as("viewer", "publications", "workspaceId", ws.id(), "first", 500)
                .body("errors", nullValue())
                .body("data.publications.edges", hasSize(500))
                .body("data.publications.edges.node.brand.name", everyItem(notNullValue()))
                .body("data.publications.edges.node.channel.type", everyItem(notNullValue()))
                .body("data.publications.edges.node.assessments", everyItem(hasSize(2)))
                .body("data.publications.edges.node.assessments.flatten().segment.name", everyItem(notNullValue()));
        long statements = statementsSoFar() - before;

        // Membership check, the page with its brands and channels, the count, the assessments with their segments.
        assertTrue(statements <= 4, "the nested query took " + statements + " SQL statements for 500 rows");
    }
}
