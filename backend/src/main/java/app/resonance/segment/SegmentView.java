package app.resonance.segment;

import io.vertx.mutiny.sqlclient.Row;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("Segment")
public record SegmentView(
        @Id @NonNull UUID id,
        @NonNull String name,
        @NonNull String profile,
        @NonNull String significance,
        @NonNull Immersion immersion,
        double reactionWeight) {

    /** The segment in a SQL row, its columns named with the prefix (none where the segment's own names are free). */
    public static SegmentView from(Row row, String prefix) {
        return new SegmentView(
                row.getUUID(prefix + "id"),
                row.getString(prefix + "name"),
                row.getString(prefix + "profile"),
                row.getString(prefix + "significance"),
                Immersion.valueOf(row.getString(prefix + "immersion")),
                row.getDouble(prefix + "reaction_weight"));
    }

    static SegmentView of(Segment segment) {
        return new SegmentView(
                segment.id,
                segment.name,
                segment.profile,
                segment.significance,
                segment.immersion,
                segment.reactionWeight);
    }
}
