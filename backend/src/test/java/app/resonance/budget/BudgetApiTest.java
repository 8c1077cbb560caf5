package app.resonance.budget;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import app.resonance.support.GraphQL;
import app.resonance.support.MediaWorkspace;
import app.resonance.support.RealStackTest;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Budgets against a hand-computed programme: Programme 2027 (venue 1,000.00 planned) with the Summit (venue
 * 5,000.00 planned / 4,800.50 spent, catering 1,200.00 / 1,300.00) and the Mailing (printing 300.00 / 0), and
 * under the Summit its Reminder (postage 99.99 / 100.00).
 */
@QuarkusTest
@RealStackTest
class BudgetApiTest {

    private static Map<String, Object> line(String category, String planned, String actual) {
        Map<String, Object> input = new HashMap<>();
        input.put("category", category);
        input.put("planned", planned);
        if (actual != null) {
            input.put("actual", actual);
        }
        return input;
    }

    private static String campaign(MediaWorkspace ws, String name, String parentId) {
        Map<String, Object> input = new HashMap<>();
        input.put("name", name);
        input.put("type", "CONFERENCE");
        input.put("parentId", parentId);
        return ws.as("analyst", "createCampaign", "input", input)
                .body("errors", nullValue())
                .extract()
                .path("data.createCampaign.id");
    }

    private static String addLine(MediaWorkspace ws, String campaignId, Map<String, Object> line) {
        return ws.as("analyst", "createBudgetLine", "campaignId", campaignId, "input", line)
                .body("errors", nullValue())
                .extract()
                .path("data.createBudgetLine.id");
    }

    private record Programme(MediaWorkspace ws, String programme, String summit, String mailing, String reminder) {}

    private static Programme programme() {
        MediaWorkspace ws = MediaWorkspace.create();
        String programme = campaign(ws, "Programme 2027", null);
        String summit = campaign(ws, "Summit", programme);
        String mailing = campaign(ws, "Mailing", programme);
        String reminder = campaign(ws, "Reminder", summit);
        addLine(ws, programme, line("VENUE", "1000", null));
        addLine(ws, summit, line("CATERING", "1200.00", "1300.00"));
        addLine(ws, summit, line("VENUE", "5000.00", "4800.50"));
        addLine(ws, mailing, line("PRINTING", "300", "0"));
        addLine(ws, reminder, line("POSTAGE", "99.99", "100"));
        return new Programme(ws, programme, summit, mailing, reminder);
    }

    @Test
    void totalsRemainingAndPlanAgainstActualByCategory() {
        Programme p = programme();
        p.ws().as("viewer", "campaignBudget", "campaignId", p.summit())
                .body("errors", nullValue())
                .body("data.campaignBudget.currency", equalTo("EUR"))
                .body("data.campaignBudget.totals.planned", equalTo(6200.00f))
                .body("data.campaignBudget.totals.actual", equalTo(6100.50f))
                .body("data.campaignBudget.totals.remaining", equalTo(99.50f))
                // In the categories' order (venue before catering), whatever order the lines came in.
                .body("data.campaignBudget.byCategory.category", contains("VENUE", "CATERING"))
                .body("data.campaignBudget.byCategory[0].totals.remaining", equalTo(199.50f))
                .body("data.campaignBudget.byCategory[1].totals.remaining", equalTo(-100.00f))
                .body("data.campaignBudget.lines.category", contains("CATERING", "VENUE"));
    }

    @Test
    void aProgrammeIncludesItsDescendantsAtAnyDepth() {
        Programme p = programme();
        // Summit with its Reminder: 6,200.00 + 99.99 planned, 6,100.50 + 100.00 spent.
        p.ws().as("viewer", "campaignBudget", "campaignId", p.summit())
                .body("data.campaignBudget.programme.planned", equalTo(6299.99f))
                .body("data.campaignBudget.programme.actual", equalTo(6200.50f))
                .body("data.campaignBudget.programme.remaining", equalTo(99.49f));
        // The programme: 1,000.00 + 6,299.99 + 300.00 planned, 0 + 6,200.50 + 0 spent.
        p.ws().as("viewer", "campaignWithBudget", "id", p.programme())
                .body("errors", nullValue())
                .body("data.campaign.budget.totals.planned", equalTo(1000.00f))
                .body("data.campaign.budget.programme.planned", equalTo(7599.99f))
                .body("data.campaign.budget.programme.actual", equalTo(6200.50f))
                .body("data.campaign.budget.programme.remaining", equalTo(1399.49f));
        p.ws().as("viewer", "campaignBudget", "campaignId", p.reminder())
                .body("data.campaignBudget.programme.planned", equalTo(99.99f));
    }

    @Test
    void linesChangeAndGoAndTheTotalsFollow() {
        Programme p = programme();
        String line = addLine(p.ws(), p.mailing(), line("POSTAGE", "50", null));
        Map<String, Object> changed = line("POSTAGE", "80.25", "20");
        changed.put("note", "  Second wave  ");
        p.ws().as("analyst", "updateBudgetLine", "id", line, "input", changed)
                .body("errors", nullValue())
                .body("data.updateBudgetLine.remaining", equalTo(60.25f))
                .body("data.updateBudgetLine.note", equalTo("Second wave"));
        p.ws().as("viewer", "campaignBudget", "campaignId", p.mailing())
                .body("data.campaignBudget.totals.planned", equalTo(380.25f))
                .body("data.campaignBudget.totals.actual", equalTo(20f));
        p.ws().as("analyst", "deleteBudgetLine", "id", line).body("data.deleteBudgetLine", equalTo(line));
        p.ws().as("viewer", "campaignBudget", "campaignId", p.programme())
                .body("data.campaignBudget.programme.planned", equalTo(7599.99f));
        p.ws().as("analyst", "deleteBudgetLine", "id", line)
                .body("errors[0].extensions.field", equalTo("id"))
                .body("errors[0].extensions.reason", equalTo("NOT_FOUND"));
    }

    @Test
    void aLineBelongsToACampaignAndASupplierOfItsWorkspace() {
        MediaWorkspace ws = MediaWorkspace.create();
        String campaign = campaign(ws, "Expo", null);
        MediaWorkspace other = MediaWorkspace.create();
        String foreignCampaign = campaign(other, "Elsewhere", null);
        String foreignSupplier = other.as(
                        "analyst",
                        "createSupplier",
                        "input",
                        Map.of("name", "Far Print", "services", List.of("PRINTING")))
                .extract()
                .path("data.createSupplier.id");

        ws.as("analyst", "createBudgetLine", "campaignId", foreignCampaign, "input", line("STAND", "10", null))
                .body("errors[0].extensions.field", equalTo("campaignId"))
                .body("errors[0].extensions.reason", equalTo("NOT_FOUND"));
        Map<String, Object> withForeignSupplier = line("PRINTING", "10", null);
        withForeignSupplier.put("supplierId", foreignSupplier);
        ws.as("analyst", "createBudgetLine", "campaignId", campaign, "input", withForeignSupplier)
                .body("errors[0].extensions.field", equalTo("supplierId"))
                .body("errors[0].extensions.reason", equalTo("NOT_FOUND"));
        ws.as("analyst", "createBudgetLine", "campaignId", campaign, "input", line("STAND", "-1", null))
                .body("errors[0].extensions.violations[0].propertyPath", hasItem("planned"));
        ws.as("analyst", "createBudgetLine", "campaignId", campaign, "input", line("STAND", "1.005", null))
                .body("errors[0].extensions.violations[0].propertyPath", hasItem("planned"));
        ws.as("viewer", "createBudgetLine", "campaignId", campaign, "input", line("STAND", "10", null))
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        other.as("viewer", "campaignBudget", "campaignId", campaign)
                .body("errors[0].extensions.field", equalTo("campaignId"))
                .body("errors[0].extensions.reason", equalTo("NOT_FOUND"));
    }

    @Test
    void adminsSetTheWorkspaceCurrencyEveryBudgetIsIn() {
        MediaWorkspace ws = MediaWorkspace.create();
        String campaign = campaign(ws, "Złoty campaign", null);
        ws.as("admin", "setWorkspaceCurrency", "currency", "PLN")
                .body("errors", nullValue())
                .body("data.setWorkspaceCurrency.currency", equalTo("PLN"));
        GraphQL.as("viewer", "workspaceCurrency", "id", ws.id()).body("data.workspace.currency", equalTo("PLN"));
        ws.as("viewer", "campaignBudget", "campaignId", campaign)
                .body("data.campaignBudget.currency", equalTo("PLN"))
                .body("data.campaignBudget.totals.planned", equalTo(0));

        ws.as("admin", "setWorkspaceCurrency", "currency", "XYZ")
                .body("errors[0].extensions.field", equalTo("currency"))
                .body("errors[0].extensions.reason", equalTo("UNKNOWN_CURRENCY"));
        ws.as("admin", "setWorkspaceCurrency", "currency", "pln")
                .body("errors[0].extensions.classification", equalTo("ValidationError"));
        ws.as("analyst", "setWorkspaceCurrency", "currency", "USD")
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
    }
}
