package app.resonance.brand;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import app.resonance.support.MediaWorkspace;
import app.resonance.support.RealStackTest;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@RealStackTest
class BrandApiTest {

    @Test
    void aWorkspaceHasOneClientBrand() {
        MediaWorkspace ws = MediaWorkspace.create();
        ws.as("analyst", "createBrand", "input", Map.of("name", "Second client", "kind", "CLIENT"))
                .body("errors[0].extensions.field", equalTo("kind"))
                .body("errors[0].extensions.reason", equalTo("SECOND_CLIENT_BRAND"));
        ws.as(
                        "analyst",
                        "updateBrand",
                        "id",
                        ws.brands().get("Contoso"),
                        "input",
                        Map.of("name", "Contoso", "kind", "CLIENT"))
                .body("errors[0].extensions.field", equalTo("kind"));
        ws.as(
                        "analyst",
                        "updateBrand",
                        "id",
                        ws.brands().get("Northwind"),
                        "input",
                        Map.of("name", "Northwind Systems", "kind", "CLIENT"))
                .body("data.updateBrand.name", equalTo("Northwind Systems"));
        ws.as("viewer", "brands")
                .body("data.brands.name", contains("Contoso", "Fabrikam", "Northwind Systems"))
                .body("data.brands.kind", contains("COMPETITOR", "COMPETITOR", "CLIENT"));
    }

    @Test
    void aBrandWithPublicationsCannotBeDeletedAndOutsidersCannotSeeBrands() {
        MediaWorkspace ws = MediaWorkspace.create();
        ws.publish(ws.publication("Review", "Contoso", "DevBlog", "2026-05-01T10:00:00Z", 0.5));
        ws.as("analyst", "deleteBrand", "id", ws.brands().get("Contoso"))
                .body("errors[0].extensions.field", equalTo("id"));
        ws.as("analyst", "deleteBrand", "id", ws.brands().get("Fabrikam"))
                .body("data.deleteBrand", equalTo(ws.brands().get("Fabrikam")));
        ws.as("outsider", "brands").body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        ws.as("viewer", "createBrand", "input", Map.of("name", "Initech", "kind", "COMPETITOR"))
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
    }
}
