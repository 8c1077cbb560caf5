package app.resonance.datafile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import app.resonance.brand.BrandService;
import app.resonance.channel.ChannelService;
import app.resonance.common.error.Ids;
import app.resonance.common.error.InvalidInput;
import app.resonance.common.error.InvalidInput.Reason;
import app.resonance.common.tabular.FileRefused;
import app.resonance.common.tabular.RowImport;
import app.resonance.common.tabular.TabularFormat;
import app.resonance.common.tabular.TabularReader;
import app.resonance.common.tabular.TabularReader.TabularRow;
import app.resonance.datafile.Downloads.DownloadLink;
import app.resonance.identity.CurrentUser;
import app.resonance.publication.PublicationColumns;
import app.resonance.publication.PublicationFilter;
import app.resonance.publication.PublicationService;
import app.resonance.publication.StatsBucket;
import app.resonance.publication.StatsGroup;
import app.resonance.publication.StatsRow;
import app.resonance.segment.SegmentService;
import app.resonance.workspace.WorkspaceAccess;
import app.resonance.workspace.WorkspacePermission;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

@GraphQLApi
@Authenticated
public class DataFileGraphQL {

    private final UploadStore uploads;
    private final ImportJobs jobs;
    private final Downloads downloads;
    private final PublicationService publications;
    private final SegmentService segments;
    private final ChannelService channels;
    private final BrandService brands;
    private final WorkspaceAccess access;
    private final CurrentUser currentUser;

    DataFileGraphQL(UploadStore uploads, ImportJobs jobs, Downloads downloads, PublicationService publications,
            SegmentService segments, ChannelService channels, BrandService brands, WorkspaceAccess access,
            CurrentUser currentUser) {
        this.uploads = uploads;
        this.jobs = jobs;
        this.downloads = downloads;
        this.publications = publications;
        this.segments = segments;
        this.channels = channels;
        this.brands = brands;
        this.access = access;
        this.currentUser = currentUser;
    }

    @Query("uploadPreview")
    @Description("The column names and first rows of a file uploaded with POST /api/uploads.")
    public Uni<@NonNull UploadPreview> uploadPreview(@Id @NonNull String uploadId) {
        return currentUser.username().map(owner -> uploads.get(uploadId, owner))
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(upload -> {
                    try (TabularReader reader = TabularReader.open(upload.file(), upload.format())) {
                        List<List<String>> rows = new ArrayList<>();
                        for (TabularRow row = reader.next(); row != null && rows.size() < UploadPreview.ROWS; row = reader.next()) {
                            rows.add(row.cells());
                        }
                        return new UploadPreview(upload.fileName(), upload.format(), reader.header(), rows);
                    } catch (FileRefused refused) {
                        throw refused.asInvalidInput("uploadId");
                    } catch (Exception e) {
                        throw new InvalidInput("uploadId", Reason.UNREADABLE_FILE, upload.format().name(),
                                "the file cannot be read as " + upload.format() + ": " + e.getMessage());
                    }
                });
    }

    @Mutation("startPublicationImport")
    @Description("Imports an uploaded CSV or XLSX file of publications, all or nothing; follow it with importJob.")
    public Uni<@NonNull ImportJob> startPublicationImport(@Id @NonNull String workspaceId, @Id @NonNull String uploadId,
            @Valid PublicationColumns columns) {
        return start(workspaceId, uploadId, publications.importer(workspaceId, columns));
    }

    @Mutation("startImport")
    @Description("Imports an uploaded CSV or XLSX list of segments, channels, brands or channel weights, all or nothing;"
            + " rows are matched to existing ones by name. Columns: see ImportKind.")
    public Uni<@NonNull ImportJob> startImport(@Id @NonNull String workspaceId, @Id @NonNull String uploadId,
            @NonNull ImportKind kind) {
        return start(workspaceId, uploadId, switch (kind) {
            case SEGMENTS -> segments.importer(workspaceId);
            case CHANNELS -> channels.importer(workspaceId);
            case BRANDS -> brands.importer(workspaceId);
            case CHANNEL_WEIGHTS -> channels.weightImporter(workspaceId);
        });
    }

    /** Starts the import once the feature has checked the caller may write to the workspace. */
    private Uni<ImportJob> start(String workspaceId, String uploadId, Uni<? extends RowImport> importer) {
        return importer.chain(ready -> currentUser.username().map(owner -> jobs.start(Ids.parse("workspaceId", workspaceId),
                owner, uploads.get(uploadId, owner), ready)));
    }

    @Query("importJob")
    @Description("Progress of an import and the problems it found.")
    public Uni<@NonNull ImportJob> importJob(@Id @NonNull String workspaceId, @Id @NonNull String id) {
        return access.check(workspaceId, WorkspacePermission.READ).map(ws -> jobs.get(ws, id));
    }

    @Mutation("exportPublications")
    @Description("A link to the filtered publications as CSV or XLSX, in the import format.")
    public Uni<@NonNull DownloadLink> exportPublications(@Id @NonNull String workspaceId, @Valid PublicationFilter filter,
            @NonNull TabularFormat format) {
        return publications.exporter(workspaceId, filter)
                .map(export -> downloads.offer("publications", format, export::writeTo));
    }

    @Mutation("exportPublicationStats")
    @Description("A link to the report (publicationStats) as CSV or XLSX.")
    public Uni<@NonNull DownloadLink> exportPublicationStats(@Id @NonNull String workspaceId,
            @Valid PublicationFilter filter, @NonNull StatsBucket bucket, @NonNull StatsGroup groupBy,
            @DefaultValue("UTC") String timeZone, @NonNull TabularFormat format) {
        return publications.stats(workspaceId, filter, bucket, groupBy, timeZone)
                .map(rows -> downloads.offer("publication-report", format, out -> {
                    out.row(List.of("bucket", "key", groupBy.name().toLowerCase(Locale.ROOT), "publications", "impact"));
                    for (StatsRow row : rows) {
                        out.row(List.of(row.bucket().toString(), row.key(), row.label(), row.publications(), row.impact()));
                    }
                }));
    }
}
