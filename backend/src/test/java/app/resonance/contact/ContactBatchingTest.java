package app.resonance.contact;

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
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A page of contact cards resolves each nested field for all contacts at once, never per contact (no N+1). */
@QuarkusTest
@RealStackTest
class ContactBatchingTest {

    private static final Pattern COMPLETED = Pattern.compile("(?m)^postgresql_completed_total\\{[^}]*} ([0-9.E]+)$");

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
    void fortyContactCardsWithCompanyConsentAndTimelineTakeABoundedNumberOfStatements() {
        MediaWorkspace ws = MediaWorkspace.create();
        String[] companies = new String[4];
        for (int i = 0; i < companies.length; i++) {
            companies[i] = ws.as("analyst", "createCompany", "input", Map.of("name", "Company " + i))
                    .body("errors", nullValue())
                    .extract()
                    .path("data.createCompany.id");
        }
        for (int i = 0; i < 40; i++) {
            ws.as(
                            "analyst",
                            "createContact",
                            "input",
                            Map.of("lastName", "Contact " + i, "companyId", companies[i % companies.length]))
                    .body("errors", nullValue());
        }

        long before = statementsSoFar();
        as("viewer", "contactCards", "workspaceId", ws.id(), "first", 100)
                .body("errors", nullValue())
                .body("data.contacts.edges", hasSize(40))
                .body("data.contacts.edges.node.company.contactCount", everyItem(notNullValue()))
                .body("data.contacts.edges.node.consents", everyItem(hasSize(4)))
                .body("data.contacts.edges.node.timeline.edges", everyItem(hasSize(1)));
        long statements = statementsSoFar() - before;

        // Membership, the page, companies, their contact counts and timelines, consents, consent history, timelines.
        assertTrue(statements <= 8, "the contact cards took " + statements + " SQL statements for 40 contacts");
    }
}
