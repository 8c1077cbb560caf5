package app.resonance.segment;

import java.util.UUID;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("Segment")
public record SegmentView(@Id @NonNull UUID id, @NonNull String name, @NonNull String profile,
        @NonNull String significance, @NonNull Immersion immersion, double reactionWeight) {

    static SegmentView of(Segment segment) {
        return new SegmentView(segment.id, segment.name, segment.profile, segment.significance, segment.immersion,
                segment.reactionWeight);
    }
}
