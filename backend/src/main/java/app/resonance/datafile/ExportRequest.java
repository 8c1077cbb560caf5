package app.resonance.datafile;

import app.resonance.publication.PublicationFilter;
import app.resonance.publication.StatsBucket;
import app.resonance.publication.StatsGroup;
import java.util.UUID;

/**
 * What a download link exports, stored as JSON with the link: the filter, and for the report its buckets,
 * grouping and time zone (null for the publications themselves); for a target group's members, its id.
 */
public record ExportRequest(
        PublicationFilter filter, StatsBucket bucket, StatsGroup groupBy, String timeZone, UUID targetGroupId) {

    static ExportRequest targetGroup(UUID targetGroupId) {
        return new ExportRequest(null, null, null, null, targetGroupId);
    }
}
