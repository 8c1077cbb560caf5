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
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * Exports through download links: the link is offered once the caller's access and the request are
 * checked; the file is written when the link is followed, by whichever instance serves it.
 */
@ApplicationScoped
class Exports {

    static final String PUBLICATIONS = "publications";
    static final String REPORT = "publication-report";

    private final PublicationService publications;
    private final Downloads downloads;
    private final CurrentUser currentUser;

    Exports(PublicationService publications, Downloads downloads, CurrentUser currentUser) {
        this.publications = publications;
        this.downloads = downloads;
        this.currentUser = currentUser;
    }

    Uni<DownloadLink> publications(String workspaceId, PublicationFilter filter, TabularFormat format) {
        return offer(PUBLICATIONS, workspaceId, format, new ExportRequest(filter, null, null, null));
    }

    Uni<DownloadLink> report(
            String workspaceId,
            PublicationFilter filter,
            StatsBucket bucket,
            StatsGroup groupBy,
            String timeZone,
            TabularFormat format) {
        return offer(REPORT, workspaceId, format, new ExportRequest(filter, bucket, groupBy, timeZone));
    }

    private Uni<DownloadLink> offer(String sheetName, String workspaceId, TabularFormat format, ExportRequest request) {
        return publications
                .exportable(workspaceId, request.filter(), request.timeZone())
                .chain(ws -> currentUser
                        .username()
                        .emitOn(Infrastructure.getDefaultWorkerPool())
                        .map(caller -> downloads.offer(new Download(sheetName, ws, format, request), caller)));
    }

    /** Writes the download's rows. Blocks. */
    void write(Download download, TabularWriter out) throws IOException {
        ExportRequest request = download.request();
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
}
