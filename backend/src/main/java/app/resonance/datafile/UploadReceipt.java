package app.resonance.datafile;

import app.resonance.common.error.InvalidInput;
import app.resonance.common.error.InvalidInput.Reason;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerFileUpload;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * One POST /api/uploads as its multipart body arrives (on its event loop): the one part named "file" streams
 * to this instance's disk, other parts are read and dropped without touching the disk; at the end the file
 * goes to PostgreSQL and every file written here is deleted.
 * <p>
 * Vert.x's BodyHandler is not used: Netty's multipart decoder looks for the boundary encoded in the part's
 * declared charset ({@code HttpPostMultipartRequestDecoder.loadDataMultipartOptimized}), so a part declared
 * {@code charset=utf-16} never ends, the body handler waits for it forever and the request gets no answer.
 * Here such a part is refused as soon as its headers arrive.
 */
final class UploadReceipt {

    /**
     * Imports of a million publications arrive as one upload (about 300 MB of CSV). This route's own limit,
     * apart from the one of /graphql; quarkus.http.limits.max-body-size applies first and is as large.
     */
    static final long MAX_UPLOAD_BYTES = 512L * 1024 * 1024;

    private static final Logger LOG = Logger.getLogger(UploadReceipt.class);
    /** What a multipart boundary line can hold (RFC 2046), to tell charsets the decoder can find it in. */
    private static final String BOUNDARY_LINE = "\r\n--0123456789abcxyzABCXYZ'()+_,-./:=? ";

    private final RoutingContext ctx;
    private final UploadStore uploads;
    private final List<Path> written = new ArrayList<>();
    private String fileName;
    private int filesNamedFile;
    private int writing;
    private long bytes;
    private boolean ended;
    private boolean answered;

    UploadReceipt(RoutingContext ctx, UploadStore uploads) {
        this.ctx = ctx;
        this.uploads = uploads;
    }

    void receive() {
        if (!(ctx.user() instanceof QuarkusHttpUser user)
                || user.getSecurityIdentity().isAnonymous()) {
            ctx.response().setStatusCode(401).end();
            return;
        }
        HttpServerRequest request = ctx.request();
        request.setExpectMultipart(true);
        request.exceptionHandler(this::failed);
        request.handler(this::counted);
        request.uploadHandler(this::part);
        request.endHandler(end -> {
            ended = true;
            storeWhenWritten();
        });
        request.resume();
    }

    private void counted(Buffer chunk) {
        bytes += chunk.length();
        if (bytes > MAX_UPLOAD_BYTES && !answered) {
            refuse(413, new JsonObject().put("message", "an upload holds at most " + MAX_UPLOAD_BYTES + " bytes"));
        }
    }

    private void part(HttpServerFileUpload part) {
        if (answered) {
            part.handler(dropped -> {});
            return;
        }
        if (!boundaryFindableIn(part.charset())) {
            part.handler(dropped -> {});
            refuse(
                    400,
                    error(new InvalidInput(
                            "file",
                            Reason.UNSUPPORTED_CHARSET,
                            part.charset(),
                            "send the file's part without a charset, or as UTF-8")));
            return;
        }
        if (!part.name().equals("file") || ++filesNamedFile > 1) {
            part.handler(dropped -> {});
            return;
        }
        fileName = part.filename();
        Path file = uploads.directory().resolve(UUID.randomUUID() + ".part");
        written.add(file);
        writing++;
        part.streamToFileSystem(file.toString()).onComplete(done -> {
            writing--;
            if (done.failed()) {
                failed(done.cause());
            } else {
                storeWhenWritten();
            }
        });
    }

    private static boolean boundaryFindableIn(String charset) {
        try {
            return charset == null
                    || Arrays.equals(
                            BOUNDARY_LINE.getBytes(Charset.forName(charset)),
                            BOUNDARY_LINE.getBytes(StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException unknown) {
            return false;
        }
    }

    private void storeWhenWritten() {
        if (!ended || writing > 0 || answered) {
            return;
        }
        if (filesNamedFile != 1) {
            refuse(400, new JsonObject().put("message", "send one file as multipart form field 'file'"));
            return;
        }
        answered = true;
        String owner = ((QuarkusHttpUser) ctx.user())
                .getSecurityIdentity()
                .getPrincipal()
                .getName();
        ctx.vertx()
                .executeBlocking(
                        () -> {
                            try {
                                return uploads.store(owner, fileName, written.get(0));
                            } finally {
                                deleteWritten();
                            }
                        },
                        false)
                .onComplete(stored -> {
                    if (stored.succeeded()) {
                        UploadStore.Upload upload = stored.result();
                        ctx.response()
                                .putHeader("Content-Type", "application/json")
                                .end(new JsonObject()
                                        .put("uploadId", upload.id().toString())
                                        .put("fileName", upload.fileName())
                                        .put("format", upload.format().name())
                                        .put("size", upload.size())
                                        .encode());
                    } else if (stored.cause() instanceof InvalidInput refused) {
                        answer(400, error(refused));
                    } else {
                        LOG.errorf(stored.cause(), "Upload of %s failed", fileName);
                        ctx.fail(stored.cause());
                    }
                });
    }

    private void failed(Throwable failure) {
        if (answered) {
            return;
        }
        answered = true;
        LOG.warnf("Upload of %s broke off: %s", fileName, failure.getMessage());
        ctx.vertx()
                .executeBlocking(
                        () -> {
                            deleteWritten();
                            return null;
                        },
                        false);
        if (!ctx.response().ended() && !ctx.response().closed()) {
            ctx.response().setStatusCode(400).putHeader("Connection", "close").end();
        }
    }

    /** Answers now, before the rest of the body (which would never end, or is too large), then hangs up. */
    private void refuse(int status, JsonObject body) {
        answered = true;
        answer(status, body).onComplete(sent -> ctx.request().connection().close());
        ctx.vertx()
                .executeBlocking(
                        () -> {
                            deleteWritten();
                            return null;
                        },
                        false);
    }

    private io.vertx.core.Future<Void> answer(int status, JsonObject body) {
        return ctx.response()
                .setStatusCode(status)
                .putHeader("Content-Type", "application/json")
                .end(body.encode());
    }

    private static JsonObject error(InvalidInput refused) {
        return new JsonObject()
                .put("message", refused.getMessage())
                .put("field", refused.field())
                .put("reason", refused.reason().name())
                .put("value", refused.value());
    }

    /** Blocks. Parts still being written when a request is refused are deleted when their stream closes, too. */
    private void deleteWritten() {
        written.forEach(UploadStore::deleteQuietly);
    }
}
