package app.resonance.publication;

import java.util.UUID;

import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("Assessment")
public record AssessmentView(@Ignore UUID workspaceId, @Ignore UUID publicationId, @Ignore UUID segmentId,
        double impact, @NonNull Sentiment sentiment) {

    // Batched resolvers key their parents by these: a publication has one assessment per segment.
    @Override
    public boolean equals(Object other) {
        return other instanceof AssessmentView assessment && assessment.publicationId.equals(publicationId)
                && assessment.segmentId.equals(segmentId);
    }

    @Override
    public int hashCode() {
        return 31 * publicationId.hashCode() + segmentId.hashCode();
    }
}
