package app.resonance.datafile;

import app.resonance.common.tabular.ImportMode;
import app.resonance.common.tabular.StagedImport;
import app.resonance.common.tabular.TabularFormat;
import app.resonance.datafile.Downloads.DownloadLink;
import app.resonance.identity.CurrentUser;
import app.resonance.publication.PublicationColumns;
import app.resonance.publication.PublicationFilter;
import app.resonance.publication.StatsBucket;
import app.resonance.publication.StatsGroup;
import app.resonance.workspace.WorkspaceAccess;
import app.resonance.workspace.WorkspacePermission;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.validation.Valid;
import java.util.List;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
@Authenticated
public class DataFileGraphQL {

    private final UploadStore uploads;
    private final ImportJobs jobs;
    private final Exports exports;
    private final WorkspaceAccess access;
    private final CurrentUser currentUser;

    DataFileGraphQL(
            UploadStore uploads, ImportJobs jobs, Exports exports, WorkspaceAccess access, CurrentUser currentUser) {
        this.uploads = uploads;
        this.jobs = jobs;
        this.exports = exports;
        this.access = access;
        this.currentUser = currentUser;
    }

    @Query("uploadPreview")
    @Description("The column names and first rows of a file uploaded with POST /api/uploads.")
    public Uni<@NonNull UploadPreview> uploadPreview(@Id @NonNull String uploadId) {
        return currentUser
                .username()
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(owner -> uploads.preview(uploadId, owner));
    }

    @Mutation("startPublicationImport")
    @Description("Imports an uploaded CSV or XLSX file of publications, all or nothing; follow it with importJob.")
    public Uni<@NonNull ImportJobView> startPublicationImport(
            @Id @NonNull String workspaceId, @Id @NonNull String uploadId, @Valid PublicationColumns columns) {
        return start(workspaceId, uploadId, ImportRequest.publications(columns));
    }

    @Mutation("startImport")
    @Description("Imports an uploaded CSV or XLSX file of a kind (see ImportKind for how rows are matched to"
            + " existing ones): all or nothing by default, or only its good rows. The columns map the customer"
            + " kinds' fields (importFields) to the file's columns; the lists take their columns by name.")
    public Uni<@NonNull ImportJobView> startImport(
            @Id @NonNull String workspaceId,
            @Id @NonNull String uploadId,
            @NonNull ImportKind kind,
            @Valid List<ImportColumn> columns,
            @DefaultValue("ALL_OR_NOTHING") ImportMode mode) {
        return start(workspaceId, uploadId, ImportRequest.of(kind, columns, mode));
    }

    @Query("importFields")
    @Description("The fields a file of the kind maps to its columns, in the order to show them.")
    public @NonNull List<StagedImport.@NonNull Field> importFields(@NonNull ImportKind kind) {
        return Importers.fields(kind);
    }

    /** Puts the import in line once the caller may write to the workspace; a worker of any instance runs it. */
    private Uni<ImportJobView> start(String workspaceId, String uploadId, ImportRequest request) {
        return access.check(workspaceId, WorkspacePermission.WRITE)
                .chain(ws -> currentUser
                        .username()
                        .emitOn(Infrastructure.getDefaultWorkerPool())
                        .map(owner -> jobs.start(ws, owner, uploadId, request)));
    }

    @Query("importJob")
    @Description("Progress of an import and the problems it found.")
    public Uni<@NonNull ImportJobView> importJob(@Id @NonNull String workspaceId, @Id @NonNull String id) {
        return access.check(workspaceId, WorkspacePermission.READ)
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(ws -> jobs.get(ws, id));
    }

    @Mutation("exportPublications")
    @Description("A link to the filtered publications as CSV or XLSX, in the import format.")
    public Uni<@NonNull DownloadLink> exportPublications(
            @Id @NonNull String workspaceId, @Valid PublicationFilter filter, @NonNull TabularFormat format) {
        return exports.publications(workspaceId, filter, format);
    }

    @Mutation("exportTargetGroupMembers")
    @Description("A link to the target group's members now (rule, includes and excludes) as CSV or XLSX: id,"
            + " first_name, last_name, email, company, included_manually.")
    public Uni<@NonNull DownloadLink> exportTargetGroupMembers(
            @Id @NonNull String workspaceId, @Id @NonNull String id, @NonNull TabularFormat format) {
        return exports.targetGroupMembers(workspaceId, id, format);
    }

    @Mutation("exportPublicationStats")
    @Description("A link to the report (publicationStats) as CSV or XLSX.")
    public Uni<@NonNull DownloadLink> exportPublicationStats(
            @Id @NonNull String workspaceId,
            @Valid PublicationFilter filter,
            @NonNull StatsBucket bucket,
            @NonNull StatsGroup groupBy,
            @DefaultValue("UTC") String timeZone,
            @NonNull TabularFormat format) {
        return exports.report(workspaceId, filter, bucket, groupBy, timeZone, format);
    }
}
