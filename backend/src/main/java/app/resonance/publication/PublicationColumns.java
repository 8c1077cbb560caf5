package app.resonance.publication;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("PublicationColumns")
@Description("Which column of the file holds which field; each defaults to the column of the same snake_case name"
        + " (external_id, published_at, brand, channel, title, url, author, weight).")
public record PublicationColumns(
        String externalId,
        String publishedAt,
        String brand,
        String channel,
        String title,
        String url,
        String author,
        String weight,

        @Description("Defaults to the groups segment_N, impact_N, sentiment_N found in the header.")
        List<AssessmentColumns> assessments) {

    static final PublicationColumns DEFAULT =
            new PublicationColumns(null, null, null, null, null, null, null, null, null);

    // The file format's column names: what the export writes and the import reads without a mapping.
    public static final String EXTERNAL_ID = "external_id";
    public static final String PUBLISHED_AT = "published_at";
    public static final String BRAND = "brand";
    public static final String CHANNEL = "channel";
    public static final String TITLE = "title";
    public static final String URL = "url";
    public static final String AUTHOR = "author";
    public static final String WEIGHT = "weight";

    public static String segment(int n) {
        return "segment_" + n;
    }

    public static String impact(int n) {
        return "impact_" + n;
    }

    public static String sentiment(int n) {
        return "sentiment_" + n;
    }

    @Input("AssessmentColumns")
    public record AssessmentColumns(
            @NonNull String segment, String impact, @NonNull String sentiment) {}
}
