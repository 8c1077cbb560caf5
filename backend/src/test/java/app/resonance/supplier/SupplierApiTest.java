package app.resonance.supplier;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.resonance.support.Concurrently;
import app.resonance.support.MediaWorkspace;
import app.resonance.support.RealStackTest;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

@QuarkusTest
@RealStackTest
class SupplierApiTest {

    private static Map<String, Object> supplier(String name, String... services) {
        Map<String, Object> input = new HashMap<>();
        input.put("name", name);
        input.put("services", Arrays.asList(services));
        return input;
    }

    @Test
    void analystsKeepTheDirectoryAndViewersReadIt() {
        MediaWorkspace ws = MediaWorkspace.create();
        Map<String, Object> printer = supplier("  Print & Co ", "PRINTING", "POSTAGE", "PRINTING");
        printer.put("contactName", "Anna Nowak");
        printer.put("email", "anna@print.example");
        printer.put("phone", "+48 (22) 555-01-02");
        String id = ws.as("analyst", "createSupplier", "input", printer)
                .body("errors", nullValue())
                .body("data.createSupplier.name", equalTo("Print & Co"))
                .body("data.createSupplier.services", contains("PRINTING", "POSTAGE"))
                .body("data.createSupplier.notes", equalTo(""))
                .extract()
                .path("data.createSupplier.id");
        ws.as("analyst", "createSupplier", "input", supplier("Aurora Venues", "VENUE"))
                .body("errors", nullValue());

        Map<String, Object> renamed = supplier("Print and Co", "STAND");
        renamed.put("notes", "Fast, but book two weeks ahead.");
        ws.as("analyst", "updateSupplier", "id", id, "input", renamed)
                .body("data.updateSupplier.services", contains("STAND"))
                .body("data.updateSupplier.contactName", equalTo(""))
                .body("data.updateSupplier.notes", equalTo("Fast, but book two weeks ahead."));
        ws.as("viewer", "suppliers").body("data.suppliers.name", contains("Aurora Venues", "Print and Co"));

        ws.as("viewer", "createSupplier", "input", supplier("Viewer's own"))
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        ws.as("outsider", "suppliers").body("errors[0].extensions.code", equalTo("FORBIDDEN"));

        ws.as("analyst", "deleteSupplier", "id", id).body("data.deleteSupplier", equalTo(id));
        ws.as("analyst", "deleteSupplier", "id", id)
                .body("errors[0].extensions.field", equalTo("id"))
                .body("errors[0].extensions.reason", equalTo("NOT_FOUND"));
    }

    @Test
    void badValuesAreNamedByTheirField() {
        MediaWorkspace ws = MediaWorkspace.create();
        Map<String, Object> badEmail = supplier("Mailer");
        badEmail.put("email", "not an address");
        ws.as("analyst", "createSupplier", "input", badEmail)
                .body("errors[0].extensions.violations[0].propertyPath", hasItem("email"));
        Map<String, Object> badPhone = supplier("Caller");
        badPhone.put("phone", "call me maybe");
        ws.as("analyst", "createSupplier", "input", badPhone)
                .body("errors[0].extensions.violations[0].propertyPath", hasItem("phone"));
        ws.as("analyst", "createSupplier", "input", supplier("Nobody", "CLOWNS"))
                .body("errors[0].extensions.classification", equalTo("ValidationError"));
        ws.as("analyst", "createSupplier", "input", supplier(" "))
                .body("errors[0].extensions.violations[0].propertyPath", hasItem("name"));
        ws.as("viewer", "suppliers").body("data.suppliers", empty());
    }

    @Test
    void namesAreUniqueRegardlessOfCaseEvenWhenRequestsRace() throws Exception {
        MediaWorkspace ws = MediaWorkspace.create();
        List<Callable<String>> calls = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String name = i % 2 == 0 ? "Race Catering" : "RACE CATERING";
            calls.add(() -> ws.as("analyst", "createSupplier", "input", supplier(name, "CATERING"))
                    .extract()
                    .asString());
        }
        List<String> answers = Concurrently.run(calls);
        assertEquals(
                1,
                answers.stream()
                        .filter(answer -> answer.contains("\"createSupplier\":{"))
                        .count(),
                answers.toString());
        assertEquals(
                5,
                answers.stream()
                        .filter(answer -> answer.contains("\"code\":\"DUPLICATE\"")
                                && answer.contains("\"field\":\"name\"")
                                && answer.contains("\"reason\":\"NAME_TAKEN\""))
                        .count(),
                answers.toString());
        ws.as("viewer", "suppliers").body("data.suppliers.size()", equalTo(1));
    }
}
