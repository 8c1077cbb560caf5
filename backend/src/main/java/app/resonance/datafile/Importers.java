package app.resonance.datafile;

import app.resonance.brand.BrandService;
import app.resonance.channel.ChannelService;
import app.resonance.common.tabular.RowImport;
import app.resonance.common.tabular.StagedImport;
import app.resonance.company.CompanyImport;
import app.resonance.contact.ContactImport;
import app.resonance.equipment.EquipmentImport;
import app.resonance.publication.PublicationService;
import app.resonance.purchase.PurchaseImport;
import app.resonance.segment.SegmentService;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** The feature's import for a stored request, built by the worker that runs it (names are looked up then). */
@ApplicationScoped
class Importers {

    private final PublicationService publications;
    private final SegmentService segments;
    private final ChannelService channels;
    private final BrandService brands;
    private final CompanyImport companies;
    private final ContactImport contacts;
    private final EquipmentImport equipment;
    private final PurchaseImport purchases;

    Importers(
            PublicationService publications,
            SegmentService segments,
            ChannelService channels,
            BrandService brands,
            CompanyImport companies,
            ContactImport contacts,
            EquipmentImport equipment,
            PurchaseImport purchases) {
        this.publications = publications;
        this.segments = segments;
        this.channels = channels;
        this.brands = brands;
        this.companies = companies;
        this.contacts = contacts;
        this.equipment = equipment;
        this.purchases = purchases;
    }

    /** Blocks: runs on an import worker. {@code owner} started the import; timelines name them. */
    RowImport importer(UUID workspaceId, String owner, ImportRequest request) {
        if (request.kind() == null) {
            return publications.importer(workspaceId, request.columns()).await().indefinitely();
        }
        Uni<? extends RowImport> importer = switch (request.kind()) {
            case SEGMENTS -> segments.importer(workspaceId);
            case CHANNELS -> channels.importer(workspaceId);
            case BRANDS -> brands.importer(workspaceId);
            case CHANNEL_WEIGHTS -> channels.weightImporter(workspaceId);
            case COMPANIES -> Uni.createFrom().item(companies.open(workspaceId, owner, request.columnsByField()));
            case CONTACTS -> Uni.createFrom().item(contacts.open(workspaceId, owner, request.columnsByField()));
            case EQUIPMENT -> Uni.createFrom().item(equipment.open(workspaceId, request.columnsByField()));
            case PURCHASES -> Uni.createFrom().item(purchases.open(workspaceId, request.columnsByField()));
        };
        return importer.await().indefinitely();
    }

    /** The fields a file of the kind maps to columns; empty for the lists, whose columns go by name. */
    static List<StagedImport.Field> fields(ImportKind kind) {
        return switch (kind) {
            case SEGMENTS, CHANNELS, BRANDS, CHANNEL_WEIGHTS -> List.of();
            case COMPANIES -> CompanyImport.FIELDS;
            case CONTACTS -> ContactImport.FIELDS;
            case EQUIPMENT -> EquipmentImport.FIELDS;
            case PURCHASES -> PurchaseImport.FIELDS;
        };
    }
}
