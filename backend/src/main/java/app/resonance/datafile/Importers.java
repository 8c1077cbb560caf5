package app.resonance.datafile;

import app.resonance.brand.BrandService;
import app.resonance.channel.ChannelService;
import app.resonance.common.tabular.RowImport;
import app.resonance.publication.PublicationService;
import app.resonance.segment.SegmentService;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** The feature's import for a stored request, built by the worker that runs it (names are looked up then). */
@ApplicationScoped
class Importers {

    private final PublicationService publications;
    private final SegmentService segments;
    private final ChannelService channels;
    private final BrandService brands;

    Importers(PublicationService publications, SegmentService segments, ChannelService channels, BrandService brands) {
        this.publications = publications;
        this.segments = segments;
        this.channels = channels;
        this.brands = brands;
    }

    /** Blocks: runs on an import worker. */
    RowImport importer(UUID workspaceId, ImportRequest request) {
        Uni<? extends RowImport> importer = request.kind() == null
                ? publications.importer(workspaceId, request.columns())
                : switch (request.kind()) {
                    case SEGMENTS -> segments.importer(workspaceId);
                    case CHANNELS -> channels.importer(workspaceId);
                    case BRANDS -> brands.importer(workspaceId);
                    case CHANNEL_WEIGHTS -> channels.weightImporter(workspaceId);
                };
        return importer.await().indefinitely();
    }
}
