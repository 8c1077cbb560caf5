package app.resonance.datafile;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.resonance.support.MediaWorkspace;
import app.resonance.support.PublicationFiles;
import app.resonance.support.RealStackTest;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

@QuarkusTest
@RealStackTest
class ExportTest {

    @Inject
    DataSource db;

    private static MediaWorkspace threePublications() {
        MediaWorkspace ws = MediaWorkspace.create();
        ws.publish(ws.publication(
                "Cloud \"launch\", day one",
                "Northwind",
                "CIO Daily",
                "2026-03-05T09:00:00Z",
                0.8,
                "CIOs",
                null,
                "POSITIVE",
                "Engineers",
                0.4,
                "NEUTRAL"));
        ws.publish(
                ws.publication("Outage", "Contoso", "CIO Daily", "2026-03-20T12:00:00Z", 0.6, "CIOs", 0.9, "NEGATIVE"));
        ws.publish(ws.publication("Kubernetes", "Fabrikam", "DevBlog", "2026-04-02T08:00:00Z", 0.5));
        return ws;
    }

    @Test
    void filteredPublicationsExportAsCsvInTheImportFormatOnce() {
        MediaWorkspace ws = threePublications();
        String url = ws.as(
                        "viewer",
                        "exportPublications",
                        "format",
                        "CSV",
                        "filter",
                        Map.of("channelTypes", List.of("MEDIA")))
                .body("data.exportPublications.fileName", equalTo("publications.csv"))
                .extract()
                .path("data.exportPublications.url");
        String csv = given().get(url)
                .then()
                .statusCode(200)
                .header("Content-Disposition", "attachment; filename=\"publications.csv\"")
                .extract()
                .asString();
        List<String> lines = csv.lines().toList();
        assertEquals(3, lines.size(), csv);
        assertTrue(
                lines.get(0)
                        .startsWith("id,external_id,published_at,brand,channel,title,url,author,weight,"
                                + "segment_1,impact_1,sentiment_1,segment_2,impact_2,sentiment_2"),
                lines.get(0));
        assertTrue(
                lines.get(1).contains(",2026-03-20T12:00Z,Contoso,CIO Daily,Outage,,,0.6,CIOs,0.9,NEGATIVE"),
                lines.get(1));
        assertTrue(
                lines.get(2)
                        .contains(",\"Cloud \"\"launch\"\", day one\",,,0.8,CIOs,0.8,POSITIVE,Engineers,0.4,NEUTRAL"),
                lines.get(2));
        given().get(url).then().statusCode(404);
    }

    @Test
    void publicationsAndTheReportExportAsXlsx() throws IOException {
        MediaWorkspace ws = threePublications();
        String url = ws.as("viewer", "exportPublications", "format", "XLSX")
                .extract()
                .path("data.exportPublications.url");
        byte[] xlsx = given().get(url).then().statusCode(200).extract().asByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertEquals(4, rows.size());
            assertEquals("title", rows.get(0).getCellText(5));
            assertEquals("Kubernetes", rows.get(1).getCellText(5));
            assertEquals(0.5, rows.get(1).getCellAsNumber(8).orElseThrow().doubleValue());
        }

        String report = ws.as(
                        "viewer", "exportPublicationStats", "bucket", "MONTH", "groupBy", "BRAND", "format", "CSV")
                .extract()
                .path("data.exportPublicationStats.url");
        List<String> lines = given().get(report)
                .then()
                .statusCode(200)
                .extract()
                .asString()
                .lines()
                .toList();
        assertEquals(List.of("bucket,key,brand,publications,impact"), lines.subList(0, 1));
        assertEquals(4, lines.size());
        assertTrue(
                lines.get(1).startsWith("2026-03-01T00:00Z,") && lines.get(1).endsWith(",Contoso,1,0.9"), lines.get(1));
    }

    @Test
    void formulaLikeTextExportsAsTextAndAnExportImportsBackUnchanged() throws IOException {
        String title = "=HYPERLINK(\"http://evil.example\",\"click\")";
        MediaWorkspace ws = MediaWorkspace.create();
        ws.publish(ws.publication(title, "Contoso", "CIO Daily", "2026-03-05T09:00:00Z", 0.8));

        String csvUrl =
                ws.as("viewer", "exportPublications", "format", "CSV").extract().path("data.exportPublications.url");
        String csv = given().get(csvUrl).then().statusCode(200).extract().asString();
        assertTrue(
                csv.lines()
                        .toList()
                        .get(1)
                        .endsWith(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",,,0.8"),
                csv);

        String xlsxUrl = ws.as("viewer", "exportPublications", "format", "XLSX")
                .extract()
                .path("data.exportPublications.url");
        byte[] xlsx = given().get(xlsxUrl).then().statusCode(200).extract().asByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            Cell cell = workbook.getFirstSheet().read().get(1).getCell(5);
            assertEquals(CellType.STRING, cell.getType());
            assertNull(cell.getFormula());
            assertEquals(title, cell.getText());
        }

        MediaWorkspace copy = MediaWorkspace.create();
        Path file = Files.createTempFile("export", ".csv");
        Files.writeString(file, csv);
        String job = PublicationImportTest.importAndWait(copy, PublicationFiles.upload("analyst", file), null);
        copy.as("analyst", "importJob", "id", job).body("data.importJob.state", equalTo("SUCCEEDED"));
        copy.as("viewer", "publications").body("data.publications.edges[0].node.title", equalTo(title));
    }

    @Test
    void aLinkIsKeptInTheDatabaseWithItsRequestButNotItsToken() throws SQLException {
        MediaWorkspace ws = threePublications();
        String url = ws.as("viewer", "exportPublications", "format", "CSV", "filter", Map.of("titleContains", "Outage"))
                .extract()
                .path("data.exportPublications.url");
        String token = url.substring(url.lastIndexOf('/') + 1);
        try (Connection connection = db.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select kind, created_by, request->'filter'->>'titleContains',"
                                + " position(convert_to(?, 'UTF8') in token_sha256) from download_link where workspace_id = ?")) {
            select.setString(1, token);
            select.setObject(2, UUID.fromString(ws.id()));
            try (ResultSet rs = select.executeQuery()) {
                assertTrue(rs.next());
                assertEquals("publications", rs.getString(1));
                assertEquals("viewer", rs.getString(2));
                assertEquals("Outage", rs.getString(3));
                assertEquals(0, rs.getInt(4));
            }
        }
        assertEquals(
                2,
                given().get(url)
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString()
                        .lines()
                        .count());
    }

    @Test
    void anExpiredLinkIsRefused() throws SQLException {
        MediaWorkspace ws = threePublications();
        String url =
                ws.as("viewer", "exportPublications", "format", "CSV").extract().path("data.exportPublications.url");
        try (Connection connection = db.getConnection();
                PreparedStatement expire = connection.prepareStatement(
                        "update download_link set expires_at = now() - interval '1 second' where workspace_id = ?")) {
            expire.setObject(1, UUID.fromString(ws.id()));
            assertEquals(1, expire.executeUpdate());
        }
        given().get(url).then().statusCode(404);
    }

    @Test
    void outsidersGetNoLinkAndUnknownLinksAreRefused() {
        MediaWorkspace ws = threePublications();
        ws.as("outsider", "exportPublications", "format", "CSV")
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        given().get("/api/downloads/made-up-token").then().statusCode(404);
    }
}
