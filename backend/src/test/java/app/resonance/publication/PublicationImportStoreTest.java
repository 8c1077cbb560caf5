package app.resonance.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import app.resonance.common.tabular.RowImport.WriteProgress;
import app.resonance.common.tabular.TabularFormat;
import app.resonance.common.tabular.TabularReader;
import app.resonance.support.MediaWorkspace;
import app.resonance.support.RealStackTest;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A publication import reports its rows and then the media balance's days, which it rebuilds a few at a time. */
@QuarkusTest
@RealStackTest
class PublicationImportStoreTest {

    @Inject
    PublicationImportStore store;

    @Inject
    Pool pool;

    /** The workspace's daily sums that differ from a fresh aggregate of its assessments, both ways. */
    private static final String SUMS_OFF = """
            with kept as (
                select day, segment_id, channel_id, brand_id, publications, round(impact::numeric, 9) as impact,
                       round(tone::numeric, 9) as tone
                from balance_day where workspace_id = $1),
            fresh as (
                select balance_day_of(p.published_at) as day, a.segment_id, p.channel_id, p.brand_id,
                       count(*)::int as publications, round(sum(a.impact)::numeric, 9) as impact,
                       round(sum(a.impact * balance_tone(a.sentiment))::numeric, 9) as tone
                from publication p join assessment a on a.publication_id = p.id
                where p.workspace_id = $1
                group by 1, 2, 3, 4)
            select (select count(*) from kept), (select count(*) from fresh),
                   (select count(*) from (table kept except table fresh) k) + (select count(*) from (table fresh except table kept) f)
            """;

    @Test
    void progressGoesThroughTheRowsThenTheBalanceDaysAndTheRebuiltSumsMatchTheAssessments() throws IOException {
        MediaWorkspace ws = MediaWorkspace.create();
        // 100 publications on 40 days, every third day from 150 days ago: three balance steps, with gaps in each.
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        StringBuilder csv = new StringBuilder("external_id,published_at,brand,channel,title,weight,"
                + "segment_1,impact_1,sentiment_1,segment_2,impact_2,sentiment_2\n");
        String[] brands = {"Northwind", "Contoso", "Fabrikam"};
        String[] channels = {"CIO Daily", "DevBlog", "LinkedIn"};
        String[] sentiments = {"POSITIVE", "NEUTRAL", "NEGATIVE"};
        for (int i = 0; i < 100; i++) {
            csv.append("p")
                    .append(i)
                    .append(',')
                    .append(today.minusDays(150 - 3 * (i % 40)))
                    .append("T0")
                    .append(i % 10)
                    .append(":00:00Z,")
                    .append(brands[i % 3])
                    .append(',')
                    .append(channels[i / 3 % 3])
                    .append(",Story ")
                    .append(i)
                    .append(",0.5,CIOs,0.")
                    .append(i % 10)
                    .append(',')
                    .append(sentiments[i % 3])
                    .append(",Engineers,,")
                    .append(sentiments[i / 3 % 3])
                    .append('\n');
        }
        Path file = Files.createTempFile("publications", ".csv");
        Files.writeString(file, csv);

        List<String> steps = new ArrayList<>();
        UUID workspaceId = UUID.fromString(ws.id());
        try (PublicationImport importer = new PublicationImport(
                        workspaceId,
                        null,
                        byName(ws.brands()),
                        byName(ws.channels()),
                        byName(ws.segments()),
                        store,
                        PublicationTime.asOf(Clock.systemUTC()));
                TabularReader reader = TabularReader.open(file, TabularFormat.CSV)) {
            assertEquals(100, importer.check(reader, problem -> fail(problem.message()), rows -> {}));
            importer.write(new WriteProgress() {
                @Override
                public void rowsWritten(long rows) {
                    steps.add("rows " + rows);
                }

                @Override
                public void balanceDaysUpdated(long days, long total) {
                    steps.add("days " + days + "/" + total);
                }
            });
        }

        assertEquals(List.of("rows 100", "days 0/40", "days 14/40", "days 28/40", "days 40/40"), steps);
        var sums = pool.preparedQuery(SUMS_OFF)
                .execute(Tuple.of(workspaceId))
                .await()
                .indefinitely()
                .iterator()
                .next();
        assertEquals(
                200, sums.getLong(1), "cells with assessments (each publication in its own day, segment and brand)");
        assertEquals(200, sums.getLong(0), "daily sums kept");
        assertEquals(0, sums.getLong(2), "daily sums that differ from the assessments");
    }

    private static Map<String, UUID> byName(Map<String, String> ids) {
        return ids.entrySet().stream()
                .collect(
                        Collectors.toMap(e -> e.getKey().toLowerCase(Locale.ROOT), e -> UUID.fromString(e.getValue())));
    }
}
