package app.resonance.datafile;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import app.resonance.common.tabular.TabularWriter;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.FileUpload;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * The two HTTP endpoints files need: a multipart upload (field "file", bearer token required) and
 * the download of an offered export.
 */
@ApplicationScoped
public class DataFileRoutes {

    /** As quarkus.http.limits.max-body-size, which applies first. */
    static final long MAX_UPLOAD_BYTES = 512L * 1024 * 1024;

    private final UploadStore uploads;
    private final Downloads downloads;

    DataFileRoutes(UploadStore uploads, Downloads downloads) {
        this.uploads = uploads;
        this.downloads = downloads;
    }

    void register(@Observes Router router) {
        router.post("/api/uploads")
                .handler(BodyHandler.create(uploads.directory().toString()).setBodyLimit(MAX_UPLOAD_BYTES)
                        .setDeleteUploadedFilesOnEnd(false))
                .blockingHandler(this::upload);
        router.get("/api/downloads/:token").blockingHandler(this::download);
    }

    private void upload(RoutingContext ctx) {
        if (!(ctx.user() instanceof QuarkusHttpUser user) || user.getSecurityIdentity().isAnonymous()) {
            ctx.response().setStatusCode(401).end();
            return;
        }
        FileUpload file = ctx.fileUploads().stream().filter(f -> f.name().equals("file")).findFirst().orElse(null);
        if (file == null) {
            ctx.response().setStatusCode(400).putHeader("Content-Type", "application/json")
                    .end(new JsonObject().put("message", "send the file as multipart form field 'file'").encode());
            return;
        }
        UploadStore.Upload upload = uploads.add(user.getSecurityIdentity().getPrincipal().getName(), file.fileName(),
                Path.of(file.uploadedFileName()), file.size());
        ctx.response().putHeader("Content-Type", "application/json").end(new JsonObject()
                .put("uploadId", upload.id().toString())
                .put("fileName", upload.fileName())
                .put("format", upload.format().name())
                .put("size", upload.size()).encode());
    }

    private void download(RoutingContext ctx) {
        Downloads.Download download = downloads.take(ctx.pathParam("token"));
        if (download == null) {
            ctx.response().setStatusCode(404).end("This download link is unknown, used or expired.");
            return;
        }
        try {
            Path file = Files.createTempFile("resonance-export", "." + download.format().extension);
            try (OutputStream out = Files.newOutputStream(file);
                    TabularWriter writer = TabularWriter.create(out, download.format(), download.sheetName())) {
                download.content().writeTo(writer);
            }
            ctx.response()
                    .putHeader("Content-Type", download.format().contentType)
                    .putHeader("Content-Disposition", "attachment; filename=\"" + download.fileName() + "\"")
                    .sendFile(file.toString())
                    .onComplete(sent -> file.toFile().delete());
        } catch (Exception e) {
            ctx.fail(e);
        }
    }
}
