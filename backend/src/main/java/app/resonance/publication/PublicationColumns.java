package app.resonance.publication;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("PublicationColumns")
@Description("Which column of the file holds which field; each defaults to the column of the same snake_case name"
        + " (external_id, published_at, brand, channel, title, url, author, weight).")
public record PublicationColumns(String externalId, String publishedAt, String brand, String channel, String title,
        String url, String author, String weight,
        @Description("Defaults to the groups segment_N, impact_N, sentiment_N found in the header.")
        List<AssessmentColumns> assessments) {

    static final PublicationColumns DEFAULT = new PublicationColumns(null, null, null, null, null, null, null, null, null);

    @Input("AssessmentColumns")
    public record AssessmentColumns(@NonNull String segment, String impact, @NonNull String sentiment) {
    }
}
