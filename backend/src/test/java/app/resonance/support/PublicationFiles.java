package app.resonance.support;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.nullValue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.awaitility.Awaitility;

/** Uploads files and imports them into a workspace, the way the SPA does, and waits for the import. */
public final class PublicationFiles {

    private PublicationFiles() {}

    /** Uploads the file as the user; answers the upload's id. */
    public static String upload(String user, Path file) {
        return given().auth()
                .oauth2(TestUsers.token(user))
                .multiPart("file", file.toFile())
                .post("/api/uploads")
                .then()
                .statusCode(200)
                .extract()
                .path("uploadId");
    }

    /** Uploads the text as a CSV file of the analyst; answers the upload's id. */
    public static String uploadCsv(String csv) {
        try {
            Path file = Files.createTempFile("rows", ".csv");
            try {
                Files.writeString(file, csv);
                return upload("analyst", file);
            } finally {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the import job has succeeded or failed; answers its id. */
    public static String awaitEnd(MediaWorkspace ws, String job) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    String state =
                            ws.as("analyst", "importJob", "id", job).extract().path("data.importJob.state");
                    return state.equals("SUCCEEDED") || state.equals("FAILED");
                });
        return job;
    }

    /** Imports a CSV of publications as analyst; answers the job's final state (SUCCEEDED or FAILED). */
    public static String importCsv(MediaWorkspace ws, String csv) {
        String job = ws.as("analyst", "startPublicationImport", "uploadId", uploadCsv(csv))
                .body("errors", nullValue())
                .extract()
                .path("data.startPublicationImport.id");
        return ws.as("analyst", "importJob", "id", awaitEnd(ws, job)).extract().path("data.importJob.state");
    }
}
