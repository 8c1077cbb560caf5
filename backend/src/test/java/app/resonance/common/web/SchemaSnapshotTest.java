package app.resonance.common.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.resonance.support.RealStackTest;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The committed backend/schema.graphql is what the frontend's codegen and third parties read:
 * it must be the live schema. To refresh it after an API change run
 * {@code ./mvnw -pl backend verify -Dtest=SchemaSnapshotTest -Dschema.update=true}.
 */
@QuarkusTest
@RealStackTest
class SchemaSnapshotTest {

    private static final Path SNAPSHOT = Path.of("schema.graphql");

    @Test
    void committedSchemaMatchesTheLiveOne() throws Exception {
        String live = given().get("/graphql/schema.graphql")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        if (Boolean.getBoolean("schema.update")) {
            Files.writeString(SNAPSHOT, live);
        }
        assertEquals(
                live,
                Files.readString(SNAPSHOT),
                "backend/schema.graphql is stale: re-export it with -Dschema.update=true and commit it");
    }
}
