package app.resonance.datafile;

import static app.resonance.support.PublicationFiles.awaitEnd;
import static app.resonance.support.PublicationFiles.upload;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import app.resonance.support.MediaWorkspace;
import app.resonance.support.RealStackTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Segments, channels, brands and weights from files: matched by name, all or nothing. */
@QuarkusTest
@RealStackTest
class ListImportTest {

    private static ValidatableResponse importList(MediaWorkspace ws, String kind, String csv) throws IOException {
        Path file = Files.createTempFile(kind, ".csv");
        Files.writeString(file, csv);
        String job = ws.as("analyst", "startImport", "uploadId", upload("analyst", file), "kind", kind)
                .body("errors", nullValue())
                .extract()
                .path("data.startImport.id");
        return ws.as("analyst", "importJob", "id", awaitEnd(ws, job));
    }

    @Test
    void segmentsAreMatchedByNameSoAReimportChangesNothing() throws IOException {
        MediaWorkspace ws = MediaWorkspace.create();
        String csv = "name,immersion,reaction_weight,profile\ncios,EXPERT,0.95,Heads of IT\nInvestors,general,0.4,\n";
        importList(ws, "SEGMENTS", csv).body("data.importJob.state", equalTo("SUCCEEDED"));
        importList(ws, "SEGMENTS", csv).body("data.importJob.state", equalTo("SUCCEEDED"));
        ws.as("viewer", "segments")
                .body("data.segments.name", contains("cios", "Engineers", "Investors"))
                .body(
                        "data.segments.find { it.name == 'cios' }.id",
                        equalTo(ws.segments().get("CIOs")))
                .body("data.segments.find { it.name == 'cios' }.reactionWeight", equalTo(0.95f));
    }

    @Test
    void channelsAndWeightsImportAndBadRowsAreNamed() throws IOException {
        MediaWorkspace ws = MediaWorkspace.create();
        importList(
                        ws,
                        "CHANNELS",
                        "name,type,url,publisher\nTechRadio,TV_RADIO,https://radio.example,Radio Group\n"
                                + "Wire,WIRE,,\nBlog2,INDUSTRY_BLOG,not-a-url,\n")
                .body("data.importJob.state", equalTo("FAILED"))
                .body("data.importJob.problems.line", contains(3, 4))
                .body("data.importJob.problems.column", contains("type", "url"));
        ws.as("viewer", "channels").body("data.channels", hasSize(3));

        importList(ws, "CHANNELS", "name,type\nTechRadio,TV_RADIO\n")
                .body("data.importJob.state", equalTo("SUCCEEDED"));
        importList(ws, "CHANNEL_WEIGHTS", "segment,channel,weight\nCIOs,TechRadio,0.7\nEngineers,Teletext,0.2\n")
                .body("data.importJob.state", equalTo("FAILED"))
                .body("data.importJob.problems[0].line", equalTo(3))
                .body("data.importJob.problems[0].column", equalTo("channel"))
                .body("data.importJob.problems[0].reason", equalTo("UNKNOWN_CHANNEL"));
        ws.as("viewer", "channelWeights").body("data.channelWeights", empty());
        importList(ws, "CHANNEL_WEIGHTS", "segment,channel,weight\nCIOs,TechRadio,0.7\nEngineers,devblog,0.9\n")
                .body("data.importJob.state", equalTo("SUCCEEDED"));
        ws.as("viewer", "channelWeights").body("data.channelWeights.weight", containsInAnyOrder(0.7f, 0.9f));
    }

    @Test
    void aSecondClientBrandFailsTheWholeFile() throws IOException {
        MediaWorkspace ws = MediaWorkspace.create();
        importList(ws, "BRANDS", "name,kind\nInitech,COMPETITOR\nUmbrella,CLIENT\n")
                .body("data.importJob.state", equalTo("FAILED"))
                .body("data.importJob.problems[0].line", equalTo(3))
                .body("data.importJob.problems[0].column", equalTo("kind"))
                .body("data.importJob.problems[0].reason", equalTo("CLIENT_BRAND_EXISTS"))
                .body("data.importJob.problems[0].detail", equalTo("Northwind"));
        importList(ws, "BRANDS", "Name,Kind\nInitech,competitor\nnorthwind,client\n")
                .body("data.importJob.state", equalTo("SUCCEEDED"));
        ws.as("viewer", "brands").body("data.brands.name", contains("Contoso", "Fabrikam", "Initech", "northwind"));
    }

    @Test
    void viewersCannotImportLists() throws IOException {
        MediaWorkspace ws = MediaWorkspace.create();
        Path file = Files.createTempFile("brands", ".csv");
        Files.writeString(file, "name,kind\nInitech,COMPETITOR\n");
        ws.as("viewer", "startImport", "uploadId", upload("viewer", file), "kind", "BRANDS")
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
    }
}
