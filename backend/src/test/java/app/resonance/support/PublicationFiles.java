package app.resonance.support;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.nullValue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.awaitility.Awaitility;

/** Imports a CSV of publications into a workspace as analyst, the way the SPA does, and waits for it. */
public final class PublicationFiles {

    private PublicationFiles() {}

    /** Answers the job's final state (SUCCEEDED or FAILED). */
    public static String importCsv(MediaWorkspace ws, String csv) {
        try {
            Path file = Files.createTempFile("publications", ".csv");
            Files.writeString(file, csv);
            String upload = given().auth()
                    .oauth2(TestUsers.token("analyst"))
                    .multiPart("file", file.toFile())
                    .post("/api/uploads")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("uploadId");
            String job = ws.as("analyst", "startPublicationImport", "uploadId", upload)
                    .body("errors", nullValue())
                    .extract()
                    .path("data.startPublicationImport.id");
            String[] state = new String[1];
            Awaitility.await()
                    .atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> {
                        state[0] = ws.as("analyst", "importJob", "id", job)
                                .extract()
                                .path("data.importJob.state");
                        return state[0].equals("SUCCEEDED") || state[0].equals("FAILED");
                    });
            return state[0];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
