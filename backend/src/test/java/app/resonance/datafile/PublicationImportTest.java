package app.resonance.datafile;

import static app.resonance.support.GraphQL.as;
import static app.resonance.support.PublicationFiles.awaitEnd;
import static app.resonance.support.PublicationFiles.upload;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import app.resonance.support.MediaWorkspace;
import app.resonance.support.RealStackTest;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

@QuarkusTest
@RealStackTest
class PublicationImportTest {

    private static final String HEADER = "external_id,published_at,brand,channel,title,url,author,weight,"
            + "segment_1,impact_1,sentiment_1,segment_2,impact_2,sentiment_2";

    /** A CSV of n publications; the row at {@code badLine} (file line, header = 1) has an unknown channel. */
    static Path csv(int n, int badLine) throws IOException {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        String[] brands = {"Northwind", "Contoso", "Fabrikam"};
        for (int i = 0; i < n; i++) {
            int line = i + 2;
            String channel = line == badLine ? "Teletext" : (i % 2 == 0 ? "DevBlog" : "LinkedIn");
            text.append("ext-")
                    .append(i)
                    .append(",2026-0")
                    .append(1 + i % 6)
                    .append("-1")
                    .append(i % 9)
                    .append("T08:00:00Z,")
                    .append(brands[i % 3])
                    .append(',')
                    .append(channel)
                    .append(",\"Story ")
                    .append(i)
                    .append(", with a comma\",https://news.example/")
                    .append(i)
                    .append(",Author ")
                    .append(i % 50)
                    .append(",0.")
                    .append(i % 10)
                    .append(",CIOs,0.5,positive,Engineers,,NEGATIVE\n");
        }
        Path file = Files.createTempFile("publications", ".csv");
        Files.writeString(file, text);
        return file;
    }

    /** Starts the import and waits until it has finished; answers the job's id. */
    static String importAndWait(MediaWorkspace ws, String uploadId, Map<String, Object> columns) {
        String job = (columns == null
                        ? ws.as("analyst", "startPublicationImport", "uploadId", uploadId)
                        : ws.as("analyst", "startPublicationImport", "uploadId", uploadId, "columns", columns))
                .body("errors", nullValue())
                .extract()
                .path("data.startPublicationImport.id");
        return awaitEnd(ws, job);
    }

    private static void publicationCount(MediaWorkspace ws, int expected) {
        ws.as("viewer", "publications", "first", 1).body("data.publications.totalCount", equalTo(expected));
    }

    @Test
    void oneBadRowInTenThousandStoresNothingAndNamesTheRow() throws IOException {
        MediaWorkspace ws = MediaWorkspace.create();
        String job = importAndWait(ws, upload("analyst", csv(10_000, 7_777)), null);
        ws.as("analyst", "importJob", "id", job)
                .body("data.importJob.state", equalTo("FAILED"))
                .body("data.importJob.failure", equalTo("ROWS_WITH_PROBLEMS"))
                .body("data.importJob.rowsChecked", equalTo(10_000))
                .body("data.importJob.problemCount", equalTo(1))
                .body("data.importJob.problems", hasSize(1))
                .body("data.importJob.problems[0].line", equalTo(7_777))
                .body("data.importJob.problems[0].column", equalTo("channel"))
                .body("data.importJob.problems[0].reason", equalTo("UNKNOWN_CHANNEL"))
                .body("data.importJob.problems[0].value", equalTo("Teletext"))
                .body("data.importJob.problems[0].message", equalTo("no channel named 'Teletext' in this workspace"))
                .body("data.importJob.message", containsString("Nothing was stored"));
        publicationCount(ws, 0);
    }

    @Test
    void aCleanFileIsStoredAndReimportingItCreatesNoDuplicates() throws IOException {
        MediaWorkspace ws = MediaWorkspace.create();
        Path file = csv(10_000, -1);
        String job = importAndWait(ws, upload("analyst", file), null);
        ws.as("analyst", "importJob", "id", job)
                .body("data.importJob.state", equalTo("SUCCEEDED"))
                .body("data.importJob.rowsTotal", equalTo(10_000))
                .body("data.importJob.rowsWritten", equalTo(10_000))
                .body("data.importJob.step", equalTo("FINISHED"))
                .body("data.importJob.failure", nullValue())
                .body("data.importJob.stepTotal", nullValue());
        publicationCount(ws, 10_000);

        importAndWait(ws, upload("analyst", file), null);
        publicationCount(ws, 10_000);
        ws.as("viewer", "publications", "first", 1, "filter", Map.of("titleContains", "Story 42,"))
                .body("data.publications.edges[0].node.title", equalTo("Story 42, with a comma"))
                .body("data.publications.edges[0].node.assessments.segment.name", contains("CIOs", "Engineers"))
                .body("data.publications.edges[0].node.assessments.impact", contains(0.5f, 0.2f))
                .body("data.publications.edges[0].node.assessments.sentiment", contains("POSITIVE", "NEGATIVE"));
    }

    @Test
    void aFileWithoutDataRowsFailsSayingSo() throws IOException {
        MediaWorkspace ws = MediaWorkspace.create();
        Path file = Files.createTempFile("empty", ".csv");
        Files.writeString(file, HEADER + "\n");
        String job = importAndWait(ws, upload("analyst", file), null);
        ws.as("analyst", "importJob", "id", job)
                .body("data.importJob.state", equalTo("FAILED"))
                .body("data.importJob.failure", equalTo("NO_DATA_ROWS"))
                .body("data.importJob.problemCount", equalTo(0))
                .body("data.importJob.message", equalTo("Nothing was stored: the file has no data rows."));
    }

    @Test
    void everyBadCellIsListedWithItsLineAndColumn() throws IOException {
        MediaWorkspace ws = MediaWorkspace.create();
        Path file = Files.createTempFile("bad", ".csv");
        Files.writeString(
                file,
                HEADER + "\n"
                        + "a,2026-02-30,Northwind,DevBlog,Fine title,,,0.5,CIOs,,POSITIVE,,,\n"
                        + "b,2026-02-01,Umbrella,DevBlog,,ftp://x,,1.5,CIOs,2,happy,,,\n"
                        + "a,2026-02-01,Northwind,DevBlog,Dup,,,0.5,,,,,,\n"
                        + "c,2026-02-01,Northwind,DevBlog,Nul\u0000title,,,0.5,,,,,,\n");
        String job = importAndWait(ws, upload("analyst", file), null);
        ws.as("analyst", "importJob", "id", job)
                .body("data.importJob.state", equalTo("FAILED"))
                .body("data.importJob.problemCount", equalTo(4))
                .body("data.importJob.problems.line", contains(2, 3, 3, 3, 3, 3, 3, 4, 5))
                .body(
                        "data.importJob.problems.column",
                        contains(
                                "published_at",
                                "title",
                                "weight",
                                "brand",
                                "url",
                                "impact_1",
                                "sentiment_1",
                                "external_id",
                                "title"))
                .body(
                        "data.importJob.problems.reason",
                        contains(
                                "NOT_A_DATE",
                                "EMPTY",
                                "NOT_A_FRACTION",
                                "UNKNOWN_BRAND",
                                "NOT_AN_ADDRESS",
                                "NOT_A_FRACTION",
                                "NOT_ONE_OF",
                                "EXTERNAL_ID_TWICE",
                                "NUL_CHARACTER"))
                .body(
                        "data.importJob.problems.value",
                        contains("2026-02-30", null, "1.5", "Umbrella", "ftp://x", "2", "happy", "a", null))
                .body("data.importJob.problems[6].detail", equalTo("POSITIVE, NEUTRAL, NEGATIVE"))
                .body(
                        "data.importJob.problems[6].message",
                        equalTo("'happy' is not one of POSITIVE, NEUTRAL, NEGATIVE"));
        publicationCount(ws, 0);
    }

    @Test
    void anXlsxFileWithItsOwnColumnNamesIsImportedThroughAMapping() throws IOException {
        MediaWorkspace ws = MediaWorkspace.create();
        Path file = Files.createTempFile("publications", ".xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "test", "1.0");
            Worksheet sheet = workbook.newWorksheet("Coverage");
            List<String> header = List.of("Headline", "Date", "Company", "Outlet", "Score", "Audience", "Tone");
            for (int c = 0; c < header.size(); c++) {
                sheet.value(0, c, header.get(c));
            }
            sheet.value(1, 0, "Spreadsheet story");
            sheet.value(1, 1, java.time.LocalDate.of(2026, 3, 14));
            sheet.style(1, 1).format("yyyy-mm-dd").set();
            sheet.value(1, 2, "Contoso");
            sheet.value(1, 3, "CIO Daily");
            sheet.value(1, 4, 0.75);
            sheet.value(1, 5, "Engineers");
            sheet.value(1, 6, "neutral");
            workbook.finish();
        }
        String uploadId = upload("analyst", file);
        as("analyst", "uploadPreview", "uploadId", uploadId)
                .body("data.uploadPreview.format", equalTo("XLSX"))
                .body(
                        "data.uploadPreview.columns",
                        contains("Headline", "Date", "Company", "Outlet", "Score", "Audience", "Tone"))
                .body("data.uploadPreview.rows[0][0]", equalTo("Spreadsheet story"));
        String job = importAndWait(
                ws,
                uploadId,
                Map.of(
                        "title",
                        "Headline",
                        "publishedAt",
                        "Date",
                        "brand",
                        "Company",
                        "channel",
                        "Outlet",
                        "weight",
                        "Score",
                        "assessments",
                        List.of(Map.of("segment", "Audience", "sentiment", "Tone"))));
        ws.as("analyst", "importJob", "id", job).body("data.importJob.state", equalTo("SUCCEEDED"));
        ws.as("viewer", "publications")
                .body("data.publications.edges[0].node.title", equalTo("Spreadsheet story"))
                .body("data.publications.edges[0].node.publishedAt", equalTo("2026-03-14T00:00:00Z"))
                .body("data.publications.edges[0].node.brand.name", equalTo("Contoso"))
                .body("data.publications.edges[0].node.assessments[0].impact", equalTo(0.75f))
                .body("data.publications.edges[0].node.assessments[0].sentiment", equalTo("NEUTRAL"));
    }

    @Test
    void uploadsAndImportsRespectTokensRolesAndTenants() throws IOException {
        MediaWorkspace ws = MediaWorkspace.create();
        Path file = csv(3, -1);
        given().multiPart("file", file.toFile()).post("/api/uploads").then().statusCode(401);
        String viewerUpload = upload("viewer", file);
        ws.as("viewer", "startPublicationImport", "uploadId", viewerUpload)
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        String analystUpload = upload("analyst", file);
        ws.as("admin", "startPublicationImport", "uploadId", analystUpload)
                .body("errors[0].extensions.field", equalTo("uploadId"));
        ws.as("outsider", "startPublicationImport", "uploadId", upload("outsider", file))
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        String job = importAndWait(ws, analystUpload, null);
        ws.as("outsider", "importJob", "id", job).body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        MediaWorkspace other = MediaWorkspace.create();
        other.as("analyst", "importJob", "id", job).body("errors[0].extensions.field", equalTo("id"));
        publicationCount(ws, 3);
        publicationCount(other, 0);
    }
}
