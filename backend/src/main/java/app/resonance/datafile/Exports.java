package app.resonance.datafile;

import app.resonance.common.tabular.TabularFormat;
import app.resonance.common.tabular.TabularWriter;
import app.resonance.datafile.Downloads.Download;
import app.resonance.datafile.Downloads.DownloadLink;
import app.resonance.identity.CurrentUser;
import app.resonance.publication.PublicationFilter;
import app.resonance.publication.PublicationService;
import app.resonance.publication.StatsBucket;
import app.resonance.publication.StatsGroup;
import app.resonance.publication.StatsRow;
import app.resonance.targetgroup.TargetGroupMember;
import app.resonance.targetgroup.TargetGroupService;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Exports through download links: the link is offered once the caller's access and the request are
 * checked; the file is written when the link is followed, by whichever instance serves it.
 */
@ApplicationScoped
class Exports {

    static final String PUBLICATIONS = "publications";
    static final String REPORT = "publication-report";
    static final String TARGET_GROUP_MEMBERS = "target-group-members";
    /** Members read per statement while a member export is written. */
    private static final int MEMBER_BATCH = 5000;

    private final PublicationService publications;
    private final TargetGroupService targetGroups;
    private final Downloads downloads;
    private final CurrentUser currentUser;

    Exports(
            PublicationService publications,
            TargetGroupService targetGroups,
            Downloads downloads,
            CurrentUser currentUser) {
        this.publications = publications;
        this.targetGroups = targetGroups;
        this.downloads = downloads;
        this.currentUser = currentUser;
    }

    Uni<DownloadLink> publications(String workspaceId, PublicationFilter filter, TabularFormat format) {
        return offer(PUBLICATIONS, workspaceId, format, new ExportRequest(filter, null, null, null, null));
    }

    Uni<DownloadLink> report(
            String workspaceId,
            PublicationFilter filter,
            StatsBucket bucket,
            StatsGroup groupBy,
            String timeZone,
            TabularFormat format) {
        return offer(REPORT, workspaceId, format, new ExportRequest(filter, bucket, groupBy, timeZone, null));
    }

    /** The group's members now (rule, includes, excludes), one row each. */
    Uni<DownloadLink> targetGroupMembers(String workspaceId, String targetGroupId, TabularFormat format) {
        return targetGroups
                .exportable(workspaceId, targetGroupId)
                .chain(ws -> offer(
                        TARGET_GROUP_MEMBERS, ws, format, ExportRequest.targetGroup(UUID.fromString(targetGroupId))));
    }

    private Uni<DownloadLink> offer(String sheetName, String workspaceId, TabularFormat format, ExportRequest request) {
        return publications
                .exportable(workspaceId, request.filter(), request.timeZone())
                .chain(ws -> offer(sheetName, ws, format, request));
    }

    private Uni<DownloadLink> offer(String sheetName, UUID ws, TabularFormat format, ExportRequest request) {
        return currentUser
                .username()
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(caller -> downloads.offer(new Download(sheetName, ws, format, request), caller));
    }

    /** Writes the download's rows. Blocks. */
    void write(Download download, TabularWriter out) throws IOException {
        ExportRequest request = download.request();
        if (download.sheetName().equals(TARGET_GROUP_MEMBERS)) {
            writeMembers(download.workspaceId(), request.targetGroupId(), out);
            return;
        }
        if (download.sheetName().equals(PUBLICATIONS)) {
            publications
                    .exporter(download.workspaceId(), request.filter())
                    .await()
                    .indefinitely()
                    .writeTo(out);
            return;
        }
        List<StatsRow> rows = publications
                .stats(
                        download.workspaceId(),
                        request.filter(),
                        request.bucket(),
                        request.groupBy(),
                        request.timeZone())
                .await()
                .indefinitely();
        out.row(List.of("bucket", "key", request.groupBy().name().toLowerCase(Locale.ROOT), "publications", "impact"));
        for (StatsRow row : rows) {
            out.row(List.of(row.bucket().toString(), row.key(), row.label(), row.publications(), row.impact()));
        }
    }

    /** The members in batches by contact id: a million-member group never sits in memory at once. */
    private void writeMembers(UUID ws, UUID groupId, TabularWriter out) throws IOException {
        out.row(List.of("id", "first_name", "last_name", "email", "company", "included_manually"));
        UUID after = null;
        List<TargetGroupMember> batch;
        do {
            batch = targetGroups
                    .exportBatch(ws, groupId, after, MEMBER_BATCH)
                    .await()
                    .indefinitely();
            for (TargetGroupMember member : batch) {
                out.row(List.of(
                        member.id().toString(),
                        member.firstName(),
                        member.lastName(),
                        member.email(),
                        member.companyName() == null ? "" : member.companyName(),
                        member.includedManually()));
            }
            after = batch.isEmpty() ? null : batch.get(batch.size() - 1).id();
        } while (batch.size() == MEMBER_BATCH);
    }
}
