package app.resonance.publication;

import app.resonance.channel.ChannelType;
import app.resonance.common.validation.ListsWithoutNulls;
import app.resonance.common.validation.StorableText;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("PublicationFilter")
@Description("All given criteria must hold. Segment, sentiment and impact criteria hold when one assessment of the"
        + " publication meets all of them.")
@StorableText
@ListsWithoutNulls
public record PublicationFilter(
        @Description("Published at or after.") OffsetDateTime from,
        @Description("Published before.") OffsetDateTime to,
        @Id List<String> brandIds,
        @Id List<String> channelIds,
        List<ChannelType> channelTypes,
        List<String> publishers,
        @Id List<String> segmentIds,
        List<Sentiment> sentiments,
        @DecimalMin("0") @DecimalMax("1") Double minImpact,
        @DecimalMin("0") @DecimalMax("1") Double maxImpact,

        @Description("Case-insensitive text in the title.") @Size(max = 200)
        String titleContains) {

    static final PublicationFilter NONE =
            new PublicationFilter(null, null, null, null, null, null, null, null, null, null, null);
}
