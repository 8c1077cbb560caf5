package app.resonance.contact;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.oneOf;
import static org.hamcrest.Matchers.startsWith;

import app.resonance.support.MediaWorkspace;
import app.resonance.support.RealStackTest;
import app.resonance.support.SqlFixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The list of suspected duplicates finds hand-made pairs for each reason, pages, and forgets dismissed pairs. */
@QuarkusTest
@RealStackTest
class ContactDuplicateTest {

    @Inject
    DataSource db;

    private record Base(MediaWorkspace ws, UUID anna, UUID annaAgain, UUID jan, UUID janek) {}

    private Base base() {
        SqlFixtures sql = new SqlFixtures(db);
        MediaWorkspace ws = MediaWorkspace.create();
        UUID workspace = UUID.fromString(ws.id());
        UUID acme = sql.company(workspace, "Acme");
        // Same email in other case and same phone with other punctuation: one pair, two reasons.
        UUID anna = sql.contact(workspace, null, "Anna", "Nowak", "anna@acme.example", "+48 600 100 200");
        UUID annaAgain = sql.contact(workspace, null, "A.", "N.", "ANNA@acme.example", "+48600100200");
        // Names that read alike at the same company.
        UUID jan = sql.contact(workspace, acme, "Jan", "Kowalski", "", "");
        UUID janek = sql.contact(workspace, acme, "Jan", "Kowalsky", "jk@acme.example", "");
        // Alike names at no company, and a stranger: no pairs.
        sql.contact(workspace, null, "Jan", "Kowalski", "", "");
        sql.contact(workspace, acme, "Zofia", "Lis", "zofia@acme.example", "");
        return new Base(ws, anna, annaAgain, jan, janek);
    }

    @Test
    void listsEachSuspectedPairOnceWithAllItsReasonsPageByPage() {
        Base base = base();
        String firstPageEnd = base.ws()
                .as("viewer", "contactDuplicates", "first", 1)
                .body("errors", nullValue())
                .body("data.contactDuplicates.edges", hasSize(1))
                .body("data.contactDuplicates.pageInfo.hasNextPage", equalTo(true))
                .extract()
                .path("data.contactDuplicates.pageInfo.endCursor");
        base.ws()
                .as("viewer", "contactDuplicates", "first", 1, "after", firstPageEnd)
                .body("data.contactDuplicates.edges", hasSize(1))
                .body("data.contactDuplicates.pageInfo.hasNextPage", equalTo(false));
        List<List<String>> reasons = base.ws()
                .as("viewer", "contactDuplicates")
                .body("data.contactDuplicates.edges", hasSize(2))
                .extract()
                .path("data.contactDuplicates.edges.node.reasons");
        assertThat(reasons, containsInAnyOrder(List.of("EMAIL", "PHONE"), List.of("NAME")));
        base.ws()
                .as("viewer", "contactDuplicates", "reason", "NAME")
                .body("data.contactDuplicates.edges", hasSize(1))
                .body(
                        "data.contactDuplicates.edges[0].node.contact.id",
                        oneOf(base.jan().toString(), base.janek().toString()))
                .body("data.contactDuplicates.edges[0].node.other.lastName", startsWith("Kowalsk"));
    }

    @Test
    void aDismissedPairIsNeitherListedNorCountedAgain() {
        Base base = base();
        base.ws()
                .as(
                        "analyst",
                        "dismissContactDuplicate",
                        "contactId",
                        base.annaAgain().toString(),
                        "otherId",
                        base.anna().toString())
                .body("errors", nullValue())
                .body("data.dismissContactDuplicate", equalTo(true));
        base.ws()
                .as("viewer", "contactDuplicates")
                .body("data.contactDuplicates.edges.node.reasons", contains(List.of("NAME")));
        base.ws().as("analyst", "recordBaseQuality").body("data.recordBaseQuality.suspectedDuplicates", equalTo(2));
        // Dismissed twice, in either order: no change, no error.
        base.ws()
                .as(
                        "analyst",
                        "dismissContactDuplicate",
                        "contactId",
                        base.anna().toString(),
                        "otherId",
                        base.annaAgain().toString())
                .body("errors", nullValue());
    }

    @Test
    void dismissingNeedsTwoContactsOfTheWorkspaceAndTheRightToWrite() {
        Base base = base();
        String anna = base.anna().toString();
        base.ws()
                .as("analyst", "dismissContactDuplicate", "contactId", anna, "otherId", anna)
                .body("errors[0].extensions.field", equalTo("otherId"))
                .body("errors[0].extensions.reason", equalTo("SAME_CONTACT"));
        base.ws()
                .as(
                        "analyst",
                        "dismissContactDuplicate",
                        "contactId",
                        anna,
                        "otherId",
                        UUID.randomUUID().toString())
                .body("errors[0].extensions.field", equalTo("otherId"))
                .body("errors[0].extensions.reason", equalTo("NOT_FOUND"));
        base.ws()
                .as(
                        "viewer",
                        "dismissContactDuplicate",
                        "contactId",
                        anna,
                        "otherId",
                        base.annaAgain().toString())
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
    }
}
