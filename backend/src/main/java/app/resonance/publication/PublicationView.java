package app.resonance.publication;

import app.resonance.brand.BrandView;
import app.resonance.channel.ChannelView;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * A publication as the API shows it. The relations its query selects are read with it for a whole
 * page at once ({@link PublicationRelations}), so every field here is a plain value: GraphQL resolves
 * no field of a page by itself. A relation the query did not select is null.
 */
@Name("Publication")
public record PublicationView(
        @Id @NonNull UUID id,
        @NonNull String title,
        String url,
        String author,
        @NonNull OffsetDateTime publishedAt,
        double weight,
        String externalId,
        @NonNull BrandView brand,
        @NonNull ChannelView channel,

        @NonNull @Description("Per segment: impact a(p, s) and sentiment; by segment name.")
        List<@NonNull AssessmentView> assessments) {

    static PublicationView of(
            PublicationRow row, BrandView brand, ChannelView channel, List<AssessmentView> assessments) {
        return new PublicationView(
                row.id(),
                row.title(),
                row.url(),
                row.author(),
                row.publishedAt(),
                row.weight(),
                row.externalId(),
                brand,
                channel,
                assessments);
    }
}
