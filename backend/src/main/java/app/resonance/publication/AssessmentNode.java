package app.resonance.publication;

import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import app.resonance.segment.SegmentView;

/** An assessment as the API shows it, read together with its segment. */
@Name("Assessment")
public record AssessmentNode(double impact, @NonNull Sentiment sentiment, @NonNull SegmentView segment) {
}
