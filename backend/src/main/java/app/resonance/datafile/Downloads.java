package app.resonance.datafile;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import app.resonance.common.tabular.TabularFormat;
import app.resonance.common.tabular.TabularWriter;

/**
 * Short-lived, single-use links to exports. The API call that makes a link checks the caller's
 * access; the link itself is the permission, so a browser can download it without a token header.
 */
@ApplicationScoped
public class Downloads {

    static final Duration VALID = Duration.ofMinutes(5);

    /** Writes the file's rows; runs on a worker thread. */
    interface Content {
        void writeTo(TabularWriter out) throws IOException;
    }

    record Download(String sheetName, TabularFormat format, Content content, Instant expiresAt) {

        String fileName() {
            return sheetName + "." + format.extension;
        }
    }

    @Name("Download")
    @Description("A single-use link to a file, valid for five minutes.")
    public record DownloadLink(@NonNull String url, @NonNull String fileName, @NonNull OffsetDateTime expiresAt) {
    }

    private final Map<String, Download> offered = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();

    DownloadLink offer(String baseName, TabularFormat format, Content content) {
        Instant now = Instant.now();
        offered.values().removeIf(download -> download.expiresAt().isBefore(now));
        byte[] secret = new byte[24];
        random.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Download download = new Download(baseName, format, content, now.plus(VALID));
        offered.put(token, download);
        return new DownloadLink("/api/downloads/" + token, download.fileName(),
                download.expiresAt().atOffset(ZoneOffset.UTC));
    }

    /** The download behind the token, once; null when unknown, used or expired. */
    Download take(String token) {
        Download download = offered.remove(token);
        return download == null || download.expiresAt().isBefore(Instant.now()) ? null : download;
    }
}
