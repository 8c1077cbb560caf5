package app.resonance.datafile;

import static app.resonance.support.PublicationFiles.awaitEnd;
import static app.resonance.support.PublicationFiles.uploadCsv;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import app.resonance.support.GraphQL;
import app.resonance.support.MediaWorkspace;
import app.resonance.support.RealStackTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Companies, contacts, equipment and purchases from files: matched to stored records by external id, then
 * email (contacts) or name + region (companies); a report of what became of each row; all or nothing, or
 * good rows only.
 */
@QuarkusTest
@RealStackTest
class CustomerImportTest {

    private static final String COMPANIES = "external_id,name,industry,region,size,status,upsell_potential\n"
            + "co-1,Frost Gastro,Food retail,Bavaria,SMALL,CURRENT,HIGH\n"
            + "co-2,Polar Logistics,Logistics,Vilnius,LARGE,POTENTIAL,\n";

    /** Imports the CSV as analyst; mapping as field, column pairs. Answers the finished job. */
    private static ValidatableResponse importCsv(
            MediaWorkspace ws, String kind, String csv, String mode, String... mapping) {
        List<Map<String, String>> columns = new ArrayList<>();
        for (int i = 0; i < mapping.length; i += 2) {
            columns.add(Map.of("field", mapping[i], "column", mapping[i + 1]));
        }
        String job = ws.as(
                        "analyst",
                        "startImport",
                        "uploadId",
                        uploadCsv(csv),
                        "kind",
                        kind,
                        "columns",
                        columns,
                        "mode",
                        mode)
                .body("errors", nullValue())
                .extract()
                .path("data.startImport.id");
        return ws.as("analyst", "importJob", "id", awaitEnd(ws, job));
    }

    private static ValidatableResponse importCsv(MediaWorkspace ws, String kind, String csv) {
        return importCsv(ws, kind, csv, "ALL_OR_NOTHING");
    }

    private static String contactId(MediaWorkspace ws, String search) {
        return ws.as("viewer", "contacts", "search", search)
                .body("data.contacts.edges", hasSize(1))
                .extract()
                .path("data.contacts.edges[0].node.id");
    }

    private static String companyId(MediaWorkspace ws, String search) {
        return ws.as("viewer", "companies", "search", search)
                .body("data.companies.edges", hasSize(1))
                .extract()
                .path("data.companies.edges[0].node.id");
    }

    @Test
    void companiesImportWithATimelineEntryAndAReimportIsUnchanged() {
        MediaWorkspace ws = MediaWorkspace.create();
        importCsv(ws, "COMPANIES", COMPANIES)
                .body("data.importJob.state", equalTo("SUCCEEDED"))
                .body("data.importJob.rowsCreated", equalTo(2))
                .body("data.importJob.rowsUpdated", equalTo(0))
                .body("data.importJob.rowsUnchanged", equalTo(0));
        importCsv(ws, "COMPANIES", COMPANIES)
                .body("data.importJob.state", equalTo("SUCCEEDED"))
                .body("data.importJob.rowsCreated", equalTo(0))
                .body("data.importJob.rowsUnchanged", equalTo(2));

        ws.as("viewer", "companies", "search", "Frost")
                .body("data.companies.edges.node.status", contains("CURRENT"))
                .body("data.companies.edges.node.upsellPotential", contains("HIGH"))
                .body("data.companies.edges.node.size", contains("SMALL"));
        ws.as("viewer", "company", "id", companyId(ws, "Frost"))
                .body("data.company.externalId", equalTo("co-1"))
                .body("data.company.timeline.edges.node.kind", contains("CREATED"))
                .body("data.company.timeline.edges.node.actor", contains("analyst"));
    }

    @Test
    void anExternalIdBeatsAnEmailAndAnEmailBeatsNothing() {
        MediaWorkspace ws = MediaWorkspace.create();
        importCsv(
                        ws,
                        "CONTACTS",
                        "external_id,first_name,last_name,email\n" + "ct-1,Anna,Nowak,anna@example.com\n"
                                + ",Olena,Shevchenko,olena@example.com\n")
                .body("data.importJob.rowsCreated", equalTo(2));
        String anna = contactId(ws, "Nowak");
        String olena = contactId(ws, "Shevchenko");

        // Line 2 names Anna's external id with Olena's email: the external id wins. Line 3 has no external id and
        // Olena's email in capitals: it is Olena (whose email is now written so). Line 4 is a new person.
        importCsv(
                        ws,
                        "CONTACTS",
                        "external_id,first_name,last_name,email\n" + "ct-1,Anna,Nowak-Kowalska,olena@example.com\n"
                                + ",Olena,Shevchenko,OLENA@example.com\n" + "ct-3,Piotr,Zielinski,\n")
                .body("data.importJob.state", equalTo("SUCCEEDED"))
                .body("data.importJob.rowsCreated", equalTo(1))
                .body("data.importJob.rowsUpdated", equalTo(2))
                .body("data.importJob.rowsUnchanged", equalTo(0));

        ws.as("viewer", "contact", "id", anna)
                .body("data.contact.lastName", equalTo("Nowak-Kowalska"))
                .body("data.contact.email", equalTo("olena@example.com"))
                .body("data.contact.timeline.edges.node.kind", contains("UPDATED", "CREATED"))
                .body("data.contact.timeline.edges[0].node.details", equalTo("{\"fields\":[\"lastName\",\"email\"]}"));
        ws.as("viewer", "contact", "id", olena)
                .body("data.contact.email", equalTo("OLENA@example.com"))
                .body("data.contact.timeline.edges[0].node.details", equalTo("{\"fields\":[\"email\"]}"));
        ws.as("viewer", "contacts").body("data.contacts.totalCount", equalTo(3));
    }

    @Test
    void anExternalIdBeatsNameAndRegionWhichBeatNothing() {
        MediaWorkspace ws = MediaWorkspace.create();
        importCsv(ws, "COMPANIES", COMPANIES);
        importCsv(ws, "COMPANIES", "name,region\nFjord Foods,Oslo\n");

        // co-2 keeps its row although the name is Frost's; Fjord Foods in Oslo gains an external id; Fjord Foods
        // in Bergen is another company.
        importCsv(
                        ws,
                        "COMPANIES",
                        "external_id,name,region\nco-2,Frost Gastro,Bavaria\nco-3,FJORD FOODS,Oslo\n"
                                + "co-4,Fjord Foods,Bergen\n")
                .body("data.importJob.rowsCreated", equalTo(1))
                .body("data.importJob.rowsUpdated", equalTo(2));
        ws.as("viewer", "companies", "search", "Fjord")
                .body("data.companies.edges.node.name", containsInAnyOrder("FJORD FOODS", "Fjord Foods"))
                .body("data.companies.edges.node.region", containsInAnyOrder("Oslo", "Bergen"));
        ws.as("viewer", "companies", "search", "Frost Gastro")
                .body("data.companies.edges.node.region", contains("Bavaria", "Bavaria"));
        importCsv(ws, "COMPANIES", "external_id,name,region\nco-3,FJORD FOODS,Oslo\n")
                .body("data.importJob.rowsUnchanged", equalTo(1));
    }

    @Test
    void aMappingReadsRenamedColumnsAndContactsFindTheirCompanyByNameAndRegion() {
        MediaWorkspace ws = MediaWorkspace.create();
        importCsv(ws, "COMPANIES", COMPANIES);
        importCsv(
                        ws,
                        "CONTACTS",
                        "Surname;E-mail;Firm;Land\nKowalski,jan@example.com,frost gastro,Bavaria\n".replace(';', ','),
                        "ALL_OR_NOTHING",
                        "last_name",
                        "Surname",
                        "email",
                        "E-mail",
                        "company_name",
                        "Firm",
                        "company_region",
                        "Land")
                .body("data.importJob.state", equalTo("SUCCEEDED"));
        ws.as("viewer", "contacts", "search", "Kowalski")
                .body("data.contacts.edges.node.email", contains("jan@example.com"))
                .body("data.contacts.edges.node.company.name", contains("Frost Gastro"));
    }

    @Test
    void aBadReferenceNamesRowAndColumnAndAllOrNothingStoresNothing() {
        MediaWorkspace ws = MediaWorkspace.create();
        importCsv(ws, "COMPANIES", COMPANIES);
        String csv = "external_id,company_external_id,last_name,email\nct-1,co-1,Nowak,anna@example.com\n"
                + "ct-2,co-404,Shevchenko,olena@example.com\nct-3,,Zielinski,not-an-email\n";
        importCsv(ws, "CONTACTS", csv)
                .body("data.importJob.state", equalTo("FAILED"))
                .body("data.importJob.failure", equalTo("ROWS_WITH_PROBLEMS"))
                .body("data.importJob.problemCount", equalTo(2))
                .body("data.importJob.problems.line", contains(4, 3))
                .body("data.importJob.problems.column", contains("email", "company_external_id"))
                .body("data.importJob.problems.reason", contains("NOT_AN_EMAIL", "UNKNOWN_COMPANY"))
                .body("data.importJob.problems[1].value", equalTo("co-404"));
        ws.as("viewer", "contacts").body("data.contacts.edges", empty());
    }

    @Test
    void goodRowsOnlyStoresTheGoodRowsAndListsTheBadOnes() {
        MediaWorkspace ws = MediaWorkspace.create();
        importCsv(ws, "COMPANIES", COMPANIES);
        String csv = "external_id,company_external_id,last_name,email\nct-1,co-1,Nowak,anna@example.com\n"
                + "ct-2,co-404,Shevchenko,olena@example.com\nct-1,co-2,Again,\n";
        importCsv(ws, "CONTACTS", csv, "GOOD_ROWS_ONLY")
                .body("data.importJob.state", equalTo("SUCCEEDED"))
                .body("data.importJob.problemCount", equalTo(2))
                .body("data.importJob.problems.reason", containsInAnyOrder("UNKNOWN_COMPANY", "EXTERNAL_ID_TWICE"))
                .body("data.importJob.rowsCreated", equalTo(1));
        ws.as("viewer", "contacts").body("data.contacts.edges.node.lastName", contains("Nowak"));

        importCsv(ws, "CONTACTS", "last_name,email\nX,bad\nY,worse\n", "GOOD_ROWS_ONLY")
                .body("data.importJob.state", equalTo("FAILED"))
                .body("data.importJob.problemCount", equalTo(2));
    }

    @Test
    void equipmentAndPurchasesImportAndAReimportIsUnchanged() {
        MediaWorkspace ws = MediaWorkspace.create();
        importCsv(ws, "COMPANIES", COMPANIES);
        importCsv(
                ws, "CONTACTS", "external_id,company_external_id,last_name,email\nct-1,co-1,Nowak,anna@example.com\n");
        String equipment = "external_id,company_external_id,contact_email,product,model,production_date,quantity\n"
                + "eq-1,co-2,,Walk-in cold room,C-343,2017-05-12,4\neq-2,,ANNA@example.com,Wine cooler,,,\n";
        importCsv(ws, "EQUIPMENT", equipment).body("data.importJob.rowsCreated", equalTo(2));
        importCsv(ws, "EQUIPMENT", equipment).body("data.importJob.rowsUnchanged", equalTo(2));
        ws.as("viewer", "equipment", "contactId", contactId(ws, "Nowak"))
                .body("data.equipment.edges.node.product", contains("Wine cooler"))
                .body("data.equipment.edges.node.quantity", contains(1));

        String purchases = "external_id,contact_external_id,purchased_at,amount,currency,product,category,quantity\n"
                + "pu-1,ct-1,2024-03-01T10:00:00Z,120.50,eur,Wine cooler,Refrigeration,1\n"
                + "pu-1,ct-1,2024-03-01T10:00:00Z,120.50,EUR,Shelf,Accessories,2\n"
                + "pu-2,ct-1,2024-04-01,10,EUR,Filter,Spare parts,3\n";
        importCsv(ws, "PURCHASES", purchases)
                .body("data.importJob.state", equalTo("SUCCEEDED"))
                .body("data.importJob.rowsCreated", equalTo(2));
        importCsv(ws, "PURCHASES", purchases)
                .body("data.importJob.rowsCreated", equalTo(0))
                .body("data.importJob.rowsUnchanged", equalTo(2));
        importCsv(ws, "PURCHASES", purchases.replace("Filter,Spare parts,3", "Filter,Spare parts,4"))
                .body("data.importJob.rowsUpdated", equalTo(1))
                .body("data.importJob.rowsUnchanged", equalTo(1));
        // A contact's purchase counts for their company too.
        ws.as("viewer", "purchases", "companyId", companyId(ws, "Frost"))
                .body("data.purchases.edges", hasSize(2))
                .body("data.purchases.edges.node.items.product", hasItem(contains("Wine cooler", "Shelf")))
                .body("data.purchases.edges.node.items.quantity", hasItem(contains(4)));
    }

    @Test
    void aPurchaseWhoseItemsDisagreeIsDroppedWholeFromGoodRowsOnly() {
        MediaWorkspace ws = MediaWorkspace.create();
        importCsv(ws, "CONTACTS", "external_id,last_name\nct-1,Nowak\n");
        importCsv(
                        ws,
                        "PURCHASES",
                        "external_id,contact_external_id,purchased_at,amount,currency,product\n"
                                + "pu-1,ct-1,2024-03-01,10,EUR,Filter\npu-1,ct-1,2024-03-01,99,EUR,Shelf\n"
                                + "pu-2,ct-1,2024-03-02,5,EUR,Shelf\npu-3,ct-1,2024-03-02,5,EUR,\n"
                                + "pu-3,ct-1,2024-03-02,5,EUR,Lamp\n",
                        "GOOD_ROWS_ONLY")
                .body("data.importJob.state", equalTo("SUCCEEDED"))
                .body("data.importJob.rowsCreated", equalTo(1))
                .body("data.importJob.problems.line", containsInAnyOrder(2, 3, 5, 6))
                .body(
                        "data.importJob.problems.reason",
                        containsInAnyOrder("EMPTY", "PURCHASE_DIFFERS", "PURCHASE_INCOMPLETE", "PURCHASE_INCOMPLETE"));
        ws.as("viewer", "purchases").body("data.purchases.edges.node.externalId", contains("pu-2"));
    }

    @Test
    void theCustomerKindsNameTheirFields() {
        GraphQL.as("viewer", "importFields", "kind", "CONTACTS")
                .body("data.importFields.name", hasItem("company_external_id"))
                .body("data.importFields.find { it.name == 'email' }.required", equalTo(false));
        GraphQL.as("viewer", "importFields", "kind", "PURCHASES")
                .body(
                        "data.importFields.findAll { it.required }.name",
                        contains("purchased_at", "amount", "currency", "product"));
    }
}
