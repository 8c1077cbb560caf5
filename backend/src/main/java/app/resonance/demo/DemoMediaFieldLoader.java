package app.resonance.demo;

import app.resonance.brand.BrandService;
import app.resonance.channel.ChannelService;
import app.resonance.common.tabular.RowImport;
import app.resonance.common.tabular.RowImport.WriteProgress;
import app.resonance.common.tabular.RowProblem;
import app.resonance.common.tabular.TabularReader;
import app.resonance.demo.DemoCoverage.Assessment;
import app.resonance.demo.DemoCoverage.Publication;
import app.resonance.demo.DemoMediaField.Weight;
import app.resonance.publication.PublicationColumns;
import app.resonance.publication.PublicationService;
import app.resonance.segment.SegmentService;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Loads the demo's media field through the features' own imports, as an analyst would load it from
 * files: segments, channels, the weight matrix, brands, then the publications. Each import checks
 * every row and stores them all with its feature's bulk write (one statement per list; {@code COPY}
 * and set-based statements for publications), so the demo holds its data and no SQL of theirs.
 */
@ApplicationScoped
class DemoMediaFieldLoader {

    /** Changing it changes the whole demo story; the tests only rely on its shape. */
    static final long SEED = 20260501L;

    /**
     * Concurrent start-ups wait for each other on this advisory lock instead of both loading. Not a lock
     * on the workspace's row: the imports' foreign-key checks would wait for it on their own connections.
     */
    private static final String LOCK = "select pg_advisory_lock(hashtextextended('resonance.demo', 0))";

    private static final String UNLOCK = "select pg_advisory_unlock(hashtextextended('resonance.demo', 0))";

    private static final WriteProgress UNWATCHED = new WriteProgress() {
        @Override
        public void rowsWritten(long rows) {}

        @Override
        public void balanceDaysUpdated(long days, long total) {}
    };

    private final Pool pool;
    private final SegmentService segments;
    private final ChannelService channels;
    private final BrandService brands;
    private final PublicationService publications;

    DemoMediaFieldLoader(
            Pool pool,
            SegmentService segments,
            ChannelService channels,
            BrandService brands,
            PublicationService publications) {
        this.pool = pool;
        this.segments = segments;
        this.channels = channels;
        this.brands = brands;
        this.publications = publications;
    }

    /**
     * Publications written, or 0 when the workspace already has a media field (brands). Blocks, like the
     * imports it runs: call it from a worker or the start-up thread. Each import commits on its own, so a
     * start that died between the brands and the publications leaves a demo without publications, which
     * later starts keep: delete the demo workspace to have it loaded again.
     */
    int seed(UUID workspaceId, LocalDate today) {
        SqlConnection lock = await(pool.getConnection());
        try {
            await(lock.query(LOCK).execute());
            try {
                return await(brands.views(workspaceId, null)).isEmpty() ? load(workspaceId, today) : 0;
            } finally {
                await(lock.query(UNLOCK).execute());
            }
        } finally {
            await(lock.close());
        }
    }

    private int load(UUID workspaceId, LocalDate today) {
        Random random = new Random(SEED);
        List<Weight> weights = DemoMediaField.weights(random);
        List<Publication> coverage = DemoCoverage.generate(random.nextLong(), today);
        run(
                "segments",
                segments.importer(workspaceId),
                List.of("name", "immersion", "reaction_weight", "profile", "significance"),
                DemoMediaField.SEGMENTS.stream()
                        .map(s -> cells(s.name(), s.immersion(), s.reactionWeight(), s.profile(), s.significance()))
                        .toList());
        run(
                "channels",
                channels.importer(workspaceId),
                List.of("name", "type", "url", "publisher"),
                DemoMediaField.CHANNELS.stream()
                        .map(c -> cells(c.name(), c.type(), c.url(), c.publisher()))
                        .toList());
        run(
                "channel weights",
                channels.weightImporter(workspaceId),
                List.of("segment", "channel", "weight"),
                weights.stream()
                        .map(w -> cells(w.segment(), w.channel(), w.weight()))
                        .toList());
        run(
                "brands",
                brands.importer(workspaceId),
                List.of("name", "kind"),
                DemoMediaField.BRANDS.stream()
                        .map(b -> cells(b.name(), b.kind()))
                        .toList());
        run(
                "publications",
                publications.importer(workspaceId, null),
                publicationHeader(coverage),
                coverage.stream().map(DemoMediaFieldLoader::publicationRow).toList());
        return coverage.size();
    }

    /** The import format's columns, with as many assessment groups as the most assessed publication has. */
    private static List<String> publicationHeader(List<Publication> coverage) {
        List<String> header = new ArrayList<>(List.of(
                PublicationColumns.EXTERNAL_ID,
                PublicationColumns.PUBLISHED_AT,
                PublicationColumns.BRAND,
                PublicationColumns.CHANNEL,
                PublicationColumns.TITLE,
                PublicationColumns.URL,
                PublicationColumns.AUTHOR,
                PublicationColumns.WEIGHT));
        int groups =
                coverage.stream().mapToInt(p -> p.assessments().size()).max().orElse(0);
        for (int n = 1; n <= groups; n++) {
            header.addAll(List.of(
                    PublicationColumns.segment(n), PublicationColumns.impact(n), PublicationColumns.sentiment(n)));
        }
        return header;
    }

    private static List<String> publicationRow(Publication p) {
        List<String> row = new ArrayList<>(cells(
                p.externalId(), p.publishedAt(), p.brand(), p.channel(), p.title(), p.url(), p.author(), p.weight()));
        for (Assessment a : p.assessments()) {
            row.addAll(cells(a.segment(), a.impact(), a.sentiment()));
        }
        return row;
    }

    /** Cells as a file holds them: text, with "" for nothing. */
    private static List<String> cells(Object... values) {
        return Arrays.stream(values)
                .map(value -> value == null ? "" : value.toString())
                .toList();
    }

    /** Checks and stores the rows with the feature's import; a row it refuses is a bug in the demo's data. */
    private static void run(
            String what, Uni<? extends RowImport> importer, List<String> header, List<List<String>> rows) {
        List<RowProblem> problems = new ArrayList<>();
        try (RowImport rowImport = await(importer);
                TabularReader reader = TabularReader.of(header, rows)) {
            rowImport.check(reader, problems::add, read -> {});
            if (!problems.isEmpty()) {
                throw new IllegalStateException("The demo's " + what + " do not import: " + problems);
            }
            rowImport.write(UNWATCHED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T await(Uni<T> uni) {
        return uni.await().indefinitely();
    }
}
