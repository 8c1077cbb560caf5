package app.resonance.identity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import app.resonance.support.GraphQL;
import app.resonance.support.RealStackTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@RealStackTest
class AuthenticationTest {

    @Test
    void graphqlWithoutTokenIs401() {
        given().contentType(ContentType.JSON)
                .body(Map.of("query", GraphQL.operation("me")))
                .post("/graphql")
                .then()
                .statusCode(401);
    }

    @Test
    void graphqlWithForgedTokenIs401() {
        given().auth()
                .oauth2("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl")
                .contentType(ContentType.JSON)
                .body(Map.of("query", GraphQL.operation("me")))
                .post("/graphql")
                .then()
                .statusCode(401);
    }

    @Test
    void meNamesTheUserAndTheirNestedRoles() {
        GraphQL.as("analyst", "me")
                .body("data.me.username", equalTo("analyst"))
                .body("data.me.roles", contains("analyst", "viewer"));
        GraphQL.as("admin", "me").body("data.me.roles", contains("admin", "analyst", "viewer"));
    }
}
