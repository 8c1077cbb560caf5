package app.resonance.publication;

import app.resonance.segment.SegmentView;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** An assessment as the API shows it, read together with its segment. */
@Name("Assessment")
public record AssessmentView(
        double impact,
        @NonNull Sentiment sentiment,
        @NonNull SegmentView segment) {}
