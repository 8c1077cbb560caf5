package app.resonance.datafile;

import static app.resonance.support.GraphQL.as;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.resonance.support.MediaWorkspace;
import app.resonance.support.PublicationFiles;
import app.resonance.support.RealStackTest;
import app.resonance.support.XlsxFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Files made to hold the server (a cell at a far column, zip bombs, bytes that are not UTF-8) are
 * answered within two seconds with a named reason, by the preview and by an import.
 */
@QuarkusTest
@RealStackTest
class FileAbuseTest {

    private static final Duration QUICKLY = Duration.ofSeconds(2);

    private static boolean warm;

    /**
     * The app's first preview loads classes for a second or so, which is not what the time bound is
     * about. Once per class; not in @BeforeAll, which runs before Quarkus points REST Assured at the app.
     */
    @BeforeEach
    void warmUpOnce() throws IOException {
        if (!warm) {
            Path file = Files.createTempFile("warm-up", ".csv");
            Files.writeString(file, "name\nfirst\n");
            as("analyst", "uploadPreview", "uploadId", PublicationFiles.upload("analyst", file))
                    .body("errors", nullValue());
            warm = true;
        }
    }

    /** The preview's answer, which must come within two seconds. */
    private static ValidatableResponse preview(Path file) {
        String uploadId = PublicationFiles.upload("analyst", file);
        long start = System.nanoTime();
        ValidatableResponse answer = as("analyst", "uploadPreview", "uploadId", uploadId);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(took.compareTo(QUICKLY) < 0, "the preview took " + took);
        return answer.body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("uploadId"));
    }

    /** The finished import job, which must have failed within two seconds of its start. */
    private static ValidatableResponse importOf(Path file, String kind) {
        MediaWorkspace ws = MediaWorkspace.create();
        String uploadId = PublicationFiles.upload("analyst", file);
        long start = System.nanoTime();
        String job = (kind == null
                ? ws.as("analyst", "startPublicationImport", "uploadId", uploadId)
                        .extract()
                        .<String>path("data.startPublicationImport.id")
                : ws.as("analyst", "startImport", "uploadId", uploadId, "kind", kind)
                        .extract()
                        .<String>path("data.startImport.id"));
        Awaitility.await()
                .atMost(QUICKLY)
                .pollInterval(Duration.ofMillis(50))
                .until(() -> "FAILED"
                        .equals(ws.as("analyst", "importJob", "id", job)
                                .extract()
                                .path("data.importJob.state")));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(took.compareTo(QUICKLY) < 0, "the import took " + took);
        return ws.as("analyst", "importJob", "id", job)
                .body("data.importJob.failure", equalTo("ROWS_WITH_PROBLEMS"))
                .body("data.importJob.problemCount", equalTo(1));
    }

    @Test
    void aCellAtAFarColumnIsRefusedByThePreviewAndTheImport() {
        Path file = XlsxFixtures.cellAt("ZZZZZZ1");
        preview(file)
                .body("errors[0].extensions.reason", equalTo("TOO_MANY_COLUMNS"))
                .body("errors[0].extensions.value", equalTo("1024"));
        importOf(file, null)
                .body("data.importJob.problems[0].reason", equalTo("TOO_MANY_COLUMNS"))
                .body("data.importJob.problems[0].value", equalTo("ZZZZZZ1"))
                .body("data.importJob.problems[0].line", equalTo(1));
    }

    @Test
    void aZipBombIsRefusedByThePreviewAndTheImport() {
        Path bomb = XlsxFixtures.packedBlanks(32);
        preview(bomb)
                .body("errors[0].extensions.reason", equalTo("SUSPICIOUS_COMPRESSION"))
                .body("errors[0].extensions.value", equalTo("100"));
        importOf(bomb, null).body("data.importJob.problems[0].reason", equalTo("SUSPICIOUS_COMPRESSION"));
    }

    @Test
    void aZipBombThatUnderstatesItsSizeIsRefusedWhileUnpacking() {
        Path bomb = XlsxFixtures.declaring(XlsxFixtures.packedBlanks(32), XlsxFixtures.SHEET, 1_000);
        preview(bomb).body("errors[0].extensions.reason", equalTo("SUSPICIOUS_COMPRESSION"));
        importOf(bomb, null).body("data.importJob.problems[0].reason", equalTo("SUSPICIOUS_COMPRESSION"));
    }

    @Test
    void aPartDeclaredBiggerThanTheLimitIsRefusedBeforeUnpacking() {
        Path big = XlsxFixtures.declaring(XlsxFixtures.cellAt("A1"), XlsxFixtures.SHEET, 300L << 20);
        preview(big)
                .body("errors[0].extensions.reason", equalTo("FILE_TOO_BIG_INFLATED"))
                .body("errors[0].extensions.value", equalTo("268435456"));
    }

    @Test
    void aCsvThatIsNotUtf8IsUnreadableForThePreviewAndTheImport() throws IOException {
        Path latin1 = Files.createTempFile("segments", ".csv");
        Files.write(
                latin1,
                "name,immersion,reaction_weight\nCaf\u00e9s,EXPERT,0.5\n".getBytes(StandardCharsets.ISO_8859_1));
        preview(latin1)
                .body("errors[0].extensions.reason", equalTo("UNREADABLE_FILE"))
                .body("errors[0].extensions.value", equalTo("UTF-8 CSV"));
        importOf(latin1, "SEGMENTS")
                .body("data.importJob.problems[0].reason", equalTo("UNREADABLE_FILE"))
                .body("data.importJob.problems[0].detail", equalTo("UTF-8 CSV"))
                .body("data.importJob.problems[0].line", equalTo(2));
    }

    @Test
    void binaryJunkIsAnsweredAsUnreadable() throws IOException {
        byte[] junk = new byte[256 * 1024];
        new Random(14).nextBytes(junk);
        Path file = Files.createTempFile("junk", ".csv");
        Files.write(file, junk);
        preview(file).body("errors[0].extensions.reason", equalTo("UNREADABLE_FILE"));
    }

    @Test
    void aBrokenXlsxIsUnreadableInTheUsersWordsNotTheLibrarys() throws IOException {
        byte[] junk = new byte[64 * 1024];
        new Random(15).nextBytes(junk);
        System.arraycopy(new byte[] {'P', 'K', 3, 4}, 0, junk, 0, 4);
        Path file = Files.createTempFile("broken", ".xlsx");
        Files.write(file, junk);
        preview(file)
                .body("errors[0].extensions.reason", equalTo("UNREADABLE_FILE"))
                .body("errors[0].message", endsWith("the file cannot be read as XLSX"));
    }
}
