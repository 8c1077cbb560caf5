package app.resonance.datafile;

import static app.resonance.support.GraphQL.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.resonance.support.PublicationFiles;
import app.resonance.support.RealStackTest;
import app.resonance.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** Uploads are kept in PostgreSQL, for every instance; nothing stays on the receiving instance's disk. */
@QuarkusTest
@RealStackTest
class UploadsTest {

    @Inject
    DataSource db;

    @Inject
    UploadStore uploads;

    private static Path csv(String text) throws IOException {
        Path file = Files.createTempFile("rows", ".csv");
        Files.writeString(file, text);
        return file;
    }

    @Test
    void aFileOfSeveralMegabytesIsStoredInChunksAndPreviewedFromThem() throws Exception {
        StringBuilder text = new StringBuilder("name,note\n");
        for (int i = 0; text.length() < 3_500_000; i++) {
            text.append("row ").append(i).append(',').append("x".repeat(90)).append('\n');
        }
        Path file = csv(text.toString());
        String id = given().auth()
                .oauth2(TestUsers.token("analyst"))
                .multiPart("file", file.toFile())
                .post("/api/uploads")
                .then()
                .statusCode(200)
                .body("size", equalTo((int) Files.size(file)))
                .extract()
                .path("uploadId");

        assertEquals(4, chunks(id), "chunks of 1 MB");
        as("analyst", "uploadPreview", "uploadId", id)
                .body("errors", nullValue())
                .body("data.uploadPreview.columns", equalTo(List.of("name", "note")))
                .body("data.uploadPreview.rows", hasSize(10));
        awaitNoFilesOnDisk();
    }

    @Test
    void strayPartsAndTheStoredFileLeaveNoFileOnDisk() throws Exception {
        given().auth()
                .oauth2(TestUsers.token("analyst"))
                .multiPart("other", csv("a\n1\n").toFile())
                .multiPart("file", csv("name\nfirst\n").toFile())
                .post("/api/uploads")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(TestUsers.token("analyst"))
                .multiPart("file", csv("name\nfirst\n").toFile())
                .multiPart("file", csv("name\nsecond\n").toFile())
                .post("/api/uploads")
                .then()
                .statusCode(400);
        awaitNoFilesOnDisk();
    }

    @Test
    void anEmptyFileIsRefusedWithItsReason() throws Exception {
        refused("analyst", csv("")).body("reason", equalTo("EMPTY_FILE")).body("field", equalTo("file"));
    }

    @Test
    void aPartDeclaredUtf16IsRefusedWithItsReasonInsteadOfNeverAnswered() {
        byte[] utf16 = "name\nfirst\n".getBytes(StandardCharsets.UTF_16);
        given().config(RestAssuredConfig.config()
                        .httpClient(HttpClientConfig.httpClientConfig().setParam("http.socket.timeout", 10_000)))
                .auth()
                .oauth2(TestUsers.token("analyst"))
                .multiPart("file", "rows.csv", utf16, "text/csv; charset=utf-16")
                .post("/api/uploads")
                .then()
                .statusCode(400)
                .body("reason", equalTo("UNSUPPORTED_CHARSET"))
                .body("value", equalTo("UTF-16"));
    }

    @Test
    void uploadsBeyondTheUsersQuotaAreRefusedWithTheLimit() throws Exception {
        Path file = csv("name\nfirst\n");
        ValidatableResponse refused = null;
        for (int i = 0; i <= 30 && refused == null; i++) {
            int status = given().auth()
                    .oauth2(TestUsers.token("outsider"))
                    .multiPart("file", file.toFile())
                    .post("/api/uploads")
                    .then()
                    .extract()
                    .statusCode();
            if (status != 200) {
                refused = refused("outsider", file);
            }
        }
        assertTrue(refused != null, "31 uploads were accepted");
        refused.body("reason", equalTo("TOO_MANY_UPLOADS")).body("value", equalTo("30"));
    }

    @Test
    void anUploadIsVisibleToItsUploaderOnly() throws Exception {
        String id = PublicationFiles.upload("analyst", csv("name\nfirst\n"));
        as("viewer", "uploadPreview", "uploadId", id).body("errors[0].extensions.reason", equalTo("UPLOAD_NOT_FOUND"));
    }

    @Test
    void anUploadIsDeletedAnHourAfterItArrived() throws Exception {
        String id = PublicationFiles.upload("analyst", csv("name\nfirst\n"));
        try (Connection connection = db.getConnection();
                PreparedStatement age = connection.prepareStatement(
                        "update upload set expires_at = now() - interval '1 second' where id = ?")) {
            age.setObject(1, UUID.fromString(id));
            age.executeUpdate();
        }
        as("analyst", "uploadPreview", "uploadId", id).body("errors[0].extensions.reason", equalTo("UPLOAD_NOT_FOUND"));
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    try (Connection connection = db.getConnection();
                            PreparedStatement select = connection.prepareStatement(
                                    "select count(*) from upload_chunk where upload_id = ?")) {
                        select.setObject(1, UUID.fromString(id));
                        try (ResultSet rs = select.executeQuery()) {
                            rs.next();
                            return rs.getInt(1) == 0;
                        }
                    }
                });
    }

    private static ValidatableResponse refused(String user, Path file) {
        return given().auth()
                .oauth2(TestUsers.token(user))
                .multiPart("file", file.toFile())
                .post("/api/uploads")
                .then()
                .statusCode(400);
    }

    private int chunks(String uploadId) throws SQLException {
        try (Connection connection = db.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select count(*), max(length(data)) from upload_chunk where upload_id = ?")) {
            select.setObject(1, UUID.fromString(uploadId));
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                assertEquals(UploadStore.CHUNK_BYTES, rs.getInt(2));
                return rs.getInt(1);
            }
        }
    }

    private void awaitNoFilesOnDisk() {
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> {
            try (Stream<Path> files = Files.list(uploads.directory())) {
                return files.findAny().isEmpty();
            }
        });
    }
}
