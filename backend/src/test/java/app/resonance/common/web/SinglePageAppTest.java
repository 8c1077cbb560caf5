package app.resonance.common.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import app.resonance.support.Management;
import app.resonance.support.RealStackTest;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@RealStackTest
class SinglePageAppTest {

    @Test
    void rootServesTheApp() {
        given().get("/").then().statusCode(200).body(containsString("<div id=\"outlet\""));
    }

    @Test
    void clientSideRouteFallsBackToTheApp() {
        given().get("/workspaces").then().statusCode(200).body(containsString("<div id=\"outlet\""));
        given().get("/some/deep/link").then().statusCode(200).body(containsString("<div id=\"outlet\""));
    }

    @Test
    void missingFilesAndServerPathsAreNotSwallowed() {
        given().get("/assets/missing.js").then().statusCode(404);
        given().get("/q/nothing-here").then().statusCode(404);
    }

    @Test
    void configTellsTheAppWhereToSignIn() {
        given().get("/config.json")
                .then()
                .statusCode(200)
                .body("oidcAuthority", equalTo("http://localhost:8180/realms/resonance"))
                .body("oidcClientId", equalTo("resonance-web"));
    }

    @Test
    void healthAndMetricsAreOnTheManagementInterfaceOnly() {
        Management.request().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
        Management.request().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests"));
        given().get("/q/metrics").then().statusCode(404);
        given().get("/q/health").then().statusCode(404);
    }
}
