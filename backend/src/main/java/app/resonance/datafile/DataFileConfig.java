package app.resonance.datafile;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Limits and rhythms of uploads and imports, shared by every instance through the database. */
@ConfigMapping(prefix = "resonance.datafile")
public interface DataFileConfig {

    Uploads uploads();

    Imports imports();

    interface Uploads {

        /** Uploads a user may have waiting (not yet imported, not yet expired). */
        @WithDefault("10")
        int pendingPerUser();

        /** Bytes those uploads may hold together: a few of the largest files (about 300 MB each). */
        @WithDefault("1073741824")
        long pendingBytesPerUser();
    }

    interface Imports {

        /** Imports each instance runs at once (each keeps a core busy and holds a JDBC connection). */
        @WithDefault("2")
        int atOnce();

        /** Imports a workspace may have waiting in line. */
        @WithDefault("5")
        int queuedPerWorkspace();

        /** How often idle workers look for queued imports that another instance accepted. */
        @WithDefault("PT1S")
        Duration poll();

        /** How often a running import's progress and heartbeat are written. */
        @WithDefault("PT0.3S")
        Duration progressEvery();

        /** A running import whose heartbeat is older than this has lost its instance: it ends FAILED. */
        @WithDefault("PT30S")
        Duration interruptedAfter();

        /** How often any instance deletes what has expired and fails interrupted imports. */
        @WithDefault("PT10S")
        Duration housekeepingEvery();
    }
}
