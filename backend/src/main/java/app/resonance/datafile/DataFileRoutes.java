package app.resonance.datafile;

import app.resonance.common.tabular.TabularWriter;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.logging.Logger;

/**
 * The two HTTP endpoints files need: a multipart upload (field "file", bearer token required) and
 * the download of an offered export.
 */
@ApplicationScoped
public class DataFileRoutes {

    private static final Logger LOG = Logger.getLogger(DataFileRoutes.class);

    private final UploadStore uploads;
    private final Downloads downloads;
    private final Exports exports;

    DataFileRoutes(UploadStore uploads, Downloads downloads, Exports exports) {
        this.uploads = uploads;
        this.downloads = downloads;
        this.exports = exports;
    }

    void register(@Observes Router router) {
        router.post("/api/uploads").handler(ctx -> new UploadReceipt(ctx, uploads).receive());
        router.get("/api/downloads/:token").blockingHandler(this::download);
    }

    private void download(RoutingContext ctx) {
        Downloads.Download download = downloads.take(ctx.pathParam("token"));
        if (download == null) {
            ctx.response().setStatusCode(404).end("This download link is unknown, used or expired.");
            return;
        }
        Path file = null;
        try {
            file = Files.createTempFile("resonance-export", "." + download.format().extension);
            try (OutputStream out = Files.newOutputStream(file);
                    TabularWriter writer = TabularWriter.create(out, download.format(), download.sheetName())) {
                exports.write(download, writer);
            }
            Path sent = file;
            ctx.response()
                    .putHeader("Content-Type", download.format().contentType)
                    .putHeader("Content-Disposition", "attachment; filename=\"" + download.fileName() + "\"")
                    .sendFile(file.toString())
                    .onComplete(done -> UploadStore.deleteQuietly(sent));
        } catch (Exception e) {
            LOG.errorf(e, "Export %s failed", download.fileName());
            UploadStore.deleteQuietly(file);
            ctx.fail(e);
        }
    }
}
