package app.resonance.demo;

import app.resonance.brand.BrandService;
import app.resonance.channel.ChannelService;
import app.resonance.common.tabular.RowImport;
import app.resonance.demo.DemoCoverage.Assessment;
import app.resonance.demo.DemoCoverage.Publication;
import app.resonance.demo.DemoMediaField.Weight;
import app.resonance.publication.PublicationColumns;
import app.resonance.publication.PublicationService;
import app.resonance.segment.SegmentService;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
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

    private final SegmentService segments;
    private final ChannelService channels;
    private final BrandService brands;
    private final PublicationService publications;

    DemoMediaFieldLoader(
            SegmentService segments, ChannelService channels, BrandService brands, PublicationService publications) {
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
        return await(brands.views(workspaceId, null)).isEmpty() ? load(workspaceId, today) : 0;
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
                        .map(s -> DemoFiles.cells(
                                s.name(), s.immersion(), s.reactionWeight(), s.profile(), s.significance()))
                        .toList());
        run(
                "channels",
                channels.importer(workspaceId),
                List.of("name", "type", "url", "publisher"),
                DemoMediaField.CHANNELS.stream()
                        .map(c -> DemoFiles.cells(c.name(), c.type(), c.url(), c.publisher()))
                        .toList());
        run(
                "channel weights",
                channels.weightImporter(workspaceId),
                List.of("segment", "channel", "weight"),
                weights.stream()
                        .map(w -> DemoFiles.cells(w.segment(), w.channel(), w.weight()))
                        .toList());
        run(
                "brands",
                brands.importer(workspaceId),
                List.of("name", "kind"),
                DemoMediaField.BRANDS.stream()
                        .map(b -> DemoFiles.cells(b.name(), b.kind()))
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
        List<String> row = new ArrayList<>(DemoFiles.cells(
                p.externalId(), p.publishedAt(), p.brand(), p.channel(), p.title(), p.url(), p.author(), p.weight()));
        for (Assessment a : p.assessments()) {
            row.addAll(DemoFiles.cells(a.segment(), a.impact(), a.sentiment()));
        }
        return row;
    }

    /** Checks and stores the rows with the feature's import. */
    private static void run(
            String what, Uni<? extends RowImport> importer, List<String> header, List<List<String>> rows) {
        DemoFiles.load(what, await(importer), header, rows);
    }

    private static <T> T await(Uni<T> uni) {
        return uni.await().indefinitely();
    }
}
