package app.resonance.datafile;

import app.resonance.common.error.Ids;
import app.resonance.common.error.InvalidInput;
import app.resonance.common.error.InvalidInput.Reason;
import app.resonance.common.persistence.Jdbc;
import app.resonance.common.tabular.FileRefused;
import app.resonance.common.tabular.TabularFormat;
import app.resonance.common.tabular.TabularReader;
import app.resonance.common.tabular.TabularReader.TabularRow;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Uploaded files waiting to be imported, in PostgreSQL so that every instance can read them, each
 * visible to its uploader only; deleted when their import ends or an hour after the upload. Content
 * moves in chunks of 1 MB: no instance holds a whole file in memory. All methods block.
 */
@ApplicationScoped
public class UploadStore {

    private static final Logger LOG = Logger.getLogger(UploadStore.class);

    static final Duration KEPT = Duration.ofHours(1);
    static final int CHUNK_BYTES = 1 << 20;

    record Upload(UUID id, String owner, String fileName, TabularFormat format, long size) {}

    /** An upload's content copied to this instance's disk for a reader that needs a file; deleted on close. */
    record LocalCopy(Upload upload, Path file) implements AutoCloseable {

        @Override
        public void close() {
            deleteQuietly(file);
        }
    }

    private final Jdbc db;
    private final DataFileConfig.Uploads limits;
    private final Clock clock;
    private final Path directory;

    UploadStore(DataSource db, DataFileConfig config, Clock clock) throws IOException {
        this.db = new Jdbc(db);
        this.limits = config.uploads();
        this.clock = clock;
        this.directory = Files.createTempDirectory("resonance-uploads");
    }

    /** Where multipart bodies and local copies are written before they are stored or read. */
    Path directory() {
        return directory;
    }

    /**
     * Stores a file the body handler wrote to disk, within the owner's quota; an error on {@code file} when it
     * is empty or over the quota.
     */
    Upload store(String owner, String fileName, Path file) {
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw new InvalidInput("file", Reason.EMPTY_FILE, "the file is empty");
            }
            Upload upload = new Upload(UUID.randomUUID(), owner, fileName, TabularFormat.detect(file), size);
            return db.inTransaction("storing the upload", connection -> {
                requireRoomFor(connection, upload);
                insert(connection, upload, file);
                return upload;
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Under a lock on the owner's quota, so that two uploads at once cannot both take its last room. */
    private void requireRoomFor(Connection connection, Upload upload) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_xact_lock(9003, hashtext(?))");
                PreparedStatement pending = connection.prepareStatement(
                        "select count(*), coalesce(sum(size), 0) from upload where owner = ? and expires_at > ?")) {
            lock.setString(1, upload.owner());
            lock.execute();
            pending.setString(1, upload.owner());
            pending.setTimestamp(2, Timestamp.from(clock.instant()));
            try (ResultSet rs = pending.executeQuery()) {
                rs.next();
                if (rs.getLong(1) >= limits.pendingPerUser()) {
                    throw new InvalidInput(
                            "file",
                            Reason.TOO_MANY_UPLOADS,
                            String.valueOf(limits.pendingPerUser()),
                            "you have " + limits.pendingPerUser() + " uploads waiting; import them or wait an hour");
                }
                if (rs.getLong(2) + upload.size() > limits.pendingBytesPerUser()) {
                    throw new InvalidInput(
                            "file",
                            Reason.UPLOADS_TOO_LARGE,
                            String.valueOf(limits.pendingBytesPerUser()),
                            "your waiting uploads would hold more than " + limits.pendingBytesPerUser()
                                    + " bytes; import them or wait an hour");
                }
            }
        }
    }

    private void insert(Connection connection, Upload upload, Path file) throws SQLException, IOException {
        Instant now = clock.instant();
        try (PreparedStatement row = connection.prepareStatement("insert into upload"
                + " (id, owner, file_name, format, size, uploaded_at, expires_at) values (?, ?, ?, ?, ?, ?, ?)")) {
            row.setObject(1, upload.id());
            row.setString(2, upload.owner());
            row.setString(3, upload.fileName());
            row.setString(4, upload.format().name());
            row.setLong(5, upload.size());
            row.setTimestamp(6, Timestamp.from(now));
            row.setTimestamp(7, Timestamp.from(now.plus(KEPT)));
            row.executeUpdate();
        }
        try (InputStream in = Files.newInputStream(file);
                PreparedStatement chunk =
                        connection.prepareStatement("insert into upload_chunk (upload_id, n, data) values (?, ?, ?)")) {
            byte[] buffer = new byte[CHUNK_BYTES];
            int n = 0;
            for (int read = in.readNBytes(buffer, 0, CHUNK_BYTES);
                    read > 0;
                    read = in.readNBytes(buffer, 0, CHUNK_BYTES)) {
                chunk.setObject(1, upload.id());
                chunk.setInt(2, n++);
                chunk.setBytes(3, read == CHUNK_BYTES ? buffer : Arrays.copyOf(buffer, read));
                chunk.executeUpdate();
            }
        }
    }

    /** The caller's upload; an error on {@code uploadId} when it is unknown, expired or someone else's. */
    Upload get(String uploadId, String owner) {
        UUID id = Ids.parse("uploadId", uploadId);
        return db.withConnection("reading the upload", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "select file_name, format, size from upload where id = ? and owner = ? and expires_at > ?")) {
                select.setObject(1, id);
                select.setString(2, owner);
                select.setTimestamp(3, Timestamp.from(clock.instant()));
                try (ResultSet rs = select.executeQuery()) {
                    if (!rs.next()) {
                        throw notFound();
                    }
                    return new Upload(
                            id, owner, rs.getString(1), TabularFormat.valueOf(rs.getString(2)), rs.getLong(3));
                }
            }
        });
    }

    /** The caller's upload's first rows; an error on {@code uploadId} when it is not a file of its format. */
    UploadPreview preview(String uploadId, String owner) {
        Upload upload = get(uploadId, owner);
        try (LocalCopy copy = copy(upload)) {
            return preview(upload, copy.file());
        }
    }

    private static UploadPreview preview(Upload upload, Path file) {
        try (TabularReader reader = TabularReader.open(file, upload.format())) {
            List<List<String>> rows = new ArrayList<>();
            for (TabularRow row = reader.next(); row != null && rows.size() < UploadPreview.ROWS; row = reader.next()) {
                rows.add(row.cells());
            }
            return new UploadPreview(upload.fileName(), upload.format(), reader.header(), rows);
        } catch (FileRefused refused) {
            throw refused.asInvalidInput("uploadId");
        } catch (IOException | RuntimeException e) {
            // The library's own words stay in the log: they name its classes, not the user's file.
            LOG.infof("Upload %s is not readable as %s: %s", upload.id(), upload.format(), e);
            throw new InvalidInput(
                    "uploadId",
                    Reason.UNREADABLE_FILE,
                    upload.format().name(),
                    "the file cannot be read as " + upload.format());
        }
    }

    static InvalidInput notFound() {
        return new InvalidInput("uploadId", Reason.UPLOAD_NOT_FOUND, "no such upload (uploads are kept for an hour)");
    }

    /** Copies the content to a local file, chunk by chunk through a cursor. */
    LocalCopy copy(Upload upload) {
        Path file = null;
        try {
            file = Files.createTempFile(directory, "upload", "." + upload.format().extension);
            Path target = file;
            return db.withConnection("reading the upload's content", connection -> {
                // A cursor (no autocommit, a fetch size) keeps one chunk in memory instead of all of them.
                connection.setAutoCommit(false);
                try (PreparedStatement select = connection.prepareStatement(
                                "select data from upload_chunk where upload_id = ? order by n");
                        OutputStream out = Files.newOutputStream(target)) {
                    select.setFetchSize(1);
                    select.setObject(1, upload.id());
                    try (ResultSet rs = select.executeQuery()) {
                        while (rs.next()) {
                            out.write(rs.getBytes(1));
                        }
                    }
                } finally {
                    connection.rollback();
                }
                return new LocalCopy(upload, target);
            });
        } catch (IOException | RuntimeException e) {
            deleteQuietly(file);
            throw new IllegalStateException("reading the upload's content failed", e);
        }
    }

    void delete(UUID uploadId) {
        db.update("deleting the upload", "delete from upload where id = ?", uploadId);
    }

    /** Deletes uploads older than an hour, unless an import has them in line or running. */
    int deleteExpired() {
        return db.update(
                "deleting expired uploads",
                "delete from upload u where expires_at < ? and not exists (select 1 from import_job j"
                        + " where j.upload_id = u.id and j.state in ('QUEUED', 'CHECKING', 'WRITING'))",
                clock.instant());
    }

    static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A leftover temporary file is harmless; the OS cleans its temp directory.
        }
    }
}
