package app.resonance.brand;

import static app.resonance.support.GraphQL.as;
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
        as("analyst", "createBrand", "workspaceId", ws.id(), "input", Map.of("name", "Second client", "kind", "CLIENT"))
                .body("errors[0].extensions.field", equalTo("kind"))
                .body("errors[0].extensions.reason", equalTo("SECOND_CLIENT_BRAND"));
        as(
                        "analyst",
                        "updateBrand",
                        "workspaceId",
                        ws.id(),
                        "id",
                        ws.brands().get("Contoso"),
                        "input",
                        Map.of("name", "Contoso", "kind", "CLIENT"))
                .body("errors[0].extensions.field", equalTo("kind"));
        as(
                        "analyst",
                        "updateBrand",
                        "workspaceId",
                        ws.id(),
                        "id",
                        ws.brands().get("Northwind"),
                        "input",
                        Map.of("name", "Northwind Systems", "kind", "CLIENT"))
                .body("data.updateBrand.name", equalTo("Northwind Systems"));
        as("viewer", "brands", "workspaceId", ws.id())
                .body("data.brands.name", contains("Contoso", "Fabrikam", "Northwind Systems"))
                .body("data.brands.kind", contains("COMPETITOR", "COMPETITOR", "CLIENT"));
    }

    @Test
    void aBrandWithPublicationsCannotBeDeletedAndOutsidersCannotSeeBrands() {
        MediaWorkspace ws = MediaWorkspace.create();
        ws.publish(ws.publication("Review", "Contoso", "DevBlog", "2026-05-01T10:00:00Z", 0.5));
        as("analyst", "deleteBrand", "workspaceId", ws.id(), "id", ws.brands().get("Contoso"))
                .body("errors[0].extensions.field", equalTo("id"));
        as("analyst", "deleteBrand", "workspaceId", ws.id(), "id", ws.brands().get("Fabrikam"))
                .body("data.deleteBrand", equalTo(ws.brands().get("Fabrikam")));
        as("outsider", "brands", "workspaceId", ws.id()).body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        as("viewer", "createBrand", "workspaceId", ws.id(), "input", Map.of("name", "Initech", "kind", "COMPETITOR"))
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
    }
}
