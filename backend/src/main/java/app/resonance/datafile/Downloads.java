package app.resonance.datafile;

import app.resonance.common.persistence.Jdbc;
import app.resonance.common.tabular.TabularFormat;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * Short-lived, single-use links to exports, in PostgreSQL so that any instance serves them. The API call
 * that makes a link checks the caller's access and stores what to export; the link itself is the
 * permission, so a browser can download it without a token header. Only the token's hash is stored.
 * All methods block.
 */
@ApplicationScoped
public class Downloads {

    static final Duration VALID = Duration.ofMinutes(5);

    /** What a link exports: the sheet (and file) name, whose rows, and how. */
    record Download(String sheetName, UUID workspaceId, TabularFormat format, ExportRequest request) {

        String fileName() {
            return sheetName + "." + format.extension;
        }
    }

    @Name("Download")
    @Description("A single-use link to a file, valid for five minutes.")
    public record DownloadLink(
            @NonNull String url,
            @NonNull String fileName,
            @NonNull OffsetDateTime expiresAt) {}

    private final Jdbc db;
    private final Clock clock;
    private final Jsonb json = JsonbBuilder.create();
    private final SecureRandom random = new SecureRandom();

    Downloads(DataSource db, Clock clock) {
        this.db = new Jdbc(db);
        this.clock = clock;
    }

    DownloadLink offer(Download download, String caller) {
        byte[] secret = new byte[24];
        random.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        OffsetDateTime expiresAt = OffsetDateTime.now(clock).plus(VALID).withOffsetSameInstant(ZoneOffset.UTC);
        db.update(
                "storing the download link",
                "insert into download_link (token_sha256, kind, workspace_id, request, format, created_by, expires_at)"
                        + " values (?, ?, ?, ?::jsonb, ?, ?, ?)",
                sha256(token),
                download.sheetName(),
                download.workspaceId(),
                json.toJson(download.request()),
                download.format().name(),
                caller,
                expiresAt);
        return new DownloadLink("/api/downloads/" + token, download.fileName(), expiresAt);
    }

    /** The download behind the token, once (the first taker deletes it); null when unknown, used or expired. */
    Download take(String token) {
        return db.withConnection("taking the download link", connection -> {
            try (PreparedStatement delete = connection.prepareStatement("delete from download_link"
                    + " where token_sha256 = ? returning kind, workspace_id, format, request, expires_at")) {
                delete.setBytes(1, sha256(token));
                try (ResultSet rs = delete.executeQuery()) {
                    if (!rs.next() || !rs.getObject(5, OffsetDateTime.class).isAfter(OffsetDateTime.now(clock))) {
                        return null;
                    }
                    return new Download(
                            rs.getString(1),
                            rs.getObject(2, UUID.class),
                            TabularFormat.valueOf(rs.getString(3)),
                            json.fromJson(rs.getString(4), ExportRequest.class));
                }
            }
        });
    }

    int deleteExpired() {
        return db.update(
                "deleting expired download links",
                "delete from download_link where expires_at < ?",
                OffsetDateTime.now(clock));
    }

    private static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
