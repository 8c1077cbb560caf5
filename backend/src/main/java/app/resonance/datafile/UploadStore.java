package app.resonance.datafile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import app.resonance.common.error.Ids;
import app.resonance.common.error.InvalidInput;
import app.resonance.common.error.InvalidInput.Reason;
import app.resonance.common.tabular.TabularFormat;

/**
 * Uploaded files waiting to be imported, on this instance's disk, each visible to its uploader
 * only; forgotten (and deleted) an hour after the upload.
 */
@ApplicationScoped
public class UploadStore {

    static final Duration KEPT = Duration.ofHours(1);

    record Upload(UUID id, String owner, String fileName, Path file, TabularFormat format, long size, Instant at) {
    }

    private final Map<UUID, Upload> uploads = new ConcurrentHashMap<>();
    private final Path directory;

    UploadStore() throws IOException {
        this.directory = Files.createTempDirectory("resonance-uploads");
    }

    Path directory() {
        return directory;
    }

    /** Registers a file the body handler wrote into {@link #directory()}. Blocks (reads the file's first bytes). */
    Upload add(String owner, String fileName, Path file, long size) {
        forgetExpired();
        try {
            Upload upload = new Upload(UUID.randomUUID(), owner, fileName, file, TabularFormat.detect(file), size,
                    Instant.now());
            uploads.put(upload.id(), upload);
            return upload;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The caller's upload; an error on {@code uploadId} when it is unknown, expired or someone else's. */
    Upload get(String uploadId, String owner) {
        Upload upload = uploads.get(Ids.parse("uploadId", uploadId));
        if (upload == null || !upload.owner().equals(owner)) {
            throw new InvalidInput("uploadId", Reason.UPLOAD_NOT_FOUND, "no such upload (uploads are kept for an hour)");
        }
        return upload;
    }

    void remove(Upload upload) {
        uploads.remove(upload.id());
        delete(upload.file());
    }

    private void forgetExpired() {
        Instant oldest = Instant.now().minus(KEPT);
        uploads.values().stream().filter(upload -> upload.at().isBefore(oldest)).forEach(this::remove);
    }

    @PreDestroy
    void deleteAll() {
        uploads.values().forEach(upload -> delete(upload.file()));
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A leftover temporary file is harmless; the OS cleans its temp directory.
        }
    }
}
